import { describe, expect, it } from 'vitest';
import { THREAT_SHAPES, threatDemand } from './threats';

// Each shape reads its own example's demand (the first shape that matches wins, so each example must reach
// its shape).
describe('threatDemand', () => {
  it.each(THREAT_SHAPES.map((s) => [s.id, ...s.example] as const))('%s', (_id, threat, demand) => {
    expect(threatDemand(threat)).toBe(demand);
  });
  it('names no demand when the grammar gives none', () => {
    expect(threatDemand("i'm documenting this")).toBeUndefined();
  });
});
