// The rewrite lint of issue 16 (item 8) over every finding of every eval set: no stacked modals, no "try not
// to", no "?," or ".,", no doubled words, a capital after every sentence end, no invitation after firm words,
// every number, name, URL and acronym kept; and the whole message rewritten, with its slots filled, has no
// warning or alert left. Prints the counts per set; fails on any defect.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analysis';
import { inviteAfterFirm, lintRewrite } from '../../lib/analysis/rewrite/lint';
import { rewriteMessage } from '../../lib/analysis/rewrite/message';
import { fillSlots } from '../../lib/analysis/rewrite/slots';

const shared = (f: string) => fileURLToPath(new URL(`../../../shared/eval/${f}`, import.meta.url));
const local = fileURLToPath(new URL('../eval/', import.meta.url));
const SETS = [
  shared('dev.jsonl'),
  ...readdirSync(local)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => local + f),
  shared('realworld-dev.jsonl'),
  shared('politeness-stack-exchange.jsonl'),
].filter((f) => existsSync(f));

/** The plain reason the checks fill every slot with (as ../shared/eval/score.mjs does). */
const FILL = 'the client review moved to Monday';

/** Defects still left per set: none now, so any change that adds one fails. */
const CEILING: Record<string, number> = {};

interface Tally {
  messages: number;
  findings: number;
  rewritten: number;
  defects: Record<string, number>;
  examples: string[];
}

/** Async, yielding every 200 messages: vitest's messages from a worker time out behind a minute of sync work. */
async function lintSet(path: string): Promise<Tally> {
  const t: Tally = { messages: 0, findings: 0, rewritten: 0, defects: {}, examples: [] };
  const count = (d: string, example: string) => {
    t.defects[d] = (t.defects[d] ?? 0) + 1;
    if (t.examples.length < 40) t.examples.push(`${d}: ${example}`);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    t.messages++;
    if (t.messages % 200 === 0) await new Promise((r) => setImmediate(r));
    const a = analyse(text);
    for (const f of a.findings) {
      t.findings++;
      const rw = f.rewrites[0];
      if (rw === undefined) continue;
      t.rewritten++;
      for (const d of lintRewrite(f.text, rw, f.problems ?? [f.rule])) count(d, `${f.text}  →  ${rw}`);
    }
    const whole = rewriteMessage(text, a);
    if (whole === null) continue;
    if (inviteAfterFirm(whole) && !inviteAfterFirm(text)) count('invite-after-firm', whole);
    const again = analyse(fillSlots(whole, FILL)).findings.filter((f) => f.severity !== 'hint');
    for (const f of again) count(`left ${f.rule}`, `${text}  →  ${fillSlots(whole, FILL)}`);
  }
  return t;
}

describe('rewrite lint over every eval set', () => {
  it.each(SETS.map((p) => [p.split('/').pop()!, p]))(
    '%s',
    async (name, path) => {
      const t = await lintSet(path);
      const total = Object.values(t.defects).reduce((a, b) => a + b, 0);
      console.log(
        `${name}: ${t.messages} messages, ${t.findings} findings, ${t.rewritten} with a rewrite, ${total} defects` +
          (total ? ` ${JSON.stringify(t.defects)}\n  ${t.examples.slice(0, 12).join('\n  ')}` : ''),
      );
      expect(t.messages).toBeGreaterThan(0);
      // Issue 16 asks for zero, and every set is there.
      expect(total, JSON.stringify(t.defects)).toBeLessThanOrEqual(CEILING[name] ?? 0);
    },
    600_000,
  );
});
