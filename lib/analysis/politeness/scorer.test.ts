import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { balanceScore } from '../score';
import type { Cues, Finding } from '../types';
import { sentenceStrategies } from './features';
import { FEATURES, messageVector, politeness } from './scorer';
import weights from './weights.json';

const NO_CUES: Cues = {
  asks: true,
  explains: false,
  invites: false,
  acknowledges: false,
  supports: false,
  shares: false,
};
const mask = (text: string) => sentenceStrategies(text);

describe('weights.json', () => {
  it('lists exactly the scorer features, in order, with one mean, std and weight each', () => {
    expect(weights.features).toEqual(FEATURES);
    for (const key of ['mean', 'std', 'weights'] as const) expect(weights[key]).toHaveLength(FEATURES.length);
    expect(weights.std.every((s) => s > 0)).toBe(true);
    expect(Number.isFinite(weights.bias)).toBe(true);
  });

  it('gives the strategies the paper found polite or rude the sign it found', () => {
    const w = (f: string) => weights.weights[FEATURES.indexOf(f)]!;
    for (const f of ['gratitude', 'deference', 'could-you', 'cue:explains', 'cue:invites'])
      expect(w(f)).toBeGreaterThan(0);
    for (const f of ['why', 'direct-question', 'second-person-start', 'factuality'])
      expect(w(f)).toBeLessThan(0);
  });
});

describe('politeness', () => {
  it('builds one 0/1 entry per feature', () => {
    const x = messageVector(mask('Thanks, could you send it?'), { ...NO_CUES, explains: true });
    expect(x).toHaveLength(FEATURES.length);
    expect(x[FEATURES.indexOf('gratitude')]).toBe(1);
    expect(x[FEATURES.indexOf('cue:explains')]).toBe(1);
    expect(x[FEATURES.indexOf('why')]).toBe(0);
  });

  it('ranks a thankful indirect request above a blunt why-question', () => {
    const polite = politeness(mask('Thanks! Could you have a look when you get a chance?'), NO_CUES);
    const rude = politeness(mask("Why didn't you actually read the docs?"), NO_CUES);
    expect(polite).toBeGreaterThan(rude);
    expect(polite).toBeGreaterThan(0.5);
    expect(rude).toBeLessThan(0.5);
  });
});

describe('balanceScore', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    rule: 'obligation',
    start: 0,
    end: 1,
    severity,
    message: '',
    rewrites: [],
    text: 'x',
  });

  it('stays within 0–100 and findings pull it down by severity', () => {
    const m = mask('Thanks so much, could you send it?');
    const clean = balanceScore(NO_CUES, [], m);
    const hint = balanceScore(NO_CUES, [finding('hint')], m);
    const warning = balanceScore(NO_CUES, [finding('warning')], m);
    const alert = balanceScore(NO_CUES, [finding('alert')], m);
    expect(clean).toBeGreaterThan(hint);
    expect(hint).toBeGreaterThan(warning);
    expect(warning).toBeGreaterThan(alert);
    expect(balanceScore(NO_CUES, Array(20).fill(finding('alert')), m)).toBe(0);
    expect(clean).toBeLessThanOrEqual(100);
  });

  it('orders a clearly polite request above a clearly rude one, end to end', () => {
    const polite = analyse(
      'Hi Sam, thanks for all your work on the launch. Could you send me the figures by Friday, so the board ' +
        'pack goes out on time? Does that work for you?',
    );
    const rude = analyse("Why isn't the report done? You should actually read my emails. Send it now.");
    expect(polite.score).toBeGreaterThan(rude.score + 30);
  });
});
