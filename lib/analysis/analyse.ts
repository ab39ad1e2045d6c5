/**
 * analyse(text) → label, score, findings. The text is masked (quotes, signatures, code, URLs skipped,
 * offsets kept), split into sentences, each sentence checked by every rule (results cached by
 * sentence text, which is what makes the incremental analyser cheap), then message-level cues decide
 * which gated findings stand and what the label is.
 */
import { sentenceCues, type SentenceCues } from './cues';
import { isEnglish } from './language';
import { RULES } from './rules';
import type { Candidate } from './rules/rule';
import { composeRewrites } from './rewrite/compose';
import { labelFor, balanceScore } from './score';
import { sentenceStrategies } from './politeness/features';
import { warmPhraseTables } from './patterns/phrases';
import { maskText } from './text/mask';
import { TABLES } from './patterns';
import { splitSentences } from './text/sentences';
import {
  SEVERITIES,
  type AnalyseOptions,
  type Analysis,
  type Cues,
  type Finding,
  type RuleId,
  type Severity,
} from './types';

interface SentenceResult {
  cues: SentenceCues;
  candidates: Candidate[];
  words: number;
  /** Politeness strategies (politeness/features.ts) as a bit mask: the balance score reads them. */
  strategies: number;
  /** A yes/no check of what a step shows (CHECK_NEXT): it gives the step before it its why. */
  checks: boolean;
}

const countWords = (t: string) => t.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)?.length ?? 0;

const NO_SENTENCE_CUES: SentenceCues = {
  explains: false,
  invites: false,
  acknowledges: false,
  supports: false,
  shares: false,
  requests: false,
};
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
const NO_CUES: Cues = {
  asks: false,
  explains: false,
  invites: false,
  acknowledges: false,
  supports: false,
  shares: false,
};

/** Longer than any real sentence (pasted data, logs): counted, not coached. */
const MAX_SENTENCE = 2000;

function analyseSentence(text: string, raw: string, frame: boolean): SentenceResult {
  if (text.length > MAX_SENTENCE)
    return { cues: NO_SENTENCE_CUES, candidates: [], words: countWords(text), strategies: 0, checks: false };
  let cues = NO_SENTENCE_CUES;
  try {
    cues = sentenceCues(text);
  } catch {
    // Cues lost for one sentence, never the analysis.
  }
  const view = { text, raw, frame, explains: cues.explains };
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    try {
      candidates.push(...rule.detect(view));
    } catch {
      // A rule that throws on odd input loses its finding, never the analysis.
    }
  }
  return {
    cues,
    candidates,
    words: countWords(text),
    strategies: sentenceStrategies(text),
    checks: isCheck(text),
  };
}

type Cache = Map<string, SentenceResult>;

/**
 * How many characters a time budget can analyse: the tagger reads ~110 per ms on an idle machine (field
 * notes), ~35 on a busy one. Preparing 100 per ms costs ~3% of the budget; the per-sentence deadline
 * ends the rest.
 */
const CHARS_PER_MS = 100;
const MIN_HEAD = 20_000;

/** Where the part of `text` worth masking and splitting ends: the last line or sentence end before `max`. */
function headEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const line = text.lastIndexOf('\n', max - 1);
  if (line > max / 2) return line + 1;
  for (let i = max - 1; i > max / 2; i--) if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i;
  return /[\uDC00-\uDFFF]/.test(text[max]!) ? max - 1 : max; // never split a surrogate pair
}

function run(text: string, opts: AnalyseOptions, cache: Cache, keep?: Cache): Analysis {
  const budget = opts.timeBudgetMs ?? 2000;
  if (!isEnglish(text)) {
    // Label no-ask and no findings: the weekly averages, which only count asking messages, leave it out.
    return {
      label: 'no-ask',
      score: 50,
      findings: [],
      cues: NO_CUES,
      language: 'other',
      notice: 'Leadwell only coaches English for now, so this draft was not checked.',
      partial: false,
      covered: text.length,
      words: countWords(text),
    };
  }
  warmPhraseTables(); // once: all at once costs a fifth of compiling each table on its first sentence
  // Mask and split only what the budget can analyse: a 2 MB draft used to spend its whole budget (or far
  // more) preparing text it never reached, and came back with 0 words.
  const head = text.slice(0, headEnd(text, Math.max(MIN_HEAD, budget * CHARS_PER_MS)));
  const masked = maskOnce(head, opts.ignore);
  const raw = head.replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const sentences = splitOnce(masked);
  const results: SentenceResult[] = [];
  let partial = false;
  let deadline = Infinity;
  for (const s of sentences) {
    if (performance.now() > deadline) {
      partial = true;
      break;
    }
    const rawSentence = raw.slice(s.start, s.end);
    const key = sentenceKey(s, rawSentence);
    let r = cache.get(key);
    if (!r) {
      r = analyseSentence(s.text, rawSentence, s.frame);
      cache.set(key, r);
    }
    keep?.set(key, r);
    results.push(r);
    // The budget starts after the first sentence, which always runs (a text with words never comes back with
    // none analysed) and pays the tagger's one-time start-up (~1 s on a busy machine) when there is one.
    if (results.length === 1) deadline = performance.now() + budget;
  }

  const body = results.filter((_, i) => !sentences[i]!.frame);
  const any = (k: keyof SentenceCues) => results.some((r) => r.cues[k]);
  const cues: Cues = {
    asks:
      body.some((r) => r.cues.requests) ||
      results.some((r) => r.candidates.some((c) => RULE_BY_ID.get(c.rule)?.asks)),
    explains: body.some((r) => r.cues.explains),
    invites: any('invites'),
    acknowledges: any('acknowledges'),
    supports: any('supports'),
    shares: body.some((r) => r.cues.shares),
  };

  const all: Finding[] = [];
  results.forEach((r, i) => {
    const s = sentences[i]!;
    // A reason may sit next to the request: in the sentence before or after (coaching-model.md).
    // The sentence before counts only when it is a plain statement: a reason there that serves its own
    // order ("please re-shelve … so the volunteers can find them. also update the sheet") is not this one's.
    const prev = results[i - 1];
    const prevExplains =
      !!prev?.cues.explains &&
      !prev.cues.requests &&
      !prev.candidates.some((c) => c.gate === 'reason') &&
      !/\b(?:please|pls|plz|kindly)\b/i.test(sentences[i - 1]!.text);
    // "Try 'localhost' instead. Does it work?": a step followed by the check it is for says why it is asked.
    const next = results[i + 1];
    const nearExplains = (next?.cues.explains ?? false) || (next?.checks ?? false) || prevExplains;
    // "convert a string to a string? do you mean to an int?": an order-shaped question that the next
    // sentence reads back as a guess at the reader's meaning echoes their words; it orders nothing.
    const echo = /\?\W*$/.test(s.text) && ECHO_NEXT.test(sentences[i + 1]?.text ?? '');
    for (const c of r.candidates) {
      if (echo && c.rule === 'bare-command') continue;
      if (c.gate === 'reason' && (r.cues.explains || nearExplains)) continue;
      if (c.gate === 'decision' && (cues.explains || cues.invites)) continue;
      const start = s.start + c.start;
      const end = s.start + c.end;
      all.push({
        rule: c.rule,
        start,
        end,
        severity: c.severity,
        message: messageOf(c.rule, c.severity),
        rewrites: (c.rewrites ?? []).filter((w, j, a) => w.trim() && a.indexOf(w) === j).slice(0, 3),
        text: text.slice(start, end),
      });
    }
  });

  const composed = composeRewrites(all, { text, sentences: sentences.slice(0, results.length) });
  const min = SEVERITIES.indexOf(opts.minSeverity ?? 'hint');
  const disabled = new Set(opts.disabledRules ?? []);
  const findings = composed.filter((f) => !disabled.has(f.rule) && SEVERITIES.indexOf(f.severity) >= min);
  return {
    label: labelFor(cues, composed),
    score: balanceScore(
      cues,
      composed,
      results.map((r) => r.strategies),
      results.reduce((n, r) => n + r.words, 0),
    ),
    findings,
    cues,
    language: 'en',
    partial: partial || head.length < text.length,
    covered: partial ? sentences[results.length - 1]!.end : head.length,
    words: results.reduce((n, r) => n + r.words, 0),
  };
}

/** The card's line for a finding: a hint's own words where the rule has them. */
function messageOf(rule: RuleId, severity: Severity): string {
  const r = RULE_BY_ID.get(rule)!;
  return (severity === 'hint' && r.hintMessage) || r.message;
}

/**
 * A short yes/no question about what a step shows ("Does it work?", "Are there any binding errors?", "Is it
 * still slow?"): the check the step before it is for. Not one about the reader ("Did you finish?"), nor
 * about the request itself ("Does that clash with anything?", "Is that doable today?"): those invite.
 */
const CHECK_NEXT = new RegExp(
  String.raw`^\W*(?:(?:and|then|so)\s+)?(?:does|do|did|is|are|was|were|will|would|can|could)\s+` +
    String.raw`(?:it|they|there|anything|the\s+\w+|any\s+\w+)\b(?:\s+[^\s?.!]+){0,8}\s*\?+\W*$`,
  'i',
);

/** "Is it done?", "Is that clear?": chasing the reader, not a check of what a step shows. */
const CHASED = /\b(?:done|finished|ready|complete|completed|sent|submitted|clear|understood|ok|okay|fine)\b/i;

/** Computed once per sentence text (the results are cached), not on every pass over the draft. */
function isCheck(text: string): boolean {
  return (
    CHECK_NEXT.test(text) &&
    !/\b(?:you|your|u|ur)\b/i.test(text) &&
    !CHASED.test(text) &&
    !TABLES['loaded-question/control-check'].test(text)
  );
}

/** A sentence that guesses at what the reader meant. */
// …or the next sentence offers the other answer ("Can you modify the class? Or do we need an Observer?").
const ECHO_NEXT = new RegExp(
  String.raw`^\W*(?:or\s+)?(?:(?:do|did)\s+)?(?:you|u)\s+mean\b|` +
    String.raw`^\W*or\s+(?:do|does|did|are|is|can|could|will|would|should|shall|have|has|must)\s+(?:you|u|we|I|they|it)\b`,
  'i',
);

const shared: Cache = new Map();

/** Analyse one draft. Never throws; large drafts stop at the time budget and say `partial`. */
export function analyse(text: string, opts: AnalyseOptions = {}): Analysis {
  if (shared.size > 20_000) shared.clear();
  return run(String(text ?? ''), opts, shared);
}

export interface Analyser {
  /** Re-analyse after an edit; only sentences whose text changed are parsed again. */
  update(text: string, opts?: AnalyseOptions): Analysis;
}

/** An analyser for one compose box: keeps the results of the sentences it saw last time. */
export function createAnalyser(defaults: AnalyseOptions = {}): Analyser {
  let cache: Cache = new Map();
  return {
    update(text, opts) {
      const keep: Cache = new Map();
      const result = run(String(text ?? ''), { ...defaults, ...opts }, cache, keep);
      cache = keep;
      return result;
    },
  };
}

/** The cache key of one sentence: its masked text, whether it is in a frame, and its raw text when different. */
function sentenceKey(s: { frame: boolean; text: string }, rawSentence: string): string {
  return `${s.frame ? 'F' : 'B'}${s.text}\u0000${rawSentence === s.text ? '' : rawSentence}`;
}

/** splitSentences with a memory of the last text: a sliced pass and its closing run() split it once. */
let lastSplit: { text: string; sentences: ReturnType<typeof splitSentences> } | null = null;
function splitOnce(masked: string): ReturnType<typeof splitSentences> {
  if (lastSplit?.text !== masked) lastSplit = { text: masked, sentences: splitSentences(masked) };
  return lastSplit.sentences;
}

/** maskText with a memory of the last text: a sliced pass and its closing run() mask it once. */
let lastMask: { text: string; ignore: string; masked: string } | null = null;
function maskOnce(text: string, ignore: AnalyseOptions['ignore']): string {
  const key = ignore?.length ? JSON.stringify(ignore) : '';
  if (lastMask?.text !== text || lastMask.ignore !== key)
    lastMask = { text, ignore: key, masked: maskText(text, ignore) };
  return lastMask.masked;
}

/** One pass of a sliced analyser over one text: step it until it returns the analysis. */
export interface SlicedPass {
  /** Characters analysed from the start of the text (the rest is left out of a very long draft). */
  readonly covered: number;
  /** Works for about `budgetMs`, then returns null to yield to the page, or the analysis when done. */
  step(budgetMs: number): Analysis | null;
}

export interface SlicedAnalyser {
  /** Starts a pass over `text` (a newer pass simply replaces an unfinished one; work done is kept). */
  start(text: string, opts?: AnalyseOptions): SlicedPass;
}

/**
 * createAnalyser() for long drafts in a page: the same analysis, cut into slices the caller runs between
 * the page's own tasks, so no task blocks typing. Texts over `maxChars` are analysed up to the last
 * sentence end before it, and the result is `partial`. A draft over WHOLE_MAX is analysed in parts of about
 * PART_CHARS (the closing step of one analysis grows with its findings: ~70 ms for 700 of them); the parts'
 * findings and cues are merged, so message-level gates (a reason or an invitation elsewhere) apply per part.
 */
export function createSlicedAnalyser(defaults: AnalyseOptions = {}, maxChars = 100_000): SlicedAnalyser {
  let cache: Cache = new Map();
  /** Sentences analysed by passes that have not finished yet (a newer edit replaced them). */
  let fresh: Cache = new Map();
  /**
   * The last finished pass's parts of a long draft, by text and options: a keystroke changes one part, and
   * the closing step of every other part (rewrites, gates, sentence split) was three quarters of a pause's
   * work on a 30 KB draft.
   */
  let partsDone = new Map<string, { analysis: Analysis; sentences: Cache }>();
  /** The last pass's text and part boundaries, to cut the next one at the same places. */
  let lastCut = { text: '', cuts: [0, 0] as number[] };

  /** One run() over `text`, its sentences first analysed one by one; results go to `keep`. */
  const wholePass = (text: string, options: AnalyseOptions, keep: Cache) => {
    let sentences: ReturnType<typeof splitSentences> | null = null;
    let raw = '';
    let i = 0;
    return (budgetMs: number): Analysis | null => {
      const deadline = performance.now() + budgetMs;
      // A page's first pass compiles the phrase tables first, one per slice at most (see warmPhraseTables).
      if (!warmPhraseTables(deadline)) return null;
      if (!sentences) {
        if (!isEnglish(text)) return run(text, options, cache);
        raw = text.replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u201C\u201D]/g, '"');
        sentences = splitOnce(maskOnce(text, options.ignore));
        if (performance.now() > deadline) return null;
      }
      // At least one sentence per step, so every slice makes progress.
      for (let first = true; i < sentences.length; i++, first = false) {
        if (!first && performance.now() > deadline) return null;
        const s = sentences[i]!;
        const rawSentence = raw.slice(s.start, s.end);
        const key = sentenceKey(s, rawSentence);
        let r = cache.get(key) ?? fresh.get(key);
        if (!r) {
          r = analyseSentence(s.text, rawSentence, s.frame);
          fresh.set(key, r);
        }
        keep.set(key, r);
      }
      return run(text, options, keep);
    };
  };

  return {
    start(input, opts) {
      const all = String(input ?? '');
      const text = all.length > maxChars ? all.slice(0, coverEnd(all, maxChars)) : all;
      const options = { ...defaults, ...opts, timeBudgetMs: Infinity };
      const keep: Cache = new Map();
      const cuts =
        text.length <= WHOLE_MAX
          ? [0, text.length]
          : lastCut.text.length > WHOLE_MAX
            ? stableCuts(text, lastCut.text, lastCut.cuts, PART_CHARS)
            : partCuts(text, PART_CHARS);
      lastCut = { text, cuts };
      const parts: Analysis[] = [];
      const partsNow = new Map<string, { analysis: Analysis; sentences: Cache }>();
      let step: ((budgetMs: number) => Analysis | null) | null = null;
      let partKeep: Cache = new Map();
      return {
        covered: text.length,
        step(budgetMs) {
          const deadline = performance.now() + budgetMs;
          while (parts.length < cuts.length - 1) {
            const [a, b] = [cuts[parts.length]!, cuts[parts.length + 1]!];
            const partOptions = { ...options, ignore: shiftRanges(options.ignore, a, b) };
            const key = cuts.length > 2 ? `${JSON.stringify(partOptions)}\u0000${text.slice(a, b)}` : '';
            const done = key ? partsDone.get(key) : undefined;
            if (!step) partKeep = done ? done.sentences : new Map();
            step ??= done ? () => done.analysis : wholePass(text.slice(a, b), partOptions, partKeep);
            const part = step(Math.max(0, deadline - performance.now()));
            if (!part) return null;
            for (const [k, v] of partKeep) keep.set(k, v);
            if (key) partsNow.set(key, { analysis: part, sentences: partKeep });
            step = null;
            parts.push(shiftAnalysis(part, a)); // a copy: a part kept for the next pass is never shared
            if (parts.length < cuts.length - 1 && performance.now() > deadline) return null;
          }
          cache = keep;
          fresh = new Map();
          partsDone = partsNow;
          const result = parts.length === 1 ? parts[0]! : mergeParts(parts);
          return { ...result, covered: text.length, partial: result.partial || text.length < all.length };
        },
      };
    },
  };
}

/** Drafts up to this long are analysed as one message; longer ones in parts of about PART_CHARS. */
const WHOLE_MAX = 16_000;
const PART_CHARS = 4_000;

/**
 * Part boundaries of `text` after an edit of `last` (cut at `lastCuts`): the cuts before the edit stay where
 * they were and those after it move with the text, so a keystroke changes one part and the others are
 * reused; only the edited stretch is cut anew.
 */
export function stableCuts(text: string, last: string, lastCuts: readonly number[], size: number): number[] {
  let head = 0;
  const max = Math.min(text.length, last.length);
  while (head < max && text.charCodeAt(head) === last.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    text.charCodeAt(text.length - 1 - tail) === last.charCodeAt(last.length - 1 - tail)
  )
    tail++;
  const delta = text.length - last.length;
  // A cut is kept when the text on both sides of it is unchanged (so it still sits at a sentence end).
  const before = lastCuts.filter((c) => c > 0 && c < head);
  const after = lastCuts.filter((c) => c < last.length && c > last.length - tail).map((c) => c + delta);
  const from = before.at(-1) ?? 0;
  const to = after[0] ?? text.length;
  const middle = partCuts(text.slice(from, to), size)
    .slice(1, -1)
    .map((c) => c + from);
  return [0, ...before, ...middle, ...after, text.length];
}

/** Part boundaries of `text`: [0, …, text.length], each cut at a line or sentence end. */
function partCuts(text: string, size: number): number[] {
  const cuts = [0];
  while (text.length - cuts.at(-1)! > size * 1.5) {
    const from = cuts.at(-1)!;
    cuts.push(from + coverEnd(text.slice(from), size));
  }
  cuts.push(text.length);
  return cuts;
}

function shiftRanges(
  ranges: AnalyseOptions['ignore'],
  a: number,
  b: number,
): Array<readonly [number, number]> | undefined {
  if (!ranges?.length) return undefined;
  return ranges
    .filter(([x, y]) => x < b && y > a)
    .map(([x, y]) => [Math.max(x, a) - a, Math.min(y, b) - a] as const);
}

function shiftAnalysis(part: Analysis, by: number): Analysis {
  return { ...part, findings: part.findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by })) };
}

/** One analysis of a long draft from its parts: all findings, cues of any part, a score weighted by words. */
function mergeParts(parts: Analysis[]): Analysis {
  const english = parts.filter((p) => p.language === 'en');
  if (!english.length) return parts[0]!;
  const findings = english.flatMap((p) => p.findings);
  const cues = { ...NO_CUES };
  for (const p of english) for (const k of Object.keys(cues) as Array<keyof Cues>) cues[k] ||= p.cues[k];
  const words = english.reduce((n, p) => n + p.words, 0);
  const score = words
    ? Math.round(english.reduce((n, p) => n + p.score * p.words, 0) / words)
    : english[0]!.score;
  return {
    ...english[0]!,
    label: labelFor(cues, findings),
    score,
    findings,
    cues,
    partial: parts.some((p) => p.partial),
    words: parts.reduce((n, p) => n + p.words, 0),
  };
}

/** Where a long text's analysed part ends: the last sentence or line end before `max` (else `max`). */
function coverEnd(text: string, max: number): number {
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s[^.!?]*$/) + 1);
  return end > max / 2 ? end + 1 : max;
}
