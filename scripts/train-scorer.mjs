#!/usr/bin/env node
// `npm run train:scorer`: trains the balance score's logistic regression (lib/analysis/politeness/scorer.ts)
// and writes lib/analysis/politeness/weights.json.
//
// Data: the Stack Exchange half of the Stanford Politeness Corpus (most polite quarter = 1, most impolite = 0)
// and Leadwell's labelled dev set (people-aware = 1, process-only = 0), both in ../shared/eval/.
// Prints 5-fold cross-validated AUC and accuracy, then "leave the domain out" (train on one source, test on
// the other): the honest estimate for text from another community. Then a third community it never trains
// on: realworld-dev.jsonl's published good messages against its bad ones. Then the weights, largest first.
// Defaults (lambda 0.1, dev weight 0.15) balance the three: more dev weight helps the manager messages and
// costs the Stack Exchange figure.
//   node scripts/train-scorer.mjs [--eval DIR] [--lambda 0.1] [--dev-weight 0.15] [--dry-run]
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const evalDir = resolve(root, opt('--eval', '../shared/eval'));
const LAMBDA = Number(opt('--lambda', '0.1'));
/** The dev set's share of the training weight, relative to Stack Exchange's (it has 1/25 of the examples). */
const DEV_WEIGHT = Number(opt('--dev-weight', '0.15'));

/** The engine's own code, bundled like bench.mjs does, so features are computed exactly as in the extension. */
async function loadEngine() {
  const dir = mkdtempSync(join(tmpdir(), 'leadwell-train-'));
  const outfile = join(dir, 'engine.mjs');
  await build({
    stdin: {
      contents: `export { analyse } from './lib/analysis/analyse';
        export { maskText } from './lib/analysis/text/mask';
        export { splitSentences } from './lib/analysis/text/sentences';
        export { sentenceStrategies } from './lib/analysis/politeness/features';
        export { FEATURES, messageVector } from './lib/analysis/politeness/scorer';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  const engine = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return engine;
}

const readJsonl = (file) =>
  readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

function examples(engine) {
  // As analyse() does: each sentence's strategy mask, in order, and the message's cues and word count.
  const vector = (text) => {
    const sentences = engine
      .splitSentences(engine.maskText(text))
      .map((s) => engine.sentenceStrategies(s.text));
    const analysis = engine.analyse(text);
    return engine.messageVector(sentences, analysis.cues, analysis.words);
  };
  const se = readJsonl('politeness-stack-exchange.jsonl')
    .filter((x) => x.quartile !== 'middle')
    .map((x) => ({ source: 'se', x: vector(x.text), y: x.quartile === 'polite' ? 1 : 0 }));
  const dev = readJsonl('dev.jsonl')
    .filter((x) => x.label !== 'no-ask')
    .map((x) => ({ source: 'dev', x: vector(x.text), y: x.label === 'people-aware' ? 1 : 0 }));
  const realworld = readJsonl('realworld-dev.jsonl')
    .filter((x) => x.expect !== 'not-pa')
    .map((x) => ({ source: 'realworld', x: vector(x.text), y: x.expect === 'clean' ? 1 : 0 }));
  return { se, dev, realworld };
}

/** L2-regularised logistic regression on standardised features, full-batch gradient descent. */
function train(rows, sampleWeight = () => 1) {
  const d = rows[0].x.length;
  const total = rows.reduce((a, r) => a + sampleWeight(r), 0);
  const mean = Array.from(
    { length: d },
    (_, j) => rows.reduce((a, r) => a + sampleWeight(r) * r.x[j], 0) / total,
  );
  const std = mean.map((m, j) => {
    const v = rows.reduce((a, r) => a + sampleWeight(r) * (r.x[j] - m) ** 2, 0) / total;
    return Math.sqrt(v) || 1;
  });
  const z = rows.map((r) => r.x.map((v, j) => (v - mean[j]) / std[j]));
  const w = new Array(d).fill(0);
  let bias = 0;
  for (let it = 0; it < 2000; it++) {
    const gw = w.map((wj) => LAMBDA * wj);
    let gb = 0;
    rows.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-(bias + z[i].reduce((a, v, j) => a + v * w[j], 0))));
      const e = (sampleWeight(r) * (p - r.y)) / total;
      gb += e;
      for (let j = 0; j < d; j++) gw[j] += e * z[i][j];
    });
    for (let j = 0; j < d; j++) w[j] -= 1.0 * gw[j];
    bias -= 1.0 * gb;
  }
  return { mean, std, weights: w, bias };
}

const predict = (m, x) =>
  1 / (1 + Math.exp(-(m.bias + x.reduce((a, v, j) => a + (m.weights[j] * (v - m.mean[j])) / m.std[j], 0))));

/** Rank AUC (ties count half) and accuracy at 0.5. */
function metrics(scored) {
  const pos = scored.filter((s) => s.y === 1).map((s) => s.p);
  const neg = scored.filter((s) => s.y === 0).map((s) => s.p);
  let auc = 0;
  for (const p of pos) for (const n of neg) auc += p > n ? 1 : p === n ? 0.5 : 0;
  const acc = scored.filter((s) => (s.p >= 0.5 ? 1 : 0) === s.y).length / scored.length;
  return `AUC ${((100 * auc) / (pos.length * neg.length)).toFixed(1)}%  accuracy ${(100 * acc).toFixed(1)}%  (n=${scored.length})`;
}

/** Deterministic shuffle (mulberry32), so the folds and figures repeat run to run. */
function shuffled(rows, seed = 12) {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return rows
    .map((r) => [rand(), r])
    .sort((x, y) => x[0] - y[0])
    .map(([, r]) => r);
}

const engine = await loadEngine();
const { se, dev, realworld } = examples(engine);
const all = shuffled([...se, ...dev]);
const weightOf = (r) => (r.source === 'dev' ? (DEV_WEIGHT * se.length) / dev.length : 1);
console.log(
  `Training rows: Stack Exchange ${se.length}, dev ${dev.length}; lambda ${LAMBDA}, dev weight ${DEV_WEIGHT}`,
);

const K = 5;
const cv = [];
for (let k = 0; k < K; k++) {
  const test = all.filter((_, i) => i % K === k);
  const model = train(
    all.filter((_, i) => i % K !== k),
    weightOf,
  );
  cv.push(...test.map((r) => ({ ...r, p: predict(model, r.x) })));
}
console.log(`\n${K}-fold cross-validation`);
console.log(`  Stack Exchange (polite vs impolite quarter): ${metrics(cv.filter((r) => r.source === 'se'))}`);
console.log(
  `  dev (people-aware vs process-only):          ${metrics(cv.filter((r) => r.source === 'dev'))}`,
);

console.log('\nLeave the domain out (train on one source, test on the other)');
const seOnly = train(se);
const devOnly = train(dev);
console.log(
  `  train Stack Exchange → test dev: ${metrics(dev.map((r) => ({ ...r, p: predict(seOnly, r.x) })))}`,
);
console.log(
  `  train dev → test Stack Exchange: ${metrics(se.map((r) => ({ ...r, p: predict(devOnly, r.x) })))}`,
);

const model = train(all, weightOf);
console.log('\nAnother community, never trained on (the final model)');
console.log(
  `  realworld-dev, good vs bad messages:  ${metrics(realworld.map((r) => ({ ...r, p: predict(model, r.x) })))}`,
);

const features = engine.FEATURES;
console.log('\nWeights (per standard deviation), largest first:');
const order = features.map((f, j) => [f, model.weights[j]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
for (const [f, w] of order) console.log(`  ${w >= 0 ? '+' : '-'}${Math.abs(w).toFixed(3)}  ${f}`);

const round = (v) => Math.round(v * 1e4) / 1e4;
const out = {
  about:
    'Written by scripts/train-scorer.mjs (npm run train:scorer); read by lib/analysis/politeness/scorer.ts.',
  features,
  mean: model.mean.map(round),
  std: model.std.map(round),
  weights: model.weights.map(round),
  bias: round(model.bias),
};
if (args.includes('--dry-run')) console.log('\n--dry-run: weights.json left as it is');
else {
  writeFileSync(join(root, 'lib/analysis/politeness/weights.json'), JSON.stringify(out, null, 2) + '\n');
  console.log('\nWrote lib/analysis/politeness/weights.json');
}
