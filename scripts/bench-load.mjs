// Where the engine's load time goes: bundle entry unminified, evaluate under the profiler, attribute self time by module.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import vm from 'node:vm';
import { top } from './bench-common.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = process.env.ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const outfile = join(tmpdir(), 'leadwell-engine-profile.js');
await build({
  stdin: {
    contents: `import { analyse, createSlicedAnalyser } from './lib/analysis/analyse'; globalThis.__e = { analyse, createSlicedAnalyser };`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: false,
  format: 'iife',
  platform: 'browser',
  outfile,
  logLevel: 'error',
  alias: { '@': root.slice(0, -1) },
});
const src = readFileSync(outfile, 'utf8');
const lines = src.split('\n');
const modAt = [];
let cur = '(prelude)';
for (const l of lines) {
  const m = /^ {2}\/\/ ((?:node_modules|lib|entrypoints)\/\S+)$/.exec(l);
  if (m) cur = m[1];
  modAt.push(cur);
}
const s = new Session();
s.connect();
await s.post('Profiler.enable');
await s.post('Profiler.setSamplingInterval', { interval: 100 });
const phases = {};
await s.post('Profiler.start');
let t = performance.now();
const script = new vm.Script(src, { filename: 'engine.js' });
phases.compile = performance.now() - t;
t = performance.now();
script.runInThisContext();
phases.evaluate = performance.now() - t;
t = performance.now();
const e = globalThis.__e;
e.analyse('Send me the report by Friday.');
phases.firstAnalyseShort = performance.now() - t;
t = performance.now();
const P =
  'Thanks for pulling the quarterly numbers together so quickly, it made the board prep much easier. I know the migration has eaten most of your week, and I appreciate how calmly the team handled it. Could we move the design review to Thursday so that Priya can join after her customer call? Update the tracker before Friday.\n\n';
e.analyse(P.repeat(40));
phases.firstAnalyseLong = performance.now() - t;
t = performance.now();
e.analyse(P.repeat(40) + 'x');
phases.secondAnalyseLong = performance.now() - t;
const { profile } = await s.post('Profiler.stop');
console.log(Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])));
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const byMod = new Map();
const byFn = new Map();
profile.samples.forEach((id, i) => {
  const f = byNode.get(id).callFrame;
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  const mod = f.url.endsWith('engine.js')
    ? (modAt[f.lineNumber] ?? '?')
    : f.url
      ? 'other:' + f.url.slice(-30)
      : f.functionName || '(native)';
  byMod.set(mod, (byMod.get(mod) ?? 0) + dt);
  const fn = `${f.functionName || '(anon)'} ${mod}:${f.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
});
console.log(top(byMod, 25));
console.log('---');
console.log(top(byFn, 25));
writeFileSync(join(tmpdir(), 'leadwell-engine.cpuprofile'), JSON.stringify(profile));
