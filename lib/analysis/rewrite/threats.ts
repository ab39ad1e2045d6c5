/**
 * Threats become the demand with its cause and help (coaching-model.md, rewrite principle 12): "Finish it
 * by Friday or you're off the project" → "Please finish it by Friday, because [reason]. …". Each shape reads
 * the demand out of the threat's grammar and drops the sanction; the first shape that matches wins.
 */
import { infinitive, readClause, verbOf } from './forms';
import { lowerFirst } from './transforms';

interface Shape {
  id: string;
  re: RegExp;
  /** The demand, from the match; undefined to let a later shape try. */
  say: (m: RegExpExecArray) => string | undefined;
  /** A threat and the demand this shape reads from it (checked by threats.test.ts). */
  example: [string, string];
}

const ORDER = new Set(['obligation', 'bare-command']);
/** "their phone" in a rule about anyone → "your phone" when it is said to the reader. */
const toYou = (s: string) => s.replace(/\btheir\b/gi, 'your').replace(/\bthemselves\b/gi, 'yourself');
/** "leaves the unit" → "leave the unit": a third-person verb first, in its base form. */
const base = (s: string) => s.replace(/^(\w+)/, (v) => (/s$/.test(v) ? infinitive(v) : v));

const SHAPES: Shape[] = [
  {
    // "Pick rates below 95% this week will be reflected in…": the shortfall names the target.
    id: 'shortfall',
    re: /^\W*(.+?) (below|under|less than|lower than|fewer than) (\S*\d\S*)(.*?) (?:will|may|could|would|is going to)\b/i,
    say: (m) =>
      /\b(?:you|I|we)\b/i.test(m[1]!)
        ? undefined
        : `I need ${lowerFirst(m[1]!)} ${/^fewer than$/i.test(m[2]!) ? `at least ${m[3]}` : `at ${m[3]} or above`}${m[4]}`,
    example: [
      'Pick rates below 95% this week will be reflected in your shifts.',
      'I need pick rates at 95% or above this week',
    ],
  },
  {
    // "I'd think very carefully about how you approach the next one, given…": the veiled warning becomes a talk.
    id: 'think-carefully',
    re: /^\W*(?:I'd|I would) think (?:very |really )?(?:carefully|hard) about (.+?)(?:,\s+given\b.*)?$/i,
    say: (m) => `Let's talk about ${m[1]}`,
    example: [
      "I'd think very carefully about your next move, given your review is in June",
      "Let's talk about your next move",
    ],
  },
  {
    id: 'keep-this-up',
    re: /^\W*keep (?:this|that|it) up\b/i,
    say: () => 'I need this not to happen again',
    example: ['keep this up and HR will be hearing from me', 'I need this not to happen again'],
  },
  {
    // "You burn one more steak tonight and you're on dishes": the act, not repeated.
    id: 'you-one-more',
    re: /^\W*(?:you|u) (\w+) one more (.+?),? and\b/i,
    say: (m) => `Please don't ${m[1]} another ${m[2]}`,
    example: [
      "You burn one more steak tonight and you're on dishes",
      "Please don't burn another steak tonight",
    ],
  },
  {
    // "One more no-show on a Saturday and I'm taking you off the rota."
    id: 'one-more',
    re: /^\W*one more (.+?),? and\b/i,
    say: (m) => `I can't have another ${m[1]}`,
    example: [
      "one more no-show on a saturday and I'm taking you off the rota",
      "I can't have another no-show on a saturday",
    ],
  },
  {
    // "Finish it by Friday or you're off the project", "own up before lunch or the whole team loses…".
    id: 'or-else',
    re: /^(.*?\S),?\s+or (?:else\b|(?:you|I|we|they|HR|there|it|everyone|everybody|the (?:whole )?team)\b|you're\b|don't\b|do not\b|expect\b|consider\b)/i,
    say: (m) => {
      // "whoever pushed to prod: own up…": who is asked stays in front.
      const [, who, order] = /^(?:(.+?):\s+)?(.*)$/.exec(m[1]!)!;
      const demand = order!.split(/,?\s+and\s+(?=you\b)/i).pop()!;
      const verb = readClause(demand.replace(/^(?:you (?:can|could) )?either\s+/i, ''), ORDER).verb;
      return who ? `${who}: please ${verb}` : `Please ${verb}`;
    },
    example: ["Finish it by Friday or you're off the project", 'Please finish it by Friday'],
  },
  {
    // "You can either have the grades in by Thursday or explain to the head why you can't": the first is the ask.
    id: 'either',
    re: /^\W*(?:you (?:can|could) )?either (.+?),? or\b/i,
    say: (m) => `Please ${m[1]}`,
    example: [
      'You can either have the grades in by Thursday or explain why',
      'Please have the grades in by Thursday',
    ],
  },
  {
    id: 'failure-to',
    re: /^\W*failure to (.+?) (?:will|may|could) (?:result|lead)\b/i,
    say: (m) => `Please ${m[1]}`,
    example: ['Failure to log your hours will result in a warning', 'Please log your hours'],
  },
  {
    // "If it's not done by the end of the shift, I'll be taking it further."
    id: 'if-not-done',
    re: new RegExp(
      [
        String.raw`^\W*if (.+?)(?: isn't| is not| aren't| are not|'s not|'re not| hasn't been| haven't been) ((?:done|`,
        String.raw`finished|in|complete|completed|submitted|signed|fixed|ready|sorted|back)\b[^,]*),`,
      ].join(''),
      'i',
    ),
    say: (m) => `Please get ${lowerFirst(m[1]!)} ${m[2]}`,
    example: [
      "If it's not done by the end of the shift, I'll take it further",
      'Please get it done by the end of the shift',
    ],
  },
  {
    // "Anyone who is late again will answer to HR", "anyone caught on their phone during calls gets a warning".
    id: 'anyone-who-is',
    re: /^\W*(?:anyone|anybody|whoever|any of you|those) (?:(?:who|that)\s*(?:is|are|'s)|caught|found|seen)\s+(.+?)\s+(?:will|gets?|goes|can)\b/i,
    say: (m) => `Please don't be ${toYou(m[1]!)}`,
    example: [
      'anyone caught on their phone during calls gets a written warning',
      "Please don't be on your phone during calls",
    ],
  },
  {
    // "Anyone who leaves the unit before handover will be written up", "The next person who does it goes home…".
    id: 'anyone-who-does',
    re: /^\W*(?:anyone|anybody|whoever|any of you|the next (?:person|one)|the person) (?:who|that) (?!is\b|are\b|'s\b)(\w+.*?)\s+(?:will|gets?|goes|can)\b/i,
    say: (m) => `Please don't ${toYou(base(m[1]!))}${/^(?:does|do) it$/i.test(m[1]!) ? ' again' : ''}`,
    example: [
      'Anyone who leaves the unit before handover will be written up',
      "Please don't leave the unit before handover",
    ],
  },
  {
    // "Whoever I catch doing it goes straight to a disciplinary."
    id: 'whoever-i-catch',
    re: /^\W*(?:whoever|anyone|anybody) (?:I|we) (?:catch|see|find) (\w+ing)\b(.*?)\s+(?:will|gets?|goes|can)\b/i,
    say: (m) => `Please don't ${infinitive(m[1]!)}${toYou(m[2]!)}`,
    example: ['Whoever I catch doing it goes straight to a disciplinary', "Please don't do it"],
  },
  {
    id: 'if-you',
    re: /^\W*if you((?:'re| are)?) (.+?),/i,
    say: (m) => `Please don't ${m[1] ? 'be ' : ''}${verbOf(m[2]!)}`,
    example: ["If you're late again, you're off the rota", "Please don't be late again"],
  },
  {
    // "Miss another shift and we will replace you."
    id: 'and-then',
    re: /^(.+?),?\s+and\s+(?:you(?:'ll| will|'re| are)|we(?:'ll| will)|I(?:'ll| will)|there will be|it will be|[A-Z]{2,} will)\b/,
    say: (m) =>
      /^[a-z]+\s+\S+/i.test(m[1]!) && !/^(?:I|we|you|if|this|that|it)\b/i.test(m[1]!)
        ? `Please don't ${verbOf(m[1]!)}`
        : undefined,
    example: ['Miss another shift and we will replace you', "Please don't miss another shift"],
  },
  {
    // "If it happens one more time…", "A fourth time will be escalated": what is asked is that it stops.
    id: 'again',
    re: /\b(?:again|one more time|next time|another|any more|anymore|a (?:second|third|fourth|fifth) time)\b/i,
    say: () => 'I need this not to happen again',
    example: ['A fourth time will be escalated to the director', 'I need this not to happen again'],
  },
];

/** The demand a threat holds its sanction over, or undefined when its grammar names none. */
export function threatDemand(threat: string): string | undefined {
  for (const shape of SHAPES) {
    const m = shape.re.exec(threat);
    const said = m && shape.say(m);
    if (said) return said;
  }
  return undefined;
}

export const THREAT_SHAPES: readonly Shape[] = SHAPES;
