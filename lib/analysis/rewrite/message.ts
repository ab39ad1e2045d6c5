import type { Analysis, Finding } from '../types';

/**
 * The whole draft with every flagged sentence rewritten once (its first rewrite), slots left as `[slot]`:
 * what the popup shows and `analyze --rewrite` prints. Findings of one sentence share one span and one
 * rewrite, so each sentence is replaced once; where spans overlap, the one covering more text wins.
 * Null when no finding has a rewrite.
 */
export function rewriteMessage(text: string, analysis: Pick<Analysis, 'findings'>): string | null {
  const chosen: Finding[] = [];
  const byLength = analysis.findings.filter((f) => f.rewrites[0] !== undefined);
  if (!byLength.length) return null;
  byLength.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const f of byLength) {
    if (!chosen.some((c) => c.start < f.end && f.start < c.end)) chosen.push(f);
  }
  // Back to front, so earlier offsets still hold.
  chosen.sort((a, b) => b.start - a.start);
  return chosen.reduce((out, f) => out.slice(0, f.start) + f.rewrites[0] + out.slice(f.end), text);
}
