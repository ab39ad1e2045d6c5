/**
 * One rewrite per flagged sentence (coaching-model.md, rewrite principle 9). Runs after the message-level
 * gates, when the findings that stand are known, so a sentence's rewrite can fix all of them at once and
 * reuse a reason from the sentence before or after. Findings of one sentence share one span (the
 * sentence) and one list of rewrites, and name every problem of that sentence in `problems`.
 */
import { hasReason, memo, sentenceCues } from '../cues';
import type { Finding, RuleId } from '../types';
import { askText } from './ask';
import { isImperative } from './forms';
import { rewriteSentence, type SentenceIn, type SentenceOut } from './sentence';

export interface ComposeContext {
  /** The analysed text, with quotes and smart punctuation as the writer typed them. */
  text: string;
  /** Sentence spans in order, as the engine split them. */
  sentences: ReadonlyArray<{ start: number; end: number; frame: boolean }>;
}

/** The draft says what it asks is fixed: no invitation may follow (principle 11). */
const FIXED =
  /\b(?:final|mandatory|compulsory|non-?negotiable|no exceptions|not up for (?:discussion|debate|negotiation))\b/i;

/** Sentence-level facts, cached by sentence text: the engine re-composes on every keystroke. */
const factsOf = memo((s: string) => {
  let invites = false;
  let reason = false;
  try {
    reason = hasReason(s);
    invites = sentenceCues(s).invites;
  } catch {
    // Facts lost for one sentence, never the rewrite.
  }
  return { reason, invites, fixed: FIXED.test(s) };
});

/** A plain statement that can say why a request next to it matters: "The auditors arrive at nine." */
const CONTEXT = new RegExp(
  [
    String.raw`^(?:the|our|my|we|we're|we've|I'm|I've|I have|it's|they|they're|there's|there are|\p{Lu}\p`,
    String.raw`{Ll}+)\b[^?!]*\b(?:is|are|was|were|has|have|had|will|'s|'re|arrives?|starts?|comes?|leaves`,
    String.raw`?|needs?|wants?|checks?|closes?|opens?|runs?|goes|due|lands?|expires?|ends?)\b[^?!]*\.?$`,
  ].join(''),
  'u',
);
const NOT_CONTEXT = new RegExp(
  [
    String.raw`\b(?:thanks|thank|sorry|hope|great|congrat\w*|welcome|love|glad|happy|excited|I'll|I will|`,
    String.raw`let me|we'll|please|pls|if|but|you|your)\b|^\W*(?:and|so|also|then|ok|okay|hi|hey|hello|as|`,
    String.raw`although|though|while|when|since|because|im|in|on|at|for|with|what|how|why)\b`,
  ].join(''),
  'i',
);
const isContext = memo(readsAsContext);
function readsAsContext(s: string): boolean {
  const words = s.split(/\s+/).length;
  return (
    words >= 3 &&
    // A link said again at the end of a rewrite would gain its punctuation.
    !/(?:https?:\/\/|www\.)\S/i.test(s) &&
    words <= 20 &&
    CONTEXT.test(s) &&
    !NOT_CONTEXT.test(s) &&
    !/^\W*\p{Lu}\p{Ll}+,/u.test(s) &&
    !factsOf(s).invites
  );
}

/**
 * A statement of the situation beside a request ("Your question is unclear.", "3d is hard to explain in
 * text.", "I noticed a few figures differ from the forecast."): a reader takes it as the why.
 */
const isSituation = memo(readsAsSituation);
function readsAsSituation(s: string): boolean {
  const words = s.split(/\s+/).length;
  return (
    isContext(s) ||
    (words >= 3 &&
      words <= 30 &&
      !/\?\W*$/.test(s) &&
      !/^\W*(?:hi|hey|hello|dear|thanks|thank|cheers|regards|best|ok|okay|yes|no|sure)\b/i.test(s) &&
      !isImperative(s) &&
      !factsOf(s).invites)
  );
}

const built = new Map<string, SentenceOut>();
function cachedRewrite(inp: SentenceIn): SentenceOut {
  const key = JSON.stringify(inp);
  let out = built.get(key);
  if (!out) {
    try {
      out = rewriteSentence(inp);
    } catch {
      out = { text: null, form: 'statement', firm: true, invites: false };
    }
    if (built.size > 5000) built.clear();
    built.set(key, out);
  }
  return out;
}

/** Trimmed [start, end) of a sentence span. */
function trimmed(text: string, s: { start: number; end: number }): [number, number] {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return [a, b];
}

/** The index of the sentence holding offset `at` (spans are in order), or -1: a binary search, per keystroke. */
function sentenceAt(sentences: ComposeContext['sentences'], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

interface Group {
  index: number;
  start: number;
  end: number;
  findings: Finding[];
  out?: SentenceOut;
  /** It follows a plain statement of the situation. */
  afterSituation?: boolean;
}

export function composeRewrites(findings: Finding[], ctx: ComposeContext): Finding[] {
  if (!findings.length) return findings;
  const { text, sentences } = ctx;
  const groups = new Map<number, Group>();
  const loose: Finding[] = [];
  for (const f of findings) {
    const index = sentenceAt(sentences, f.start);
    // A blank left in the draft is its own entry: its fix is to fill it, not to rewrite the sentence.
    if (index < 0 || f.rule === 'unfilled-slot') {
      loose.push(f);
      continue;
    }
    const [start, end] = trimmed(text, sentences[index]!);
    const g = groups.get(index) ?? { index, start, end, findings: [] };
    g.findings.push(f);
    groups.set(index, g);
  }
  const sentenceText = (i: number) => {
    const s = sentences[i];
    return s && !s.frame ? text.slice(s.start, s.end).trim() : '';
  };
  for (const g of groups.values()) {
    const own = text.slice(g.start, g.end);
    const reasonNear = factsOf(sentenceText(g.index - 1)).reason || factsOf(sentenceText(g.index + 1)).reason;
    // The neighbour to tie in: the sentence after, else the one before, when it is unflagged plain context.
    // Not when the statement also serves an order on its other side ("…Wednesday. The client has waited a
    // week. Copy me in."): tied into one, it would leave the other without its context.
    const beyond = (i: number) => i + (i > g.index ? 1 : -1);
    // Across a blank line the next paragraph is another thought, not this request's reason.
    const sameParagraph = (i: number) => {
      const [a, b] = [sentences[Math.min(i, g.index)], sentences[Math.max(i, g.index)]];
      return !!a && !!b && !/\n\s*\n/.test(text.slice(a.end, b.start));
    };
    // Beside an announcement, a sentence that says what will or must happen is more of the policy, not its why.
    const decision = g.findings.some((f) => f.rule === 'decision-without-input');
    const moreRules = (i: number) =>
      decision && /\b(?:will|won't|must|shall|should|may|can|cannot|'ll)\b/i.test(sentenceText(i));
    const side = [g.index + 1, g.index - 1].find(
      (i) =>
        !groups.has(i) &&
        !moreRules(i) &&
        sameParagraph(i) &&
        isContext(sentenceText(i)) &&
        !groups.has(beyond(i)) &&
        !isImperative(sentenceText(beyond(i))),
    );
    // The situation first, then the polite request ("Version 1.2 is out. Can you try that?"): the reader takes
    // the request's why from it. After the request, it is more of the errand ("The sheets are in the folder").
    const situation = !groups.has(g.index - 1) && isSituation(sentenceText(g.index - 1));
    g.afterSituation = situation;
    g.out = cachedRewrite({
      text: own,
      parts: g.findings.map((f) => ({
        rule: f.rule,
        start: f.start - g.start,
        end: f.end - g.start,
        ...(f.rule === 'objectifying' || f.rule === 'dismissive' ? { rewrite: f.rewrites[0] } : {}),
      })),
      reasonNear,
      situation,
      firm: false,
      ...(side !== undefined && !reasonNear ? { context: sentenceText(side) } : {}),
    });
    if (g.out.tied && side !== undefined) {
      const [a, b] = trimmed(text, sentences[side]!);
      g.start = Math.min(g.start, a);
      g.end = Math.max(g.end, b);
    }
  }

  // One fitting ask per message, after its last request or decision, where nothing is fixed or already asked.
  const ordered = [...groups.values()].sort((a, b) => a.index - b.index);
  const flagged = new Set(ordered.map((g) => g.index));
  const last = [...ordered].reverse().find((g) => g.out?.ask && g.out.text && !g.out.firm);
  // Read the rest of the draft only when there is an ask to place (facts are cached by sentence text).
  const all = last ? sentences.map((s) => factsOf(text.slice(s.start, s.end).trim())) : [];
  const invited =
    ordered.some((g) => g.out?.invites || factsOf(text.slice(g.start, g.end)).invites) ||
    all.some((f, i) => !flagged.has(i) && f.invites);
  const carrier = !last || invited || all.some((f) => f.fixed) ? undefined : last;

  const out: Finding[] = [...loose];
  for (const g of ordered) {
    const rw = g.out?.text;
    const rewrites: string[] = [];
    if (rw && rw !== text.slice(g.start, g.end)) {
      if (g === carrier) rewrites.push(`${rw} ${askText(g.out!.ask!, g.out!.when)}`);
      rewrites.push(rw);
    }
    // A hint the rewriter left as it is, a polite request after the situation that explains it (principle 11),
    // has nothing to coach: it is not shown.
    if (!rewrites.length && g.afterSituation && g.findings.every((f) => f.severity === 'hint')) continue;
    const problems = [...new Set(g.findings.map((f) => f.rule))] as RuleId[];
    for (const f of g.findings)
      out.push({ ...f, start: g.start, end: g.end, text: text.slice(g.start, g.end), rewrites, problems });
  }
  return out.sort((a, b) => a.start - b.start);
}
