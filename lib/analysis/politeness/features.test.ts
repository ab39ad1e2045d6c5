import { describe, expect, it } from 'vitest';
import { STRATEGIES, hasStrategy, sentenceStrategies, strategyNames, type Strategy } from './features';
import { NEGATIVE_WORDS, POSITIVE_WORDS } from './opinion-lexicon';

/** Each strategy: sentences where it must fire, and near misses where it must not. */
const CASES: Record<Strategy, { fires: string[]; not: string[] }> = {
  gratitude: {
    fires: ['Thanks for the quick reply.', 'I really appreciate it.', "I'm grateful you stayed."],
    not: ['Send the report by Friday.', 'No thanksgiving plans yet.'],
  },
  deference: {
    fires: ['Great answer, one more question.', 'Nice work on the slides!', 'Interesting idea.'],
    not: ['That is a great answer.', 'Good morning, team.'],
  },
  greeting: {
    fires: ['Hi Sam, quick question.', 'Hello all', 'Good morning, team.', 'Morning all!'],
    not: ['The morning shift starts at six.', 'Morning shift starts at six.', 'Say hi to Ana.'],
  },
  apologising: {
    fires: [
      'Sorry for the delay.',
      'I apologise for the confusion.',
      'Oops, wrong file.',
      'Excuse me, is this free?',
    ],
    not: ['Send it again.', 'The excuse was weak.'],
  },
  please: {
    fires: ['Could you please send it?', 'Send it tonight please.'],
    not: ['Please send it.', 'It pleased the client.'],
  },
  'please-start': {
    fires: ['Please send it.', 'Kindly review the draft.'],
    not: ['Could you please send it?', 'The client was pleased.'],
  },
  'by-the-way': {
    fires: ['By the way, the room changed.', 'btw the build is green.'],
    not: ['This is the way to do it.'],
  },
  hedge: {
    fires: [
      'I think the date is wrong.',
      'Maybe we could move it?',
      'It seems to work.',
      'It is sort of broken.',
      'It may be the cache.',
      'I feel the plan is thin.',
    ],
    not: ['The date is wrong.', 'Move it to Monday.'],
  },
  factuality: {
    fires: [
      'In fact, it never ran.',
      'Did you actually test it?',
      'Honestly, it is late.',
      'The truth is we lost.',
    ],
    not: ['The facts are in the report.', 'Did you test it?'],
  },
  'direct-question': {
    fires: ['What is the error?', 'So why did you do that?', 'How does it fail?'],
    not: ['Tell me what the error is.', 'Is this the right file?'],
  },
  why: {
    fires: ['Why did you delete it?', 'I wonder why it fails.'],
    not: ['What did you delete?', 'Whyte is our new lead.'],
  },
  'direct-start': {
    fires: ['So what is the question?', 'And you did not test it?', 'But that is wrong.'],
    not: ['Sorry, what is the question?', 'Andrew tested it.'],
  },
  'could-you': {
    fires: ['Could you send it?', 'Would you check the totals?'],
    not: ['Can you send it?', 'I could send it.'],
  },
  'can-you': {
    fires: ['Can you send it?', 'Will you be there?'],
    not: ['Could you send it?', 'I can send it.'],
  },
  'indirect-request': {
    fires: [
      'Would you mind checking it?',
      'If you get a chance, have a look.',
      'I was wondering if it works.',
    ],
    not: ['Check it now.', 'I wondered about it for days, then left.'],
  },
  negation: {
    fires: ["It doesn't work.", 'That is not the point.', 'No, never.'],
    not: ['It works.', 'Notes are attached.'],
  },
  'first-person-start': {
    fires: ['I need the file.', "I'd like the file.", 'My file is missing.'],
    not: ['Send me the file.', 'The file is mine.'],
  },
  'first-person': {
    fires: ['Send me the file.', 'The file is mine.', "Thanks, I'll check."],
    not: ['I need the file.', 'Send the file.'],
  },
  'first-person-plural': {
    fires: ['We should meet.', "Let's meet.", 'Our plan changed.'],
    not: ['I should meet them.', 'Use the bus.'],
  },
  'second-person-start': {
    fires: ['You should read the docs.', 'Your code is broken.', "You're late."],
    not: ['Did you read the docs?', 'Young people joined.'],
  },
  'second-person': {
    fires: ['Did you read the docs?', 'Thanks for your help.'],
    not: ['You should read the docs.', 'Read the docs.'],
  },
  'positive-word': {
    fires: ['That was a great talk.', 'The fix is really helpful.'],
    not: ['The meeting is at noon.'],
  },
  'negative-word': {
    fires: ['That is a stupid question.', 'The slides were awful.'],
    not: ['The meeting is at noon.'],
  },
  'polar-question': {
    fires: [
      'Is there a way to keep the history?',
      'Can you send it?',
      'Does that work for you?',
      'Would Friday suit you?',
      'Have you got a minute (for the draft)?',
    ],
    not: [
      'What is the error?',
      "Don't you read your email?",
      "Isn't that obvious?",
      'Is this the file.',
      'You did what?',
      'Can you send it by Friday, or should I?  Thanks.',
    ],
  },
  'short-question': {
    fires: ['Why?', 'Source?', 'Really?!', 'Any luck??', 'Which file, then?'],
    not: ['Why does the build fail?', 'Done.', 'Is there a way to keep it?'],
  },
  conditional: {
    fires: ['If you get a chance, have a look.', 'Let me know if it breaks.'],
    not: ['Have a look.', 'Check whether it breaks.', 'The iffy part is the date.'],
  },
  emoticon: {
    fires: ['No worries :)', 'Nice one ;-) see you there.', 'That worked :D', 'Thanks 🙂'],
    not: ['Note: the room (B2) changed.', 'Agenda: 1) budget 2) hiring', 'See http://x.io/a:b'],
  },
  shouting: {
    fires: ['DO NOT merge anything today.', 'NO LATE SUBMISSIONS.', 'Please CHECK EVERY logo.'],
    not: ['The API is down.', 'Send the PDF to HR by Friday.', 'I know.'],
  },
  challenge: {
    fires: [
      'What exactly do you want to know?',
      'Do you really need all of them?',
      'Have you even tried it?',
    ],
    not: ['What do you want to know?', 'It really helped, thanks.', 'Is it ready?'],
  },
  stress: {
    fires: ['Are you asking *us* to do it?', 'Then what _is_ the problem?', 'Any code???'],
    not: ['Use 5 * 3 here.', 'Set my_var to 1.', 'Is it ready?'],
  },
};

describe('sentenceStrategies', () => {
  it('has a table entry for every strategy', () => {
    expect(Object.keys(CASES).sort()).toEqual([...STRATEGIES].sort());
  });

  for (const [name, { fires, not }] of Object.entries(CASES) as Array<[Strategy, (typeof CASES)[Strategy]]>) {
    it.each(fires)(`${name} fires on %j`, (s) => {
      expect(strategyNames(sentenceStrategies(s))).toContain(name);
    });
    it.each(not)(`${name} stays quiet on %j`, (s) => {
      expect(strategyNames(sentenceStrategies(s))).not.toContain(name);
    });
  }

  it('reads curly apostrophes like straight ones', () => {
    expect(hasStrategy(sentenceStrategies('You’re late.'), 'second-person-start')).toBe(true);
  });

  it('gives nothing for text with no words', () => {
    expect(sentenceStrategies('')).toBe(0);
    expect(sentenceStrategies('— … ?!')).toBe(0);
  });

  it('fits every strategy in one 32-bit mask', () => {
    expect(STRATEGIES.length).toBeLessThanOrEqual(31);
  });
});

describe('opinion lexicon', () => {
  const positive = POSITIVE_WORDS.trim().split(/\s+/);
  const negative = NEGATIVE_WORDS.trim().split(/\s+/);

  it('holds several hundred lower-case words, no word in both lists', () => {
    expect(positive.length + negative.length).toBeGreaterThan(500);
    expect(positive.length + negative.length).toBeLessThan(4000);
    for (const w of [...positive, ...negative]) expect(w).toMatch(/^[a-z][a-z+'-]*$/);
    const both = positive.filter((w) => negative.includes(w));
    expect(both).toEqual([]);
  });
});
