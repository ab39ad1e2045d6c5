/** The engine's public types. Pure data: no browser API anywhere under lib/analysis. */

export const RULE_IDS = [
  'bare-command',
  'obligation',
  'urgency',
  'dismissive',
  'passive-aggressive',
  'shouting',
  'objectifying',
  'decision-without-input',
  'threat',
  'put-down',
  'loaded-question',
  'unfilled-slot',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['hint', 'warning', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LABELS = ['no-ask', 'people-aware', 'process-only'] as const;
export type Label = (typeof LABELS)[number];

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the analysed text; every rewrite replaces exactly text.slice(start, end). */
  start: number;
  end: number;
  severity: Severity;
  /** One line, plain words: why this costs the writer influence. */
  message: string;
  /** Zero to three replacements for text.slice(start, end). `[reason]`-style slots are marked with brackets. */
  rewrites: string[];
  /** The flagged text itself (text.slice(start, end)). */
  text: string;
  /**
   * Every rule that flagged this sentence, in order. Findings of one sentence share one span and one list of
   * rewrites (one rewrite per sentence fixes all of them), so a card shows them as one entry.
   */
  problems?: RuleId[];
}

/** Message-level cues (see coaching-model.md, "Message level"). */
export interface Cues {
  asks: boolean;
  explains: boolean;
  invites: boolean;
  acknowledges: boolean;
  supports: boolean;
  shares: boolean;
}

export interface Analysis {
  label: Label;
  /** Balance score 0 (pure process) … 100 (people-aware). */
  score: number;
  findings: Finding[];
  cues: Cues;
  /** 'other' when the text is not English: no findings then, and `notice` says why. */
  language: 'en' | 'other';
  notice?: string;
  /** True when the time budget ran out before the whole text was analysed. */
  partial: boolean;
  /** Characters analysed from the start of the text: text.length unless `partial`. */
  covered: number;
  /** Number of words analysed (quotes, signatures and code excluded). */
  words: number;
}

export interface AnalyseOptions {
  /** Rules the person turned off. */
  disabledRules?: readonly RuleId[];
  /** Drop findings below this severity (the "only warnings and alerts" setting). */
  minSeverity?: Severity;
  /** Extra ranges of the text to skip (e.g. a rich editor's quoted-reply block), as [start, end). */
  ignore?: ReadonlyArray<readonly [number, number]>;
  /** Stop after this many milliseconds and mark the result partial (default 2000). */
  timeBudgetMs?: number;
}
