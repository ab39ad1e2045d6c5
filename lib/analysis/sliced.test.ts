import { describe, expect, it } from 'vitest';
import { analyse, createSlicedAnalyser } from './analyse';

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
