import type { Severity } from '../analysis/types';

/** What the overlay needs to show one finding: no engine types beyond the data itself. */
export interface ViewFinding {
  /** Stable while the finding exists: rule + offset. */
  id: string;
  rule: string;
  severity: Severity;
  /** The flagged text exactly. */
  text: string;
  title: string;
  message: string;
  rewrites: string[];
  /** Titles of every problem in this sentence, when it has more than one (they share one rewrite). */
  problems?: string[];
}

export interface ViewActions {
  /** `fill`: what the person typed for the rewrite's `[slot]`s in the card (empty leaves them to fill later). */
  apply(id: string, rewriteIndex: number, fill?: string): void;
  dismiss(id: string): void;
  disableRule(rule: string): void;
  /** Gives focus back to the editor (after Escape from a card opened by keyboard). */
  focusEditor(): void;
}
