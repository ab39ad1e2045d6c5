// Huge drafts: the engine analyses what fits its time budget from the start and says how much it covered.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analysis';

/** A chat export: every line has an @mention and a link, which the masking step used to handle in O(n²). */
const chatExport = (lines: number) =>
  Array.from(
    { length: lines },
    (_, i) => `@sam${i} please send me report ${i} from https://example.com/r/${i} by Friday.\n`,
  ).join('');

describe('big drafts', { timeout: 60_000 }, () => {
  it('covers a short draft whole', () => {
    const text = 'Send me the report by Friday.\n\nThanks,\nAlex';
    const a = analyse(text);
    expect(a).toMatchObject({ partial: false, covered: text.length });
    expect(a.words).toBeGreaterThan(0);
  });

  it('analyses the start of a 2 MB chat export within its budget and says how far it got', () => {
    const text = chatExport(25_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const t0 = performance.now();
    const a = analyse(text, { timeBudgetMs: 500 });
    const ms = performance.now() - t0;
    // Before: masking alone took minutes, and the result had 0 words and 0 findings.
    expect(ms).toBeLessThan(5_000);
    expect(a.partial).toBe(true);
    expect(a.words).toBeGreaterThan(100);
    expect(a.findings.length).toBeGreaterThan(10);
    expect(a.covered).toBeGreaterThan(0);
    expect(a.covered).toBeLessThan(text.length);
    // Up to the end of the last sentence analysed (or of the budget-sized head, at a line end).
    expect(text.slice(0, a.covered)).toMatch(/by Friday\.\n?$/);
    for (const f of a.findings) expect(f.end).toBeLessThanOrEqual(a.covered);
    // The first finding is on the first line: analysis starts at the start.
    expect(a.findings[0]!.start).toBeLessThan(text.indexOf('\n'));
  });

  it('analyses at least one sentence even when the budget is already spent', () => {
    const text = 'Send me the report by Friday. '.repeat(1000);
    const a = analyse(text, { timeBudgetMs: 0 });
    expect(a.words).toBeGreaterThan(0);
    expect(a.partial).toBe(true);
    expect(a.covered).toBeGreaterThan(0);
  });

  it('counts the words of a text with no sentence breaks at all', () => {
    const a = analyse('word '.repeat(400_000), { timeBudgetMs: 500 });
    expect(a.words).toBeGreaterThan(1000);
    expect(a.partial).toBe(true);
  });
});
