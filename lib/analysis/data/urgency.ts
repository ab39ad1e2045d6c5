/**
 * Urgency: pressure words with no reason (coaching-model.md, `urgency`). PRESSURE is every phrase that
 * demands speed; the rule drops a hit when the writer promises their own speed or the clause negates it,
 * and the gate drops the finding when a reason is given. CALM phrases take the pressure off the sentence.
 * The table scans left to right and, at one position, tries entries in this order.
 */
import type { PhraseEntry } from '../patterns/phrases';

const MODEL = 'coaching-model.md, urgency';
const SURVEY = '"urgency without context" in email-etiquette surveys';

export const PRESSURE: PhraseEntry[] = [
  {
    id: 'asap',
    pattern: '\\b(?:asap|a\\.s\\.a\\.p\\.?|as soon as (?:possible|you can))\\b',
    example: 'Send me the numbers ASAP.',
    nearMiss: "As soon as I hear back, I'll let you know.",
    source: `${MODEL}; ${SURVEY}`,
  },
  {
    id: 'immediately',
    // "Right now I'm doing X" and "you aren't doing it right now" are "currently", not "at once".
    pattern:
      "\\b(?:(?<!effective )immediately|right away|(?<!\\b(?:am|is|are|was|were|'m|'re|'s|isn't|aren't|wasn't|" +
      "weren't|not)(?: you| we| they| I)? \\w+ing (?:\\w+ )?)right now(?!,? (?:I|I'm|we|we're|it|it's|there|the|my|our)\\b)|" +
      'straight away|urgently)\\b',
    example: 'I need this immediately.',
    nearMiss: 'The new policy is effective immediately.',
    source: MODEL,
  },
  {
    id: 'its-urgent',
    pattern: "\\b(?:(?:this is|it's|it is|very|super|extremely|really) urgent)\\b",
    example: "Can you look at the invoice? It's urgent.",
    nearMiss: 'Ms. Rivera is the contact for anything urgent.',
    source: MODEL,
  },
  {
    id: 'by-end-of-day',
    pattern: '\\b(?:by eod|by cob|by (?:the )?end of (?:the )?day|by close of business)\\b',
    example: 'I need the rota by the end of the day.',
    nearMiss: 'At the end of the day, it is your call.',
    source: `${MODEL}; ${SURVEY}`,
  },
  {
    id: 'drop-everything',
    pattern: '\\b(?:drop everything)\\b',
    example: 'Drop everything and look at the login bug.',
    nearMiss: 'Please drop the keys at reception.',
    source: MODEL,
  },
  {
    id: 'no-later-than',
    pattern: '\\b(?:no later than)\\b',
    example: 'Submit it no later than 3pm.',
    nearMiss: 'Submit it later this week if that is easier.',
    source: MODEL,
  },
  {
    id: 'no-exceptions',
    pattern: '\\b(?:no exceptions)\\b',
    example: 'Timesheets are due Friday, no exceptions.',
    nearMiss: 'We can make an exception for the school run.',
    source: MODEL,
  },
  {
    id: 'at-once',
    // "all the input in one buffer at once" is "together", not "now".
    pattern:
      '\\b(?:this instant|(?<!\\b(?:all|both|everything|many|several|multiple|two|three)\\b[^.!?,;]{0,60})at once|' +
      'without delay|chop chop|pronto)\\b',
    example: 'Get the stock counted, chop chop.',
    nearMiss: 'Do you want all the standard input in a single buffer at once?',
    source: MODEL,
  },
  {
    id: 'within-the-hour',
    pattern:
      '\\b(?:within the (?:next )?hour|in the next (?:hour|\\d+ (?:minutes|mins))|within \\d+ (?:minutes|mins)|this minute)\\b',
    example: 'I want a reply within the hour.',
    nearMiss: 'The train takes an hour.',
    source: MODEL,
  },
  {
    id: 'stop-what-youre-doing',
    pattern: "\\b(?:(?:stop|drop) what(?:ever)? you're doing)\\b",
    example: "Stop what you're doing and call the client.",
    nearMiss: "Tell me what you're doing this afternoon.",
    source: MODEL,
  },
  {
    id: 'end-of-play',
    pattern: '\\b(?:(?:by|before) (?:the )?(?:end|close) of play|before (?:the )?end of (?:the )?day)\\b',
    example: 'Have the deck on my desk before end of play.',
    nearMiss: 'The play ends at nine.',
    source: `${MODEL}; ${SURVEY}`,
  },
  {
    id: 'needed-yesterday',
    pattern: '\\b(?:needed (?:it )?yesterday)\\b',
    example: 'We needed it yesterday.',
    nearMiss: 'We finished it yesterday.',
    source: MODEL,
  },
  {
    id: 'top-priority',
    pattern: '\\b(?:top priority|time[- ]sensitive)\\b',
    example: 'This is top priority.',
    nearMiss: 'Pick whichever priority you think is best.',
    source: MODEL,
  },
  {
    id: 'urgent-heading',
    pattern: '^\\W*urgent\\b',
    example: 'URGENT: sign the form.',
    nearMiss: 'Sign the form when you can, it is not a rush.',
    source: `${MODEL}; ${SURVEY}`,
  },
  {
    id: 'eod-cob',
    pattern: '\\beod\\b|\\bcob\\b',
    example: 'Get the endcap reset done EOD.',
    nearMiss: 'The cobbler is open on Saturday.',
    source: `${MODEL}; ${SURVEY}`,
  },
];

/** A sentence that says there is no hurry puts no pressure on the reader. */
export const CALM: PhraseEntry[] = [
  {
    id: 'no-rush',
    pattern: '\\b(?:no rush|no hurry)\\b',
    example: 'No rush at all.',
    nearMiss: 'We rushed the last release.',
    source: MODEL,
  },
  {
    id: 'not-urgent',
    pattern: "\\b(?:not urgent|isn't urgent)\\b",
    example: "It's not urgent, whenever suits.",
    nearMiss: "It's urgent, please call me.",
    source: MODEL,
  },
  {
    id: 'when-you-can',
    pattern: '\\b(?:whenever you can|when you get a chance)\\b',
    example: 'Have a look when you get a chance.',
    nearMiss: 'Tell me when you get in.',
    source: MODEL,
  },
];
