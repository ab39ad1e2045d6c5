import type { Cues, Finding, Label, RuleId, Severity } from './types';
import { politeness } from './politeness/scorer';

const OVERRIDES_LABEL = new Set<RuleId>(['dismissive', 'threat', 'put-down']);
/** Points each finding takes off: hints mark softened requests ("Could you…"), so they pull least. */
const PULL: Record<Severity, number> = { hint: 2, warning: 10, alert: 18 };

/** coaching-model.md, "Message level": asks, and explains or invites, with no dismissive finding. */
export function labelFor(cues: Cues, findings: readonly Finding[]): Label {
  // Dismissing, threatening or belittling the reader is always something to coach, asked or not.
  if (findings.some((f) => OVERRIDES_LABEL.has(f.rule))) return 'process-only';
  if (!cues.asks) return 'no-ask';
  return cues.explains || cues.invites ? 'people-aware' : 'process-only';
}

/**
 * Balance 0 (pure process) … 100 (people-aware): the learned scorer's probability (politeness strategies and
 * positive cues, politeness/scorer.ts) as 0–100, then each finding pulls it down by severity. `sentences`
 * holds each sentence's strategy mask in order (politeness/features.ts); `words` counts the message's words.
 */
export function balanceScore(
  cues: Cues,
  findings: readonly Finding[],
  sentences: readonly number[] = [],
  words = 0,
): number {
  let score = 100 * politeness(sentences, cues, words);
  for (const f of findings) score -= PULL[f.severity];
  return Math.max(0, Math.min(100, Math.round(score)));
}
