/**
 * The learned part of the balance score: a logistic regression over a message's politeness strategies
 * (features.ts) and Leadwell's own message cues, trained by scripts/train-scorer.mjs. It only ranks
 * messages; findings always come from the rules.
 */
import type { Cues } from '../types';
import { STRATEGIES, hasStrategy, type Strategy } from './features';
import weights from './weights.json';

/** Leadwell's message cues used as features (cues.ts): what the coaching model says builds influence. */
export const CUE_FEATURES = ['explains', 'invites', 'acknowledges', 'supports', 'shares'] as const;
/**
 * Strategies that read differently in a message's opening sentence: thanks or praise up front frames what
 * follows, a "why" that opens a message challenges before anything else is said, and "Please …" opening a
 * message is a request where opening a later sentence it is more often a correction ("So use X. Please see
 * the FAQ.").
 */
export const OPENING_STRATEGIES = [
  'why',
  'gratitude',
  'please-start',
  'deference',
] as const satisfies readonly Strategy[];
/** Fewer words than this is a curt message ("Source?", "Why not X?"): brevity reads as bluntness. */
export const SHORT_MESSAGE = 12;
/** Every feature of the model, in the order of weights.json. */
export const FEATURES: readonly string[] = [
  ...STRATEGIES,
  ...OPENING_STRATEGIES.map((s) => `first:${s}`),
  'short',
  ...CUE_FEATURES.map((c) => `cue:${c}`),
];

export interface ScorerWeights {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/**
 * The feature vector of one message, 0/1 per feature in FEATURES order: each strategy anywhere in the message
 * (the OR of the sentences' masks), the opening strategies of its first sentence, whether it is short, and
 * the message cues.
 */
export function messageVector(sentences: readonly number[], cues: Cues, words: number): number[] {
  let any = 0;
  for (const m of sentences) any |= m;
  const first = sentences[0] ?? 0;
  return [
    ...STRATEGIES.map((s) => (hasStrategy(any, s) ? 1 : 0)),
    ...OPENING_STRATEGIES.map((s) => (hasStrategy(first, s) ? 1 : 0)),
    words < SHORT_MESSAGE ? 1 : 0,
    ...CUE_FEATURES.map((c) => (cues[c] ? 1 : 0)),
  ];
}

/**
 * P(people-aware, polite) of a message under the given weights (standardised features). `sentences` holds
 * each sentence's strategy mask, in order; `words` counts the message's words.
 */
export function politeness(
  sentences: readonly number[],
  cues: Cues,
  words: number,
  w: ScorerWeights = weights,
): number {
  const x = messageVector(sentences, cues, words);
  let z = w.bias;
  for (let i = 0; i < x.length; i++) z += (w.weights[i]! * (x[i]! - w.mean[i]!)) / w.std[i]!;
  return 1 / (1 + Math.exp(-z));
}
