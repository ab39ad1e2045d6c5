/**
 * Knowledge as data (in the manner of retext-equality and Just Not Sorry): every phrase family is a list
 * of entries, each one short pattern with an example it must match, a near miss it must not, and where
 * it comes from. `phrases.test.ts` runs every entry's examples. A table compiles once, at load, into one
 * regular expression with a named group per entry, so a sentence is scanned once whatever the table size.
 */

export interface PhraseEntry {
  /** Stable and unique within its table: what the pattern means, in a few words. */
  id: string;
  /**
   * Regular-expression source, matched case-insensitively. `{name}` inserts a named part from PARTS
   * (a word class such as {you} or {sanction}). Keep it short enough to read in one glance.
   */
  pattern: string;
  /** A sentence the entry must match. */
  example: string;
  /** A near miss the entry must not match. */
  nearMiss: string;
  /** Where the pattern comes from: the coaching model, a survey, a guide, the dev data's shape. */
  source: string;
}

export interface PhraseHit {
  id: string;
  start: number;
  end: number;
}

export interface PhraseTable {
  readonly entries: readonly PhraseEntry[];
  /** Does any entry match? */
  test(text: string): boolean;
  /** Every non-overlapping match, left to right. */
  all(text: string): PhraseHit[];
  /** The first match, if any. */
  first(text: string): PhraseHit | undefined;
  /** Compiles the table's expressions now (see warmPhraseTables); later calls do nothing. */
  warm(): void;
}

/**
 * V8 compiles a regular expression on its first use: to bytecode for the interpreter when the text is short
 * (a sentence), then to machine code on the next use. For these tables the bytecode is the dear part: the
 * first sentence of a session cost ~500 ms of compiling on this machine, in one task. A text of 1,000
 * characters or more goes straight to machine code, ~5x cheaper in all (V8's tier-up for long subjects).
 */
const WARM_TEXT = ' '.repeat(1200);
/** Every table part created and not yet warmed, in order of creation. */
const cold: Part[] = [];

function warmPart(part: Part): void {
  if (part.warm) return;
  part.warm = true;
  part.re.lastIndex = 0;
  part.re.test(WARM_TEXT);
}

/**
 * Warms the table parts not yet warmed, one at a time, until `deadline` (performance.now()); at least one.
 * Returns true when none is left. Run it in slices before a page's first analysis, or all at once before a
 * first analysis that would compile every table anyway.
 */
export function warmPhraseTables(deadline = Infinity): boolean {
  for (let first = true; cold.length; first = false) {
    if (!first && performance.now() > deadline) return false;
    warmPart(cold.shift()!);
  }
  return true;
}

/** Word classes shared by the tables, so a pattern names the idea instead of repeating the list. */
export const PARTS: Record<string, string> = {
  you: "(?:you|u|ya|y'all|yall)(?:\\s+(?:guys|all|two|both|people))?",
  youre: "(?:you're|youre|you are|ur|u r|you were|you've been|you have been)",
  your: '(?:your|ur|yr)',
  group: '(?:everyone|everybody|all staff|staff|employees|team members|all employees|people|anyone|anybody)',
  be: "(?:is|are|was|were|'s|'re|looks?|seems?|sounds?|reads?)",
  sanction:
    '(?:fired|sacked|let go|replaced|terminated|disciplined|written up|suspended|demoted|docked|dismissed|' +
    'reported|escalated|removed|taken off|kicked off|struck off|pulled off)',
  record: '(?:review|appraisal|record|file|evaluation|performance review|personnel file|HR file)',
  job: '(?:job|position|role|place here|spot|shift|bonus|raise|promotion|contract)',
  adverb: '(?:really|so|very|just|totally|completely|utterly|absolutely|frankly|honestly|pretty|quite|truly)',
};

const expand = (pattern: string) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const part = PARTS[name];
    if (part === undefined) throw new Error(`unknown part {${name}} in pattern ${pattern}`);
    return part;
  });

/** One entry's own regular expression (for tests and tools). */
export const entryRegExp = (e: PhraseEntry, flags = 'i') => new RegExp(`(?:${expand(e.pattern)})`, flags);

/**
 * A table's entries are compiled in parts of about this many characters of source (a long table, like the
 * put-downs, takes 50-70 ms to compile as one expression in Chromium here): each part compiles in its own
 * slice of warmPhraseTables, and a scan takes the leftmost match of the parts, which is the one expression's.
 * V8's compile time grows faster than the source: in Chromium here, parts of 2,500 characters (42) took
 * 140-170 ms to warm in all with single parts of 20-60 ms; parts of 1,200 (71) take ~75 ms with none over
 * ~10 ms but the one entry longer than that. Scanning a sentence costs no more (corpus throughput the same).
 */
const PART_SOURCE = 1200;

interface Part {
  re: RegExp;
  /** Its entries: entries[from] up to entries[to - 1]; entry i is the named group `p${i}`. */
  from: number;
  to: number;
  warm: boolean;
}

/**
 * Emphasis markers around words ("*your* work", "**now**", "_us_"): stress, not words. A marker opens a word
 * (nothing word-like before it) or closes one (nothing word-like after it); "snake_case" and "5 * 3" keep theirs.
 */
const STRESS = /(?<![\w*_])[*_]{1,2}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,2}(?![\w*_])/g;

/** The text with its emphasis markers removed, and how to map a hit in it back; null when it has none. */
type Unstressed = { text: string; back: (h: PhraseHit) => PhraseHit } | null;
/** The last sentence's result: every table scans the same sentence in turn, so it is computed once. */
let lastStressed: { text: string; out: Unstressed } | undefined;

/**
 * The text without its paired emphasis markers ("_why_ do you" → "why do you"), for rewriting what was stressed.
 * Only pairs: a lone marker is part of a name ("LET*", "C#_") and stays.
 */
export const withoutStress = (text: string): string =>
  text.replace(/(?<![\w*_])([*_]{1,2})(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\w*_])/g, '$2');

function unstressed(text: string): Unstressed {
  if (!/[*_]/.test(text)) return null;
  if (lastStressed?.text !== text) lastStressed = { text, out: strip(text) };
  return lastStressed.out;
}

function strip(text: string): Unstressed {
  const kept: number[] = [];
  let out = '';
  let at = 0;
  for (const m of text.matchAll(STRESS)) {
    for (let i = at; i < m.index; i++) kept.push(i);
    out += text.slice(at, m.index);
    at = m.index + m[0].length;
  }
  if (!at) return null;
  for (let i = at; i < text.length; i++) kept.push(i);
  out += text.slice(at);
  kept.push(text.length);
  const back = (h: PhraseHit): PhraseHit => ({ id: h.id, start: kept[h.start]!, end: kept[h.end - 1]! + 1 });
  return { text: out, back };
}

/** Compile a table once. Ids must be unique; a broken pattern throws at load, naming the entry. */
export function phraseTable(entries: readonly PhraseEntry[]): PhraseTable {
  const ids = new Set<string>();
  const groups = entries.map((e, i) => {
    if (ids.has(e.id)) throw new Error(`duplicate phrase id ${e.id}`);
    ids.add(e.id);
    entryRegExp(e); // throws here, naming the pattern, rather than inside the combined source
    return `(?<p${i}>${expand(e.pattern)})`;
  });
  const parts: Part[] = [];
  for (let i = 0; i < groups.length;) {
    let j = i + 1;
    for (let size = groups[i]!.length; j < groups.length && size + groups[j]!.length < PART_SOURCE; j++)
      size += groups[j]!.length + 1;
    parts.push({ re: new RegExp(groups.slice(i, j).join('|'), 'gi'), from: i, to: j, warm: false });
    i = j;
  }
  if (!parts.length) parts.push({ re: /(?!)/gi, from: 0, to: 0, warm: true });
  /**
   * The next match at or after `from`, as the table's entries joined into one alternation would find it: the
   * leftmost of the parts' matches, and on a tie the earlier part's (its entries come first in that order).
   */
  const next = (text: string, from: number): { m: RegExpExecArray; part: Part } | null => {
    let best: { m: RegExpExecArray; part: Part } | null = null;
    for (const part of parts) {
      part.re.lastIndex = from;
      const m = part.re.exec(text);
      if (m && (!best || m.index < best.m.index)) best = { m, part };
    }
    return best;
  };
  const hitOf = ({ m, part }: { m: RegExpExecArray; part: Part }): PhraseHit => {
    const g = m.groups ?? {};
    let i = part.from;
    while (i < part.to - 1 && g[`p${i}`] === undefined) i++;
    return { id: entries[i]!.id, start: m.index, end: m.index + m[0].length };
  };
  const raw = {
    test: (text: string) =>
      parts.some((part) => {
        part.re.lastIndex = 0;
        return part.re.test(text);
      }),
    all: (text: string) => {
      const out: PhraseHit[] = [];
      for (let h = next(text, 0); h;) {
        if (h.m[0] === '') {
          h = next(text, h.m.index + 1);
          continue;
        }
        out.push(hitOf(h));
        h = next(text, h.m.index + h.m[0].length);
      }
      return out;
    },
    first: (text: string) => {
      for (let h = next(text, 0); h; h = next(text, h.m.index + 1)) if (h.m[0] !== '') return hitOf(h);
      return undefined;
    },
  };
  const table: PhraseTable = {
    entries,
    warm: () => parts.forEach(warmPart),
    test: (text) => raw.test(unstressed(text)?.text ?? text),
    all: (text) => {
      const u = unstressed(text);
      return u ? raw.all(u.text).map((h) => u.back(h)) : raw.all(text);
    },
    first: (text) => {
      const u = unstressed(text);
      const hit = raw.first(u?.text ?? text);
      return hit && u ? u.back(hit) : hit;
    },
  };
  cold.push(...parts.filter((p) => !p.warm));
  return table;
}
