import type { Cues, Finding, Label, Severity } from './types';
import { politeness } from './politeness/scorer';

/** Points each finding takes off: hints mark softened requests ("Could you…"), so they pull least. */
const PULL: Record<Severity, number> = { hint: 2, warning: 10, alert: 18 };

/** coaching-model.md, "Message level": asks, and explains or invites, with no dismissive finding. */
export function labelFor(cues: Cues, findings: readonly Finding[]): Label {
  // A dismissive finding is always something to coach, asked or not.
  if (findings.some((f) => f.rule === 'dismissive')) return 'process-only';
  if (!cues.asks) return 'no-ask';
  return cues.explains || cues.invites ? 'people-aware' : 'process-only';
}

/**
 * Balance 0 (pure process) … 100 (people-aware): the learned scorer's probability (politeness strategies and
 * positive cues, politeness/scorer.ts) as 0–100, then each finding pulls it down by severity.
 */
export function balanceScore(cues: Cues, findings: readonly Finding[], strategies = 0): number {
  let score = 100 * politeness(strategies, cues);
  for (const f of findings) score -= PULL[f.severity];
  return Math.max(0, Math.min(100, Math.round(score)));
}
