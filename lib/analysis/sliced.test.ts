import { describe, expect, it } from 'vitest';
import { analyse, createSlicedAnalyser, stableCuts } from './analyse';

const DRAFT = Array.from(
  { length: 60 },
  (_, i) => `Send me report ${i} by Friday. Thanks for the help.`,
).join(' ');

function finish(pass: { step(ms: number): ReturnType<typeof analyse> | null }, budgetMs: number) {
  let steps = 0;
  for (;;) {
    steps++;
    const result = pass.step(budgetMs);
    if (result) return { result, steps };
  }
}

describe('createSlicedAnalyser', () => {
  it('gives the same analysis as analyse(), in many short slices', () => {
    const { result, steps } = finish(createSlicedAnalyser().start(DRAFT), 0);
    expect(steps).toBeGreaterThan(10);
    const whole = analyse(DRAFT);
    expect(result.findings.map((f) => [f.rule, f.start, f.end])).toEqual(
      whole.findings.map((f) => [f.rule, f.start, f.end]),
    );
    expect(result.findings.length).toBeGreaterThan(30);
    expect(result.label).toBe(whole.label);
    expect(result.partial).toBe(false);
  });

  it('a pass that a newer edit replaced leaves the next one right', () => {
    const sliced = createSlicedAnalyser();
    const first = sliced.start(DRAFT);
    for (let i = 0; i < 60; i++) first.step(0); // part of the way, then the person types on
    const edited = `${DRAFT} Fix the build tonight.`;
    const { result } = finish(sliced.start(edited), 5);
    expect(result.findings.map((f) => [f.rule, f.start])).toEqual(
      analyse(edited).findings.map((f) => [f.rule, f.start]),
    );
    expect(result.findings.at(-1)?.text).toBe('Fix the build tonight.');
  });

  it('analyses a very long draft up to a sentence end before the limit, and says it is partial', () => {
    const pass = createSlicedAnalyser({}, 1000).start(DRAFT);
    expect(pass.covered).toBeLessThanOrEqual(1000);
    expect(pass.covered).toBeGreaterThan(500);
    expect(DRAFT.slice(0, pass.covered).trimEnd()).toMatch(/\.$/);
    const { result } = finish(pass, 50);
    expect(result.partial).toBe(true);
    expect(result.findings.every((f) => f.end <= pass.covered)).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('analyses a draft over 16 KB in parts: every finding where its text is, the same orders flagged', () => {
    const long = Array.from({ length: 600 }, (_, i) => `Send me report ${i} by Friday.`).join('\n');
    expect(long.length).toBeGreaterThan(16_000);
    const { result } = finish(createSlicedAnalyser().start(long), 20);
    const whole = analyse(long, { timeBudgetMs: 60_000 });
    expect(result.findings.length).toBe(whole.findings.length);
    expect(result.findings.length).toBeGreaterThan(500);
    for (const f of result.findings) expect(long.slice(f.start, f.end)).toBe(f.text);
    expect(result.words).toBe(whole.words);
    expect(result.label).toBe(whole.label);
  });
});

describe('createSlicedAnalyser on a long draft typed into', () => {
  const long = Array.from({ length: 600 }, (_, i) => `Send me report ${i} by Friday.`).join('\n');
  const run = (sliced: ReturnType<typeof createSlicedAnalyser>, text: string) =>
    finish(sliced.start(text), 20).result;

  it('gives what a fresh analyser gives after an edit in one part, and reuses the parts not edited', () => {
    const sliced = createSlicedAnalyser();
    run(sliced, long);
    const edited = long.replace('Send me report 450 by Friday.', 'Send me report 450 by Friday, you idiot.');
    const t0 = performance.now();
    const again = run(sliced, edited);
    const reused = performance.now() - t0;
    const fresh = run(createSlicedAnalyser(), edited);
    expect(again.findings.map((f) => [f.rule, f.start, f.end, f.text])).toEqual(
      fresh.findings.map((f) => [f.rule, f.start, f.end, f.text]),
    );
    expect(again.findings.some((f) => f.rule === 'put-down' && f.text.includes('idiot'))).toBe(true);
    expect(again.label).toBe(fresh.label);
    expect(again.score).toBe(fresh.score);
    // Only the edited part is analysed again: far cheaper than the whole draft (printed for the record).
    const t1 = performance.now();
    run(createSlicedAnalyser(), edited);
    console.log(
      `long draft re-analysis after one edit: ${reused.toFixed(1)} ms; fresh: ${(performance.now() - t1).toFixed(1)} ms`,
    );
  });

  it('never shares finding objects between passes', () => {
    const sliced = createSlicedAnalyser();
    const a = run(sliced, long);
    const b = run(sliced, `${long}\nThanks.`);
    expect(b.findings[0]).not.toBe(a.findings[0]);
    expect(b.findings[0]).toEqual(a.findings[0]);
  });
});

describe('stableCuts', () => {
  const text = Array.from({ length: 600 }, (_, i) => `Send me report ${i} by Friday.`).join('\n');
  const first = stableCuts(text, '', [0, 0], 4000);
  const atLineEnd = (t: string, cuts: number[]) =>
    cuts.slice(1, -1).every((c) => /[\n.!?]\s*$/.test(t.slice(0, c)));

  it('keeps the cuts before an edit, moves those after it, and re-cuts only the edited stretch', () => {
    const at = text.indexOf('report 300');
    const edited = `${text.slice(0, at)}report 300 and the slides${text.slice(at + 10)}`;
    const cuts = stableCuts(edited, text, first, 4000);
    const delta = edited.length - text.length;
    expect(cuts.filter((c) => c < at)).toEqual(first.filter((c) => c < at));
    expect(cuts.filter((c) => c > at + 30)).toEqual(first.filter((c) => c > at).map((c) => c + delta));
    expect(atLineEnd(edited, cuts)).toBe(true);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(edited.length);
  });

  it('re-cuts a stretch that grew long, so no part is more than twice the size', () => {
    const at = text.indexOf('report 300');
    const edited = `${text.slice(0, at)}${'Send the deck. '.repeat(2000)}${text.slice(at)}`;
    const cuts = stableCuts(edited, text, first, 4000);
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]! - cuts[i - 1]!).toBeLessThanOrEqual(8000);
    expect(atLineEnd(edited, cuts)).toBe(true);
  });
});
