import { describe, expect, it } from 'vitest';
import { analyse, createSlicedAnalyser } from './analyse';

const DRAFT = Array.from({ length: 60 }, (_, i) => `Send me report ${i} by Friday. Thanks for the help.`).join(' ');

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

  it('keeps the work of a pass that a newer edit replaced', () => {
    const sliced = createSlicedAnalyser();
    const first = sliced.start(DRAFT);
    for (let i = 0; i < 120; i++) first.step(0); // nearly done, then the person types on
    const { steps } = finish(sliced.start(`${DRAFT} Ok.`), 5);
    const { steps: cold } = finish(createSlicedAnalyser().start(`${DRAFT} Ok.`), 5);
    expect(steps).toBeLessThan(cold);
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
});
