/**
 * The rewrite lint (issue 16, item 8): mechanical defects a good manager would never send. Run over every
 * finding of every eval set by tests/unit/rewrite-lint.test.ts; each check names one defect.
 */
import { COMPARED_TO } from '../data/put-downs';
import { LEADWELL_SLOT, SLOT } from './slots';
import { isAcronym } from './transforms';

export type Defect =
  | 'stacked-modal'
  | 'try-not-to'
  | 'bad-punctuation'
  | 'doubled-word'
  | 'no-capital'
  | 'invite-after-firm'
  | 'lost-number'
  | 'lost-name'
  | 'lost-url'
  | 'lost-acronym'
  /** A blank the unfilled-slot rule would not know, so a draft could be sent with it and a green badge. */
  | 'unknown-slot';

const STACKED = new RegExp(
  [
    String.raw`\b(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:can|could|would|will|is|are|was|`,
    String.raw`any chance|be able|u|you|have you|(?:do|did|does) you|shouldn't|isn't|doesn't|haven't)\b`,
  ].join(''),
  'i',
);
const FIRM = /\b(?:final|mandatory|non-?negotiable|no exceptions|not up for discussion)\b/i;
const INVITE = new RegExp(
  [
    String.raw`\b(?:does (?:that|this|\w+(?: \w+)?) work for you|what would (?:you need|this change|make)`,
    String.raw`|what do you think|before it's final|how does that sound|any thoughts)\b`,
  ].join(''),
  'i',
);
/** Sentence ends that are abbreviations, not ends: "e.g. the", "5 p.m. on". */
const ABBREV_END = /(?:\b(?:e\.g|i\.e|etc|vs|a\.m|p\.m|approx|incl|no|cf|al)\.|\.\.\.|…)$/i;

const numbers = (s: string) => s.match(/\d+(?:[.:,]\d+)*/g) ?? [];
// A sentence's full stop after a link is not part of it.
const urls = (s: string) =>
  (s.match(/(?:https?:\/\/|www\.)[^\s)\]]+/g) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ''));
const acronyms = (s: string) =>
  (s.match(/\b[A-Z][A-Z0-9&]{1,}s?\b/g) ?? []).filter((w) => isAcronym(w) && !/^\d+$/.test(w));
/** Names: capitalised words inside a sentence, after a lowercase word ("ask Marcus", "by Friday"). */
const names = (s: string) =>
  [...s.matchAll(/(?<=\b[a-z][a-z']*,? )[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g)]
    .map((m) => m[0])
    .filter((w) => !SENTENCE_WORDS.test(w));
/** Words that start a sentence after an unpunctuated one ("…#groups Why aren't you"), not names. */
const SENTENCE_WORDS = new RegExp(
  [
    '^(?:Why|What|How|Who|When|Where|Which|Could|Can|Would|Will|Please|Thanks|Thank|The|This|That|These|Those|It',
    '|Is|Are|Do|Does|Did|Any|And|But|So|If|Or|Also|Just|Not|No|Yes|Ok|Okay|Hi|Hey|Sorry|Per|As)$',
  ].join(''),
);

/**
 * A threat without its consequence: what the rewrite must keep (principle 12 drops the sanction, so a name
 * or date inside "…or you're off the Lawson account", "…and HR will hear", "…, given your review is in June"
 * is the threat, not a fact of the request).
 */
export function withoutSanction(threat: string): string {
  const cut = [
    /,?\s+or(?: else)?\s+(?:you|I|we|HR|they|there|it|management|don't|do not|expect|consider)\b/i,
    /,?\s+and\s+(?:you|I|we|HR|they|management|the \w+)\b(?=\s+(?:will|'ll|are|is|'re|can|won't))/i,
    /,\s+given\b/i,
    /\s+(?:will|may|could|is going to)\s+(?:be\s+)?(?:reflected|noted|recorded|result|lead|affect)\b/i,
  ]
    .map((re) => re.exec(threat)?.index ?? Infinity)
    .reduce((a, b) => Math.min(a, b), Infinity);
  // "If it happens one more time, you'll be off the Lawson account": the main clause is the sanction.
  const condition = /^\W*(?:if|unless|once)\b[^,]*,/i.exec(threat);
  return threat.slice(0, Math.min(cut, condition ? condition[0].length : Infinity)).trimEnd();
}

/**
 * A comparison put-down without its comparator: "My Year 7s could do better with crayons" measures the
 * reader against the writer's pupils, and principle 13 drops that jab, so the names and numbers inside it
 * are the put-down, not facts of the work ("Even an intern could manage the Q3 report" keeps the Q3 report).
 */
export function withoutComparator(putDown: string): string {
  const m = COMPARED_TO.exec(putDown);
  return m
    ? putDown.slice(0, m.index) + putDown.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length)
    : putDown;
}

/**
 * Defects of one rewrite of `flagged` (the text it replaces) inside `message` (the whole original draft).
 * Only what the rewrite introduced counts: a doubled word or lowercase start the writer typed is theirs.
 */
export function lintRewrite(flagged: string, rewrite: string, rules: readonly string[] = []): Defect[] {
  const out: Defect[] = [];
  const facts = rules.includes('threat')
    ? withoutSanction(flagged)
    : rules.includes('put-down')
      ? withoutComparator(flagged)
      : flagged;
  if (STACKED.test(rewrite) && !STACKED.test(flagged)) out.push('stacked-modal');
  if (/\btry (?:not|never) to\b/i.test(rewrite) && !/\btry (?:not|never) to\b/i.test(flagged))
    out.push('try-not-to');
  if (/[?.!],|\?\.|,\s*[?.!]|[.?!]\s*[.?!](?!\.)/.test(rewrite.replace(/\.{3}|…|\?!|!\?|!!+/g, ''))) {
    const introduced = (rewrite.match(/[?.!],|\?\.|,\s*[?.!]/g) ?? []).some((p) => !flagged.includes(p));
    if (introduced) out.push('bad-punctuation');
  }
  // "send send", and a phrase said twice across a comma: "Could you, could you make…".
  for (const m of rewrite.matchAll(/\b(\p{L}+)\s+\1\b|\b(\p{L}+ \p{L}+),\s+\2\b/giu)) {
    const word = m[1] ?? m[2]!;
    const again = new RegExp(`\\b${word},?\\s+${word}\\b`, 'i');
    if (!again.test(flagged) && !/^(?:that|had|is)$/i.test(word)) {
      out.push('doubled-word');
      break;
    }
  }
  for (const m of rewrite.matchAll(/([.!?])\s+(\p{Ll}\S*)/gu)) {
    const before = rewrite.slice(0, m.index + 1);
    if (ABBREV_END.test(before) || flagged.includes(m[0])) continue;
    out.push('no-capital');
    break;
  }
  const firm = FIRM.exec(rewrite);
  if (firm && INVITE.test(rewrite.slice(firm.index))) out.push('invite-after-firm');
  const has = (list: string[], ok: (x: string) => boolean) => list.every(ok);
  if (!has(numbers(facts), (n) => rewrite.includes(n))) out.push('lost-number');
  if (!has(urls(facts), (u) => rewrite.includes(u))) out.push('lost-url');
  if (!has(acronyms(facts), (a) => new RegExp(`\\b${a}\\b`).test(rewrite))) out.push('lost-acronym');
  if (!has(names(facts), (n) => rewrite.includes(n))) out.push('lost-name');
  if ([...rewrite.matchAll(SLOT)].some((m) => !LEADWELL_SLOT.test(m[0]) && !flagged.includes(m[0])))
    out.push('unknown-slot');
  return out;
}

/** Invitations after firm words anywhere in a rewritten message (an ask added after "this is final"). */
export function inviteAfterFirm(message: string): boolean {
  const firm = FIRM.exec(message);
  return !!firm && INVITE.test(message.slice(firm.index));
}
