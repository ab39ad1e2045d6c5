import { TABLES } from '../patterns';
import { trimSpan, type Candidate, type Rule, type RuleExamples } from './rule';

/** The writer promising speed ("I'm heading in right away") is not pressure on the reader. */
const NEEDS_READER = /\b(?:need|want|expect|require)s?\s+(?:you|u|everyone|all of you|someone)\b/i;
const WRITER_SUBJECT = new RegExp(
  '^\\W*(?:on my way|heading|going|running|popping|nipping)\\b|' +
    "^\\W*(?:(?:so|and|but|then|ok|okay)\\s+)?(?:I|we)(?:'m|'ll|'ve|'d|\\s+(?!need|want|expect|require|must|have to)\\w+)\\b",
  'i',
);

export const urgency: Rule = {
  id: 'urgency',
  severity: 'warning',
  message: 'Pressure words with no reason read as panic or distrust; say what the deadline protects.',
  source: 'coaching-model.md; "urgency without context" in email-etiquette surveys',
  asks: true,
  detect(s) {
    if (s.frame || TABLES['urgency/calm'].test(s.text)) return [];
    // "…did you just put the image on there right away?": asking what was done, at what pace, presses nobody.
    if (/\b(?:did|had|have|were|was) (?:you|u|they|we)\b[^.!?]*\?\W*$/i.test(s.text)) return [];
    // "Why is updating the display immediately an issue?": a question about the pace, asked of nobody's work.
    if (/^\W*(?:why|what|how|which|where|when)\b(?![^.!?]*\b(?:you|your|u)\b)[^.!?]*\?\W*$/i.test(s.text))
      return [];
    const out: Candidate[] = [];
    for (const hit of TABLES.urgency.all(s.text)) {
      const clauseStart =
        Math.max(...[',', ';', '—', '–', ' - '].map((c) => s.text.lastIndexOf(c, hit.start))) + 1;
      // An emoji ends a thought in chat: "… 🙈 I'm putting it back right away".
      const before = s.text
        .slice(clauseStart, hit.start)
        .split(/\p{Extended_Pictographic}/u)
        .pop()!;
      if (WRITER_SUBJECT.test(before) && !NEEDS_READER.test(before)) continue;
      // "the behaviour you're exhibiting right now", "the problem you have right now": a time of what is
      // happening or how things are, not a deadline.
      if (
        /\b(?:\w+ing|have|has|are|is|am|'re|'s)\s*$/i.test(before) &&
        /^(?:right )?now\b/i.test(s.text.slice(hit.start, hit.end))
      )
        continue;
      // "nobody expects anything right now", "if it's urgent", "for anything time-sensitive": no pressure.
      if (/\b(?:not|n't|nobody|no one|nothing|never|if|unless|anything|something|who|which)\b/i.test(before))
        continue;
      let stop = hit.end;
      // "no later than 11 tonight": the time belongs to the phrase.
      if (hit.id === 'no-later-than')
        stop +=
          /^\s+[^,.;!?]{1,30}?(?=\s*(?:[,.;!?]|$|\bbecause\b|\bso\b|\bsince\b))/.exec(s.text.slice(stop))?.[0]
            .length ?? 0;
      const [start, end] = trimSpan(s.text, hit.start, stop);
      out.push({ rule: 'urgency', start, end, severity: 'warning', gate: 'reason' });
    }
    return out;
  },
};

/** Sentences the rule must flag and must pass (rules.test.ts runs them), outside the rule object so the
 * shipped engine does not carry them. */
export const examples: RuleExamples = {
  flag: [
    'Send me the numbers ASAP.',
    'Get the endcap reset done by EOD.',
    'I need this immediately.',
    'Drop everything and look at the login bug.',
    'Submit it no later than 3pm.',
    'URGENT: sign the form.',
  ],
  pass: [
    'Send me the numbers by 3pm, because the courier leaves at 4.',
    "Where do you sort the list? Or aren't you sorting it right now?",
    "I'm heading in right away to check it.",
    'Ms. Rivera is the contact for anything urgent.',
    'No rush at all.',
  ],
};
