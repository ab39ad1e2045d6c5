/**
 * The learned part of the balance score: a logistic regression over a message's politeness strategies
 * (features.ts) and Leadwell's own message cues, trained by scripts/train-scorer.mjs. It only ranks
 * messages; findings always come from the rules.
 */
import type { Cues } from '../types';
import { STRATEGIES, hasStrategy } from './features';
import weights from './weights.json';

/** Leadwell's message cues used as features (cues.ts): what the coaching model says builds influence. */
export const CUE_FEATURES = ['explains', 'invites', 'acknowledges', 'supports', 'shares'] as const;
/** Every feature of the model, in the order of weights.json. */
export const FEATURES: readonly string[] = [...STRATEGIES, ...CUE_FEATURES.map((c) => `cue:${c}`)];

export interface ScorerWeights {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** The feature vector of one message: 0/1 per feature, in FEATURES order. */
export function messageVector(strategies: number, cues: Cues): number[] {
  return [
    ...STRATEGIES.map((s) => (hasStrategy(strategies, s) ? 1 : 0)),
    ...CUE_FEATURES.map((c) => (cues[c] ? 1 : 0)),
  ];
}

/** P(people-aware, polite) of a message under the given weights (standardised features). */
export function politeness(strategies: number, cues: Cues, w: ScorerWeights = weights): number {
  const x = messageVector(strategies, cues);
  let z = w.bias;
  for (let i = 0; i < x.length; i++) z += (w.weights[i]! * (x[i]! - w.mean[i]!)) / w.std[i]!;
  return 1 / (1 + Math.exp(-z));
}
