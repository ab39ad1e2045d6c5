#!/usr/bin/env node
// Issue 14 probe: the long tasks from first focus to first marks on the bench's 2,000-word draft, each with
// what it is made of (trace events by self time) and the JS functions the CPU profiler sampled in it.
// Prints figures, never pass/fail. ROUNDS=N repeats; URL kind: BENCH_PAGE=mail|textarea30|rich30.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXT = resolve(root, process.env.LEADWELL_EXT ?? '.output/chrome-mv3');
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const P = [
  'Thanks for pulling the quarterly numbers together so quickly, it made the board prep much easier.',
  'Could we move the design review to Thursday so that Priya can join after her customer call?',
  'Update the tracker before Friday.',
].join(' ');
const page =
  () => `<!doctype html><html><body><div id="box" contenteditable="true" style="width:760px;height:600px;overflow:auto">
${Array.from({ length: 60 }, () => `<div>${P}</div><div><br></div>`).join('')}<div id="caret"><br></div></div></body></html>`;

const ctx = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
  ],
});
await ctx.route(/^https?:/, (r) => r.fulfill({ contentType: 'text/html', body: page() }));
for (let i = 0; i < 200 && !ctx.serviceWorkers().length; i++) await sleep(50);
for (let round = 0; round < ROUNDS; round++) {
  const p = await ctx.newPage();
  await p.goto('https://mail.google.com/mail/u/0/probe');
  const cdp = await ctx.newCDPSession(p);
  await p.waitForTimeout(500);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await p.evaluate(() => {
    const box = document.getElementById('box');
    box.focus();
    const r = document.createRange();
    r.setStart(document.getElementById('caret'), 0);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  await p.keyboard.press('Shift');
  await p.waitForFunction(
    () => document.querySelector('leadwell-overlay')?.shadowRoot?.querySelector('[data-leadwell-finding]'),
    null,
    { polling: 10, timeout: 30000 },
  );
  const firstMarks = Date.now() - t0;
  await p.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.STACK) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    const hits = new Map();
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== process.env.STACK) continue;
      const chain = [];
      for (let x = parent.get(n.id); x && chain.length < 12; x = parent.get(x.id))
        chain.push(
          `${x.callFrame.functionName || '?'}:${x.callFrame.lineNumber + 1}:${x.callFrame.columnNumber + 1}`,
        );
      const k = chain.join(' < ');
      hits.set(k, (hits.get(k) ?? 0) + n.hitCount);
    }
    for (const [k, v] of hits) console.log(`  ${v} samples: ${process.env.STACK} < ${k}`);
  }
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The renderer with the profile's samples: the one with the most RunTask time in our window.
  const list = events
    .filter((e) => e.ph === 'X' && e.dur && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = list.filter((e) => e.name === 'RunTask' && e.dur > 20_000);
  console.log(
    `\nround ${round + 1}: first marks ${firstMarks} ms; tasks over 20 ms: ${tasks.map((t) => (t.dur / 1000).toFixed(0)).join(', ')}`,
  );
  // CPU samples by time.
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  let ts = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    return { ts, f: byNode.get(id).callFrame };
  });
  for (const t of tasks) {
    const inside = list.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.pid === t.pid && e.tid === t.tid,
    );
    const self = new Map();
    const stack = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      if (stack.at(-1)) stack.at(-1).kid = (stack.at(-1).kid ?? 0) + e.dur;
      stack.push(e);
    }
    for (const e of inside) {
      const url = (e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[a-z]+/, '');
      const k = `${e.name}${url ? ' ' + url : ''}`;
      self.set(k, (self.get(k) ?? 0) + (e.dur - (e.kid ?? 0)) / 1000);
      e.kid = 0;
    }
    const fns = new Map();
    for (const s of samples)
      if (s.ts >= t.ts && s.ts <= t.ts + t.dur) {
        const f = s.f;
        const file = f.url.replace(/^chrome-extension:\/\/[a-z]+\//, '');
        const k = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        fns.set(k, (fns.get(k) ?? 0) + 0.2);
      }
    const top = (m, n) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `    ${v.toFixed(1).padStart(6)} ${k}`)
        .join('\n');
    console.log(`  task ${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - tasks[0].ts) / 1000).toFixed(0)}:`);
    console.log(top(self, 6));
    console.log('   JS:');
    console.log(top(fns, 8));
  }
  await p.close();
}
await ctx.close();
