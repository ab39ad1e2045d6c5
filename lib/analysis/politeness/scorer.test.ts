import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { balanceScore } from '../score';
import type { Cues, Finding } from '../types';
import { maskText } from '../text/mask';
import { splitSentences } from '../text/sentences';
import { sentenceStrategies } from './features';
import { FEATURES, OPENING_STRATEGIES, SHORT_MESSAGE, messageVector, politeness } from './scorer';
import weights from './weights.json';

const NO_CUES: Cues = {
  asks: true,
  explains: false,
  invites: false,
  acknowledges: false,
  supports: false,
  shares: false,
};
/** Each sentence's strategy mask, in order, as analyse() hands them to the scorer. */
const masks = (text: string) => splitSentences(maskText(text)).map((s) => sentenceStrategies(s.text));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const vector = (text: string, cues: Cues = NO_CUES) => messageVector(masks(text), cues, words(text));
const feature = (text: string, name: string) => vector(text)[FEATURES.indexOf(name)];
const p = (text: string) => politeness(masks(text), NO_CUES, words(text));

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
    // Ours: a yes/no question and a conditional leave the reader room; a why that opens the message, a
    // bare fragment question and a curt message do not.
    for (const f of ['polar-question', 'conditional', 'first:gratitude']) expect(w(f)).toBeGreaterThan(0);
    for (const f of ['first:why', 'short-question', 'short']) expect(w(f)).toBeLessThan(0);
  });
});

describe('politeness', () => {
  it('builds one 0/1 entry per feature', () => {
    const x = vector('Thanks, could you send it?', { ...NO_CUES, explains: true });
    expect(x).toHaveLength(FEATURES.length);
    expect(x.every((v) => v === 0 || v === 1)).toBe(true);
    expect(x[FEATURES.indexOf('gratitude')]).toBe(1);
    expect(x[FEATURES.indexOf('cue:explains')]).toBe(1);
    expect(x[FEATURES.indexOf('why')]).toBe(0);
  });

  it('ORs the strategies of every sentence', () => {
    expect(feature('The build failed. Why did you merge it?', 'why')).toBe(1);
    expect(feature('The build failed. Thanks for looking.', 'gratitude')).toBe(1);
  });

  // Opening strategies count only in the first sentence; the same strategy later sets only the plain feature.
  const OPENING: Array<[string, string, 0 | 1]> = [
    ['first:why', 'Why did you merge it? The build failed.', 1],
    ['first:why', 'The build failed. Why did you merge it?', 0],
    ['first:gratitude', 'Thanks for the draft. Could you add the totals?', 1],
    ['first:gratitude', 'Could you add the totals? Thanks.', 0],
    ['first:please-start', 'Please add the totals. The board meets on Friday.', 1],
    ['first:please-start', 'The board meets on Friday. Please add the totals.', 0],
    ['first:deference', 'Great work on the draft. Could you add the totals?', 1],
    ['first:deference', 'Could you add the totals? Great work on the draft.', 0],
  ];
  it.each(OPENING)('%s is %j → %i', (name, text, want) => {
    expect(OPENING_STRATEGIES.map((s) => `first:${s}`)).toContain(name);
    expect(feature(text, name)).toBe(want);
  });

  const SHORT: Array<[string, 0 | 1]> = [
    ['Source?', 1],
    ['Why not use a merge sort?', 1],
    ['Thanks for the draft. Could you add the totals before the board meets on Friday?', 0],
  ];
  it.each(SHORT)(`short (under ${SHORT_MESSAGE} words): %j → %i`, (text, want) => {
    expect(feature(text, 'short')).toBe(want);
  });

  it('ranks a thankful indirect request above a blunt why-question', () => {
    const polite = p('Thanks! Could you have a look when you get a chance?');
    const rude = p("Why didn't you actually read the docs?");
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
    const m = masks('Thanks so much, could you send it?');
    const clean = balanceScore(NO_CUES, [], m, 7);
    const hint = balanceScore(NO_CUES, [finding('hint')], m, 7);
    const warning = balanceScore(NO_CUES, [finding('warning')], m, 7);
    const alert = balanceScore(NO_CUES, [finding('alert')], m, 7);
    expect(clean).toBeGreaterThan(hint);
    expect(hint).toBeGreaterThan(warning);
    expect(warning).toBeGreaterThan(alert);
    expect(balanceScore(NO_CUES, Array(20).fill(finding('alert')), m, 7)).toBe(0);
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
