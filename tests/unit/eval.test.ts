// The dev-set quality gate: the engine, in-process, against ../shared/eval/dev.jsonl and the bar.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analysis';
import { RULE_IDS } from '../../lib/analysis/types';
import {
  evaluate,
  parseCases,
  type EvalCase,
  type EvalReport,
  type EvalSummary,
} from '../../lib/eval/metrics';

// In CI the repo is cloned next to shared/, so resolve it from the project root, not from a fixed path.
const devSet = fileURLToPath(new URL('../../../shared/eval/dev.jsonl', import.meta.url));

const BAR: [keyof EvalSummary, number][] = [
  ['labelAccuracy', 0.92],
  ['macroF1', 0.9],
  ['quoteOverlap', 0.95],
  ['rewriteCoverage', 0.9],
  ['rewriteClears', 0.98],
  ['rewriteKeepsNumbers', 1],
];

describe('evaluate (metric maths)', () => {
  const cases: EvalCase[] = [
    {
      id: 'a',
      text: 'Send me the 3 files now.',
      label: 'process-only',
      rules: ['bare-command'],
      quotes: { 'bare-command': ['Send me'] },
    },
    { id: 'b', text: 'Thanks all.', label: 'no-ask', rules: [] },
  ];
  // A fake engine: flags "Send me the 3 files" unless it was rewritten, and calls everything process-only.
  const fake = (text: string) => {
    const at = text.indexOf('Send me the 3 files');
    const findings =
      at < 0
        ? []
        : [
            {
              rule: 'bare-command' as const,
              start: at,
              end: at + 19,
              rewrites: ['Please pass on the 3 files'],
            },
          ];
    return { label: 'process-only' as const, findings };
  };

  it('counts labels, rule F1, quotes and rewrites like score.mjs', () => {
    const { summary, rules, misses } = evaluate(cases, fake);
    expect(summary.labelAccuracy).toBe(0.5);
    // bare-command is a true positive; every other rule has no examples and no false alarms → F1 1.
    expect(rules.find((r) => r.rule === 'bare-command')).toMatchObject({ tp: 1, fp: 0, fn: 0, quoteHit: 1 });
    expect(summary.macroF1).toBe(1);
    expect(summary.quoteOverlap).toBe(1);
    expect(summary).toMatchObject({ rewriteCoverage: 1, rewriteClears: 1, rewriteKeepsNumbers: 1 });
    expect(misses).toEqual(['b label no-ask -> process-only']);
  });

  it('penalises false alarms, lost numbers and rewrites that do not clear their rule', () => {
    const stubborn = (text: string) => ({
      label: 'no-ask' as const,
      findings: [{ rule: 'shouting' as const, start: 0, end: text.length, rewrites: ['Thanks.'] }],
    });
    const { summary, rules } = evaluate(cases, stubborn);
    expect(rules.find((r) => r.rule === 'shouting')).toMatchObject({ fp: 2, f1: 0 });
    expect(rules.find((r) => r.rule === 'bare-command')).toMatchObject({ fn: 1, f1: 0, quoteHit: 0 });
    // Two of the rules score 0 (shouting's false alarms, bare-command's miss); every other rule scores 1.
    expect(summary.macroF1).toBe((RULE_IDS.length - 2) / RULE_IDS.length);
    expect(summary.rewriteKeepsNumbers).toBe(0.5);
    expect(summary.rewriteClears).toBe(0);
  });
});

describe.skipIf(!existsSync(devSet))('dev set meets the bar (needs ../shared beside the project)', () => {
  let report: EvalReport;
  beforeAll(() => {
    report = evaluate(parseCases(readFileSync(devSet, 'utf8')), (text) => analyse(text));
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `dev.jsonl (${report.summary.messages} messages): ` +
        BAR.map(([k, min]) => `${k} ${pct(report.summary[k])} (bar ${pct(min)})`).join(' | ') +
        '\n' +
        report.rules
          .map((r) => `  ${r.rule.padEnd(24)} f1 ${pct(r.f1)}  tp ${r.tp} fp ${r.fp} fn ${r.fn}`)
          .join('\n') +
        (report.misses.length ? `\nfirst misses:\n  ${report.misses.slice(0, 25).join('\n  ')}` : ''),
    );
  });

  it.each(BAR)('%s >= %s', (metric, min) => {
    expect(report.summary[metric]).toBeGreaterThanOrEqual(min);
  });
});

if (!existsSync(devSet)) console.warn(`eval.test.ts: dev-set gate skipped: ${devSet} not found`);

// The team's own check sets (tests/eval/), written blind to the rules from the coaching model and
// real-world examples. Already used once to find weak spots, so they guard against regressions.
describe.each([
  'check.jsonl',
  'check2.jsonl',
  'check3.jsonl',
  'check4.jsonl',
  'holdout-like.jsonl',
  'holdout-like2.jsonl',
  'holdout-like3.jsonl',
  'holdout-like4.jsonl',
  'holdout-like5.jsonl',
])('check set %s meets the bar', (name) => {
  // Issue 12's bar for every seen set: labels and macro F1 at 98% or better.
  const bar = BAR.map(([k, v]): [keyof EvalSummary, number] =>
    k === 'labelAccuracy' || k === 'macroF1' ? [k, 0.98] : [k, v],
  );
  const report = evaluate(
    parseCases(readFileSync(fileURLToPath(new URL(`../eval/${name}`, import.meta.url)), 'utf8')),
    (text) => analyse(text),
  );
  it.each(bar)('%s >= %s', (metric, min) => {
    expect(report.summary[metric], report.misses.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(min);
  });
});

// Written blind to the code this session for the new rules (first pass before any fix: labels 65.3% and
// 88.0%); fixed by grammar since, and now held where they stand so they cannot slip back.
describe.each([
  ['blind-new-rules.jsonl', 0.97],
  ['blind-realistic.jsonl', 0.96],
] as const)('blind set %s holds its level', (name, level) => {
  const report = evaluate(
    parseCases(readFileSync(fileURLToPath(new URL(`../eval/${name}`, import.meta.url)), 'utf8')),
    (text) => analyse(text),
  );
  it.each([
    ['labelAccuracy', level],
    ['macroF1', level],
  ] as const)('%s >= %s', (metric, min) => {
    expect(report.summary[metric], report.misses.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(min);
  });
});
