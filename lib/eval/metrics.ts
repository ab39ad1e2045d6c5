/**
 * The dev-set metrics of ../shared/eval/score.mjs, as a pure function over an analyse function, so a
 * unit test can hold the engine to the bar in-process. Keep the maths in step with score.mjs.
 */
import { RULE_IDS, type Analysis, type Finding } from '../analysis/types';

/** One labelled message (see coaching-model.md, "Evaluation sets"). */
export interface EvalCase {
  id: string;
  text: string;
  label: string;
  rules: string[];
  /** Per rule, spans a finding of that rule must overlap; the first one counts. */
  quotes?: Record<string, string[] | string>;
}

type Result = Pick<Analysis, 'label'> & { findings: Pick<Finding, 'rule' | 'start' | 'end' | 'rewrites'>[] };

export interface RuleRow {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  quoteHit: number;
  quoteAll: number;
}

export interface EvalSummary {
  messages: number;
  labelAccuracy: number;
  macroF1: number;
  quoteOverlap: number;
  rewriteCoverage: number;
  rewriteClears: number;
  rewriteKeepsNumbers: number;
}

export interface EvalReport {
  summary: EvalSummary;
  rules: RuleRow[];
  /** One line per disagreement, e.g. "d012 urgency missed", "d040 label people-aware -> process-only". */
  misses: string[];
}

/** A slot the writer fills ("[reason]"), and the plain reason the checks fill it with, as score.mjs does. */
const SLOT = /\[[^\]\n]{1,60}\]/g;
const FILL = 'the client review moved to Monday';

const overlaps = (f: { start: number; end: number }, s: number, e: number) => f.start < e && f.end > s;

export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

export function evaluate(cases: readonly EvalCase[], run: (text: string) => Result): EvalReport {
  const stat = new Map(RULE_IDS.map((r) => [r as string, { tp: 0, fp: 0, fn: 0, quoteHit: 0, quoteAll: 0 }]));
  const misses: string[] = [];
  let labelOk = 0;
  let findingsTotal = 0;
  let withRewrite = 0;
  let keptNumbers = 0;
  let cleared = 0;

  for (const c of cases) {
    const r = run(c.text);
    if (r.label === c.label) labelOk++;
    else misses.push(`${c.id} label ${c.label} -> ${r.label}`);
    const fired = new Set<string>(r.findings.map((f) => f.rule));
    for (const [rule, s] of stat) {
      const want = c.rules.includes(rule);
      const got = fired.has(rule);
      if (want && got) s.tp++;
      else if (got) s.fp++;
      else if (want) s.fn++;
      if (want !== got) misses.push(`${c.id} ${rule} ${want ? 'missed' : 'false alarm'}`);
      const q = c.quotes?.[rule];
      const quote = Array.isArray(q) ? q[0] : q;
      if (want && quote) {
        const qs = c.text.indexOf(quote);
        s.quoteAll++;
        if (r.findings.some((f) => f.rule === rule && overlaps(f, qs, qs + quote.length))) s.quoteHit++;
      }
    }

    // Apply each finding's first rewrite alone, re-analyse, and check its rule is gone from that spot.
    for (const f of r.findings) {
      findingsTotal++;
      const rw = f.rewrites[0];
      if (typeof rw !== 'string' || !rw.trim()) continue;
      withRewrite++;
      const nums = c.text.slice(f.start, f.end).match(/\d+(?:[.:]\d+)?/g) ?? [];
      if (nums.every((n) => rw.includes(n))) keptNumbers++;
      // As score.mjs does: the writer fills each slot before sending, so check the filled rewrite.
      const filled = rw.replace(SLOT, FILL);
      const again = run(c.text.slice(0, f.start) + filled + c.text.slice(f.end));
      const end = f.start + filled.length;
      if (!again.findings.some((g) => g.rule === f.rule && overlaps(g, f.start, end))) cleared++;
      else misses.push(`${c.id} rewrite of ${f.rule} does not clear it: "${filled}"`);
    }
  }

  const rules = [...stat].map(([rule, s]) => ({
    rule,
    ...s,
    precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1,
    recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1,
    f1: s.tp === 0 ? (s.fp + s.fn === 0 ? 1 : 0) : (2 * s.tp) / (2 * s.tp + s.fp + s.fn),
  }));
  const sum = (k: 'quoteHit' | 'quoteAll') => rules.reduce((a, r) => a + r[k], 0);
  return {
    summary: {
      messages: cases.length,
      labelAccuracy: cases.length ? labelOk / cases.length : 0,
      macroF1: rules.reduce((a, r) => a + r.f1, 0) / rules.length,
      quoteOverlap: sum('quoteHit') / Math.max(1, sum('quoteAll')),
      rewriteCoverage: findingsTotal ? withRewrite / findingsTotal : 0,
      rewriteClears: withRewrite ? cleared / withRewrite : 0,
      rewriteKeepsNumbers: withRewrite ? keptNumbers / withRewrite : 0,
    },
    rules,
    misses,
  };
}
