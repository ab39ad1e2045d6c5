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

/** Compile a table once. Ids must be unique; a broken pattern throws at load, naming the entry. */
export function phraseTable(entries: readonly PhraseEntry[]): PhraseTable {
  const ids = new Set<string>();
  const groups = entries.map((e, i) => {
    if (ids.has(e.id)) throw new Error(`duplicate phrase id ${e.id}`);
    ids.add(e.id);
    entryRegExp(e); // throws here, naming the pattern, rather than inside the combined source
    return `(?<p${i}>${expand(e.pattern)})`;
  });
  const all = new RegExp(groups.join('|') || '(?!)', 'gi');
  const hitOf = (m: RegExpExecArray): PhraseHit => {
    const g = m.groups ?? {};
    const i = entries.findIndex((_, k) => g[`p${k}`] !== undefined);
    return { id: entries[i]!.id, start: m.index, end: m.index + m[0].length };
  };
  return {
    entries,
    test: (text) => {
      all.lastIndex = 0;
      return all.test(text);
    },
    all: (text) => {
      const out: PhraseHit[] = [];
      all.lastIndex = 0;
      for (let m = all.exec(text); m; m = all.exec(text)) {
        if (m[0] === '') {
          all.lastIndex++;
          continue;
        }
        out.push(hitOf(m));
      }
      return out;
    },
    first: (text) => {
      all.lastIndex = 0;
      for (let m = all.exec(text); m; m = all.exec(text)) {
        if (m[0] !== '') return hitOf(m);
        all.lastIndex++;
      }
      return undefined;
    },
  };
}
