import type { RuleId, Severity } from '../types';

/** One sentence as the rules see it. Offsets in `text` and `raw` are the same. */
export interface SentenceView {
  /** Masked text: quotes, code, URLs and mentions neutralised. Detect on this. */
  text: string;
  /** The writer's own words (smart quotes straightened). Build rewrites from this. */
  raw: string;
  /** Greeting or sign-off line. */
  frame: boolean;
  /** The sentence itself gives a reason. */
  explains: boolean;
}

/** A finding before message-level checks; offsets are relative to the sentence. */
export interface Candidate {
  rule: RuleId;
  start: number;
  end: number;
  severity: Severity;
  /**
   * A phrase-level repair, for the phrases the rewrite layer (rewrite/compose.ts) has no entry for
   * (objectifying, dismissive). Sentence rewrites are built there, once per sentence, from all its findings.
   */
  rewrites?: string[];
  /**
   * 'reason': dropped when this sentence or the next gives a reason.
   * 'decision': dropped when the message explains or invites anywhere.
   */
  gate?: 'reason' | 'decision';
}

/**
 * Each rule file exports its `examples` beside the rule (rules/examples.ts collects them for rules.test.ts):
 * every `flag` sentence fires the rule, no `pass` sentence does.
 */
export interface RuleExamples {
  flag: string[];
  pass: string[];
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line, plain words, shown on the card. */
  message: string;
  /** The line for a hint, when a softened finding needs other words ("Could you…" is no order). */
  hintMessage?: string;
  /** Where the pattern comes from. */
  source: string;
  /** Does a finding mean the message asks or decides something of the reader? */
  asks: boolean;
  detect(s: SentenceView): Candidate[];
}

/** Shrinks [start, end) to exclude surrounding spaces and trailing emoji or symbols. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}.!?'")\]]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Span from `start` to the end of the sentence (trimmed). */
export const toSentenceEnd = (s: SentenceView, start: number): [number, number] =>
  trimSpan(s.text, start, s.text.length);

/**
 * A new clause after a comma (", does that work for you?", ", I'm in meetings all afternoon"): a request's
 * span stops before it, so the rewrite does not swallow it.
 */
const NEXT_CLAUSE = new RegExp(
  // "what/which/who/how" open a question only before a verb: ", what behavior you expected" is a list item.
  "(?:,|\\s[-–—])\\s+(?=(?:(?:what|which|who|how)(?:'s|\\s+(?:is|are|was|were|does|do|did|can|could|would|will|should|" +
    'about|else|exactly|long|much|many|often|soon))|' +
    'is|are|was|does|do|did|can|could|would|will|should|when|where|why|' +
    "I|I'm|I'll|I've|we|we're|we'll|they|they're|it's|that's|there's|let me|thanks|thank you|cheers|see|cf|" +
    "there (?:is|are|was|were|isn't|aren't|wasn't|weren't|really|just|seems?))\\b)",
  'i',
);

/** Span from `start` to the end of its clause: the sentence end, or before a following independent clause. */
export function toClauseEnd(s: SentenceView, start: number): [number, number] {
  const next = NEXT_CLAUSE.exec(s.text.slice(start));
  return trimSpan(s.text, start, next ? start + next.index : s.text.length);
}

/** Is `start` the first word of the sentence (ignoring punctuation)? */
export const atSentenceStart = (s: SentenceView, start: number) =>
  !/[\p{L}\p{N}]/u.test(s.text.slice(0, start));

/** Does text ending here leave a quotation open (an odd number of straight double quotes, or an open “)? */
export const insideQuote = (before: string): boolean => /^[^"]*"(?:[^"]*"[^"]*")*[^"]*$|“[^”]*$/.test(before);
