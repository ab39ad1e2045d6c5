/**
 * The form of a flagged clause and its parts (coaching-model.md, rewrite principles 2 and 11): is it an
 * order, a request already asked politely, a "you need to", a "don't"; who is asked, what is asked, when.
 */
import nlp from '../nlp';
import { startsImperative, tagsOf } from '../grammar';
import { fixI, stripEnd } from './transforms';

export type Form =
  | 'imperative'
  | 'modal-request'
  | 'obligation'
  | 'negative-order'
  | 'announcement'
  | 'threat'
  | 'put-down'
  | 'loaded-question'
  | 'question'
  | 'statement';

export interface Clause {
  form: Form;
  /** Who is asked, when not just "you": "everyone", "all staff". */
  subject?: string;
  /** The verb phrase asked for, lowercase first: "send me the report by Friday". */
  verb: string;
  /** The time the clause names ("Friday", "9am"), for a deadline ask. */
  when?: string;
}

const GROUP =
  "(?:each and )?every one of you|everyone|everybody|all of you|each of you|all staff|staff|employees|the team|team members|each person|y'all";
const PRESSURE = [
  "(?:'ve|\\s+have)\\s+got\\s+to",
  '\\s+(?:got|gotta)(?:\\s+to)?',
  "'ll\\s+(?:just\\s+|really\\s+|still\\s+)?(?:need|have)\\s+to",
  '\\s+(?:will|are\\s+going\\s+to)\\s+(?:need|have)\\s+to',
  "(?:'re|\\s+are|\\s+is)\\s+(?:required|expected|obliged|obligated|going\\s+to\\s+have)\\s+to",
  "(?:\\s+will\\s+be|'ll\\s+be)\\s+(?:expected|required|obliged)\\s+to",
  '\\s+(?:do\\s+)?(?:need|needs|have|has)\\s+to',
  '\\s+must',
  "(?:'re|\\s+are|\\s+is)\\s+to",
  '\\s+will',
  "'ll",
].join('|');
/** "You need to …", "Everyone must …", "I need you to …", "Make sure you …" — the words before the verb. */
const OBLIGE = [
  new RegExp(
    `^(?<who>(?:you|u)(?:\\s+(?:guys|all|two|both))?|${GROUP})` +
      `(?:\\s+(?:on|in|at|from)\\s+(?:the\\s+)?[\\w-]+(?:\\s+(?:shift|team|crew|staff|floor|ward|unit))?)?` +
      `(?:\\s+(?:really|absolutely|still|also|just|now|all|both|definitely))?(?:${PRESSURE})\\s+(?:(?:all|both)\\s+)?`,
    'i',
  ),
  new RegExp(
    `^(?:I(?:'m going to|'ll| will| would|'d)?\\s*)?(?:really\\s+)?(?:need|want|expect|require)\\s+(?<who>you|u|${GROUP})\\s+(?:all\\s+|both\\s+)?(?:to\\s+)?`,
    'i',
  ),
  /^(?:please\s+)?(?:make sure|be sure|ensure)\s+(?:that\s+)?(?:you\s+(?:all\s+)?|to\s+)/i,
  // "I want this report done by Fri": the thing wanted and its state; the request is to "get" it so.
  /^(?:I|we)(?:'d| would)?\s+(?:need|want|expect|require)\s+(?<get>)(?=(?:this|that|these|those|the|your|it|them)\b)/i,
];
const SOFT = /^(?:(?:please|pls|plz|kindly|just|also|and|then|so|ok|okay|now|quickly|again)\b[,:]?\s+)+/i;
export const MODAL = new RegExp(
  [
    String.raw`^(?:(?:can|could|would|will)\s+(?:you|u|one of you|either of you|someone|anyone)|(?:any ch`,
    String.raw`ance|is there any way) (?:you|u) (?:could|can)|would you mind|do you mind|would it be poss`,
    String.raw`ible (?:for you )?to)\b`,
  ].join(''),
  'i',
);
const NEGATIVE = /^(?:don't|dont|do not|never|stop)\b/i;

const WHEN = new RegExp(
  [
    String.raw`\b(?:by|before|until|no later than|on|at|for)\s+((?:next |this )?(?:monday|tuesday|wednesd`,
    String.raw`ay|thursday|friday|saturday|sunday|tomorrow(?: morning| afternoon)?|tonight|today|noon|mid`,
    String.raw`night|eod|cob|end of (?:the )?(?:day|week|month)|the end of (?:the )?(?:day|week|month)|\d`,
    String.raw`{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|the \d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|m`,
    String.raw`ay|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}(?:st|nd|rd|th)?))\b`,
  ].join(''),
  'i',
);
const BARE_WHEN =
  /\b(tomorrow(?: morning| afternoon)?|tonight|today|this (?:morning|afternoon|evening|week))\b/i;

/** The time a clause names, for "Does Friday work for you?": a day before a clock time. */
export function timeOf(clause: string): string | undefined {
  const found = [...clause.matchAll(new RegExp(WHEN.source, 'gi'))].map((m) => m[1]!.trim());
  const bare = BARE_WHEN.exec(clause)?.[1];
  const w = found.find((x) => !/^\d/.test(x)) ?? bare ?? found.find((x) => !/^\d{1,2}$/.test(x));
  return w?.replace(/^(?:eod|cob)$/i, (m) => m.toUpperCase());
}

/** "send me the X, please" → "send me the X": softeners and "can you" gone, written English. */
export function verbOf(clause: string): string {
  let s = stripEnd(clause.trim());
  for (let i = 0; i < 3; i++)
    s = s
      .replace(SOFT, '')
      .replace(/^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?/i, '')
      .replace(/,?\s+(?:please|pls|plz|thanks|thx|ty)$/i, '');
  s = fixI(s);
  return s.replace(/^(\p{Lu})(?![\p{Lu}'])/u, (c) => c.toLowerCase());
}

/** Reads the request clause of a sentence: its form, who is asked, the verb phrase and any time. */
export function readClause(clause: string, rules: ReadonlySet<string>): Clause {
  const c = clause.replace(SOFT, '');
  const when = timeOf(c);
  if (rules.has('obligation')) {
    for (const re of OBLIGE) {
      const m = re.exec(c);
      if (!m) continue;
      const who = m.groups?.['who']?.toLowerCase();
      const subject = who && !/^(?:you|u)\b/.test(who) ? who : undefined;
      let verb = (m.groups?.['get'] !== undefined ? 'get ' : '') + verbOf(c.slice(m[0].length));
      // "Make sure you have the right line": a state is checked, not done ("Could you check that you have…").
      if (
        /^(?:please\s+)?(?:make sure|be sure|ensure)\b/i.test(c) &&
        /^(?:have|has|are|know|remember)\b/i.test(verb)
      )
        verb = `check that you ${verb}`;
      return { form: NEGATIVE.test(verb) ? 'negative-order' : 'obligation', subject, verb, when };
    }
  }
  if (MODAL.test(c)) return { form: 'modal-request', verb: verbOf(c), when };
  const verb = verbOf(c);
  if (NEGATIVE.test(verb)) return { form: 'negative-order', verb, when };
  if (rules.has('bare-command')) return { form: 'imperative', verb, when };
  if (/\?\W*$/.test(c)) return { form: 'question', verb, when };
  return { form: rules.has('decision-without-input') ? 'announcement' : 'statement', verb, when };
}

/** Is this clause an order at all (an imperative verb first)? */
export function isImperative(clause: string): boolean {
  const words = verbOf(clause)
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  return startsImperative(words);
}

/** "use groups" → "using groups". */
export function gerund(phrase: string): string {
  if (/^\w+ing\b/.test(phrase)) return phrase;
  const doc = nlp(phrase);
  (doc.verbs().first() as unknown as { toGerund(): unknown }).toGerund();
  const out = doc.text().replace(/^is\s+/i, '');
  return out || phrase;
}

/** "relocating" → "relocate": the base form of a verb, from compromise, else by spelling. */
export function infinitive(verb: string): string {
  const out = nlp(`we ${verb} it`)
    .verbs()
    .toInfinitive()
    .text()
    .replace(/^we\s+|\s+it$/g, '');
  if (out && /^[a-z]+$/i.test(out) && out !== verb) return out.toLowerCase();
  const stem = verb.replace(/ing$/, '');
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return tagsOf(stem + 'e').includes('Infinitive') || /(?:at|iz|is|v|c|g)$/.test(stem) ? stem + 'e' : stem;
}
