#!/usr/bin/env node
// Issue 14 probe: the long tasks from first focus to first marks on the bench's 2,000-word draft, each with
// what it is made of (trace events by self time) and the JS functions the CPU profiler sampled in it.
// Prints figures, never pass/fail. ROUNDS=N repeats; URL kind: BENCH_PAGE=mail|textarea30|rich30|textarea1m.
// TIMELINE=1 lists every task from the focus to the first marks; TYPING=1 traces 20 typed characters after the
// first marks instead (the bench's long-draft typing phase).
import { flaggedSentences, focusEnd, launchChromium, top } from './bench-common.mjs';
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
const KIND = process.env.BENCH_PAGE ?? 'mail';
/** bench-browser.mjs's long-draft sentences, five to a line. */
function flagged(chars) {
  const out = flaggedSentences(chars);
  const lines = [];
  for (let i = 0; i < out.length; i += 5) lines.push(out.slice(i, i + 5).join(' '));
  return lines;
}
const STYLE = 'width:760px;height:600px;overflow:auto;border:1px solid #ccc;padding:8px;font:14px/1.5 Arial';
const page = () => {
  const chars = { textarea30: 30_000, rich30: 30_000, textarea1m: 1_000_000 }[KIND];
  if (KIND.startsWith('textarea'))
    return `<!doctype html><html><body><textarea id="box" style="${STYLE}">${flagged(chars).join('\n')}\n</textarea></body></html>`;
  const paras = KIND === 'rich30' ? flagged(chars) : Array.from({ length: 60 }, () => `${P}</div><div><br>`);
  return `<!doctype html><html><body><div id="box" contenteditable="true" style="${STYLE}">
${paras.map((x) => `<div>${x}</div>`).join('')}<div id="caret"><br></div></div></body></html>`;
};
const TYPING = !!process.env.TYPING;
/** With TIMELINE, the stacks that forced each layout too. */
const CATEGORIES = `devtools.timeline,disabled-by-default-devtools.timeline,v8${
  process.env.TIMELINE ? ',disabled-by-default-devtools.timeline.stack' : ''
}`;

const ctx = await launchChromium(EXT, { viewport: { width: 1280, height: 900 } });
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
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await focusEnd(p);
  await p
    .waitForFunction(
      () => document.querySelector('leadwell-overlay')?.shadowRoot?.querySelector('[data-leadwell-finding]'),
      null,
      { polling: 10, timeout: Number(process.env.WAIT_MS ?? 30000) },
    )
    .catch(() => console.log('no marks within the wait')); // a draft whose marks are all off screen
  let firstMarks = Date.now() - t0;
  await p.waitForTimeout(1500);
  if (TYPING) {
    // Only the typing: the trace and the profile so far are dropped.
    await cdp.send('Profiler.stop');
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    events.length = 0;
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    const t1 = Date.now();
    await p.keyboard.type(' Please check this one.', { delay: 50 });
    await p.waitForTimeout(1500);
    firstMarks = Date.now() - t1; // the timeline's window
  }
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
  if (process.env.TIMELINE) {
    // Every task over 1 ms from the focus on, with its largest trace event inside: where the time to first
    // marks goes (gaps between tasks are the thread waiting: messages, timers, the background's work).
    const focus = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'focus');
    const from = focus?.ts ?? list[0].ts;
    let busy = 0;
    for (const t of list.filter((e) => e.name === 'RunTask' && e.ts >= from && e.dur > 1000)) {
      if (t.ts - from > (firstMarks + 50) * 1000) break;
      busy += t.dur;
      const inner = list
        .filter((e) => e !== t && e.name !== 'RunTask' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
        .filter((e) => e.pid === t.pid && e.tid === t.tid)
        .sort((a, b) => b.dur - a.dur)[0];
      const what = inner
        ? `${inner.name} ${(inner.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[a-z]+/, '')}`
        : '';
      console.log(
        `  +${((t.ts - from) / 1000).toFixed(0).padStart(4)} ms  ${(t.dur / 1000).toFixed(1).padStart(6)} ms  ${what}`,
      );
    }
    console.log(`  busy ${(busy / 1000).toFixed(0)} ms of ${firstMarks} ms`);
    // Large layouts: how many objects each had to lay out, and what asked for it.
    for (const e of list.filter((x) => x.name === 'UpdateLayoutTree' && x.dur > 10_000 && x.ts >= from)) {
      const d = e.args?.beginData ?? e.args?.elementCount ?? {};
      const stack = (e.args?.beginData?.stackTrace ?? []).slice(0, 4).map((f) => f.functionName || '?');
      console.log(
        `  UpdateLayoutTree +${((e.ts - from) / 1000).toFixed(0)} ms ${(e.dur / 1000).toFixed(0)} ms: ` +
          `${e.args?.elementCount ?? d.elementCount ?? '?'} elements${stack.length ? `, forced by ${stack.join(' < ')}` : ''}`,
      );
    }
    for (const e of list.filter((x) => x.name === 'Layout' && x.dur > 20_000 && x.ts >= from)) {
      const b = e.args?.beginData ?? {};
      const stack = b.stackTrace ?? [];
      const frame = stack.length
        ? {
            ...stack[0],
            functionName: stack
              .slice(0, 4)
              .map((f) => f.functionName || '?')
              .join(' < '),
          }
        : null;
      console.log(
        `  Layout +${((e.ts - from) / 1000).toFixed(0)} ms ${(e.dur / 1000).toFixed(0)} ms: ` +
          `${b.dirtyObjects}/${b.totalObjects} objects${b.partialLayout ? ' (partial)' : ''}` +
          `${frame ? ` forced by ${frame.functionName || '?'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}` : ''}`,
      );
    }
  }
  console.log(
    `\nround ${round + 1}: first marks ${firstMarks} ms; tasks over 20 ms: ${tasks.map((t) => (t.dur / 1000).toFixed(0)).join(', ')}`,
  );
  // CPU samples by time.
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  let ts = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    return { ts, f: byNode.get(id).callFrame, id };
  });
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
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
    console.log(`  task ${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - tasks[0].ts) / 1000).toFixed(0)}:`);
    console.log(top(self, 6, '    '));
    console.log('   JS:');
    console.log(top(fns, 8, '    '));
    if (process.env.INCLUSIVE) {
      // Time under each function (itself and what it called), for the extension's code.
      const incl = new Map();
      for (const s of samples) {
        if (s.ts < t.ts || s.ts > t.ts + t.dur) continue;
        const seen = new Set();
        for (let id = s.id; id !== undefined; id = parentOf.get(id)) {
          const f = byNode.get(id).callFrame;
          if (!f.url.startsWith('chrome-extension:')) continue;
          const k = `${f.functionName || '(anon)'} ${f.url.replace(/^chrome-extension:\/\/[a-z]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
          if (seen.has(k)) continue;
          seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + 0.2);
        }
      }
      console.log('   extension code, inclusive:');
      console.log(top(incl, 14, '    '));
    }
  }
  await p.close();
}
await ctx.close();
