/**
 * The settings' shape, defaults and validation: pure, so the tiny content script can use it without
 * pulling in the storage layer (lib/settings.ts).
 */
import { RULE_IDS, SEVERITIES, type RuleId, type Severity } from './analysis/types';
import { normalizeHost } from './sites/host';

export interface Settings {
  /** Rules the person switched off. */
  disabledRules: RuleId[];
  /** 'hint' shows everything; 'warning' hides hints. */
  minSeverity: Severity;
  /** Hostnames the person enabled beyond the defaults (each backed by an optional host permission). */
  addedSites: string[];
  /** Default hostnames the person switched off. */
  disabledSites: string[];
  /** Epoch ms until which Leadwell is paused everywhere; Infinity-like sentinel -1 = until turned back on; 0 = not paused. */
  pausedUntil: number;
  /** Weeks of summary records kept. */
  retentionWeeks: number;
  /** Opt-in: keep the flagged sentence and chosen rewrite for the weekly summary. */
  keepExamples: boolean;
  /** Opt-in: weekly notification that the summary is ready. */
  weeklyReminder: boolean;
  /** Opt-in: count messages written in incognito/private windows in the weekly summary. */
  recordIncognito: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledRules: [],
  minSeverity: 'hint',
  addedSites: [],
  disabledSites: [],
  pausedUntil: 0,
  retentionWeeks: 12,
  keepExamples: false,
  weeklyReminder: false,
  recordIncognito: false,
};

const RETENTION_WEEKS = { min: 1, max: 104 };

function stringList(value: unknown, keep: (s: string) => string | null): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const v of value) {
    const kept = typeof v === 'string' ? keep(v) : null;
    if (kept) out.add(kept);
  }
  return [...out].sort();
}

/**
 * Any stored value (old, partial or hand-edited) → a complete, valid Settings: unknown fields dropped,
 * missing or invalid ones set to their defaults, hostnames normalised, lists de-duplicated.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const rules = new Set<string>(RULE_IDS);
  const weeks = typeof r.retentionWeeks === 'number' ? Math.round(r.retentionWeeks) : NaN;
  const paused = r.pausedUntil;
  return {
    disabledRules: stringList(r.disabledRules, (s) => (rules.has(s) ? s : null)) as RuleId[],
    minSeverity: (SEVERITIES as readonly unknown[]).includes(r.minSeverity)
      ? (r.minSeverity as Severity)
      : d.minSeverity,
    addedSites: stringList(r.addedSites, normalizeHost),
    disabledSites: stringList(r.disabledSites, normalizeHost),
    pausedUntil: typeof paused === 'number' && (paused === -1 || paused >= 0) ? paused : d.pausedUntil,
    retentionWeeks: weeks >= RETENTION_WEEKS.min && weeks <= RETENTION_WEEKS.max ? weeks : d.retentionWeeks,
    keepExamples: typeof r.keepExamples === 'boolean' ? r.keepExamples : d.keepExamples,
    weeklyReminder: typeof r.weeklyReminder === 'boolean' ? r.weeklyReminder : d.weeklyReminder,
    recordIncognito: typeof r.recordIncognito === 'boolean' ? r.recordIncognito : d.recordIncognito,
  };
}
