/**
 * One rewrite per flagged sentence (coaching-model.md, rewrite principle 9). Runs after the message-level
 * gates, when the findings that stand are known, so a sentence's rewrite can fix all of them at once and
 * reuse a reason from the sentence before or after.
 */
import type { Finding } from '../types';

export interface ComposeContext {
  /** The analysed text, with quotes and smart punctuation as the writer typed them. */
  text: string;
  /** Sentence spans in order, as the engine split them. */
  sentences: ReadonlyArray<{ start: number; end: number; frame: boolean }>;
}

/** Today: each finding keeps the rewrites its rule built. The rewrite layer replaces this. */
export function composeRewrites(findings: Finding[], _ctx: ComposeContext): Finding[] {
  return findings;
}
