#!/usr/bin/env node
// Issue 14 probe: what compiling each phrase table costs in Chromium (first use on a sentence, the interpreter's
// way, against warm(): one use on a 1,200-character text, straight to machine code). Prints figures.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const root = process.env.ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const out = await build({
  stdin: {
    contents: `import { PHRASE_DATA } from './lib/analysis/patterns/index'; import { phraseTable, warmPhraseTables } from './lib/analysis/patterns/phrases';
      globalThis.__steps = () => { const out = []; for (let done = false; !done; ) { const t = performance.now(); done = warmPhraseTables(0); out.push(performance.now() - t); } return out; };
      globalThis.__t = (how) => Object.entries(PHRASE_DATA).map(([name, entries]) => {
        const t = phraseTable(entries); const t0 = performance.now();
        if (how === 'warm') t.warm(); else { t.test('Send me the report by Friday.'); t.test('Could you move it?'); }
        const t1 = performance.now(); t.test('Send it now, you idiot.'); return [name, t1 - t0, performance.now() - t1];
      });`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  logLevel: 'error',
});
const code = out.outputFiles[0].text;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { sentence: [], warm: [] };
for (let i = 0; i < ROUNDS; i++) {
  for (const how of ['sentence', 'warm']) {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    runs[how].push(await page.evaluate((h) => globalThis.__t(h), how));
    await page.close();
  }
}
const steps = [];
for (let i = 0; i < ROUNDS; i++) {
  const page = await browser.newPage();
  await page.addScriptTag({ content: code });
  steps.push(await page.evaluate(() => globalThis.__steps()));
  await page.close();
}
console.log(
  `warmPhraseTables in slices (median of ${ROUNDS}): ${steps[0].length} slices, longest ` +
    `${med(steps.map((s) => Math.max(...s))).toFixed(0)} ms, all ${med(steps.map((s) => s.reduce((a, b) => a + b, 0))).toFixed(0)} ms`,
);
for (const [how, rs] of Object.entries(runs)) {
  const total = med(rs.map((rows) => rows.reduce((a, r) => a + r[1] + r[2], 0)));
  const names = rs[0].map((r) => r[0]);
  const per = names.map((n, k) => [n, med(rs.map((rows) => rows[k][1]))]).filter(([, ms]) => ms > 5);
  console.log(
    `${how.padEnd(8)} all tables, median of ${ROUNDS}: ${total.toFixed(0)} ms; over 5 ms: ` +
      per.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', '),
  );
}
await browser.close();
