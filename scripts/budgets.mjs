#!/usr/bin/env node
// `npm run -s budgets [-- --dir .output/firefox-mv2] [--json]`: the size, raw and gzipped, of each part of
// the built extension that a person pays for (the page-load script on every page of an enabled site, the
// compose app and the engine on the first focus of a box, each page's JS, the background), each checked
// against its budget in scripts/budgets.json. Exits 1 when a budget is exceeded, 2 when the build is missing or incomplete.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGETS = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8')).budgets;

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = resolve(root, dirArg >= 0 ? args[dirArg + 1] : '.output/chrome-mv3');
const asJson = args.includes('--json');

/** A file and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`), not import(). */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    const next = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
    withStaticImports(next, seen);
  }
  return seen;
}

/** The module script an extension page starts from (Vite writes `<script type="module" src="/chunks/…">`). */
function pageEntry(html) {
  const src = readFileSync(join(dir, html), 'utf8').match(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/);
  if (!src) throw new Error(`${html} has no module script`);
  return src[1];
}

/** Part name → the JS files it loads (paths relative to the build dir). */
function parts(manifest) {
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  // The engine and the compose app are not in the manifest: the background injects them on first focus.
  const injected = (file) => (existsSync(join(dir, file)) ? [file] : []);
  const content = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const page = (html) => [...withStaticImports(pageEntry(html))];
  return {
    'content-script': [...new Set(content.flatMap((f) => [...withStaticImports(f)]))],
    'compose-app': injected('content-scripts/compose.js'),
    engine: injected('leadwell-engine.js'),
    background: bg ? [...withStaticImports(bg)] : [],
    popup: page('popup.html'),
    options: page('options.html'),
    summary: page('summary.html'),
  };
}

function measure() {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath))
    return { error: `No build at ${relative(root, dir)}: run \`npm run build\`.` };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const rows = [];
  for (const [name, files] of Object.entries(parts(manifest))) {
    if (!files.length) return { error: `The build has no ${name} file.` };
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    const raw = bytes.length;
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const budget = BUDGETS[name];
    if (!budget) return { error: `scripts/budgets.json has no budget for ${name}.` };
    const over = raw > budget.raw || gzip > budget.gzip;
    rows.push({ name, files, raw, gzip, budgetRaw: budget.raw, budgetGzip: budget.gzip, over });
  }
  return { dir: relative(root, dir), rows };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const result = measure();
if (asJson) console.log(JSON.stringify(result, null, 2));
else if (result.error) console.error(result.error);
else {
  console.log(`Bundle sizes in ${result.dir} (budgets: scripts/budgets.json)`);
  console.log(
    `${'part'.padEnd(16)}${'raw'.padStart(11)}${'budget'.padStart(11)}${'gzip'.padStart(11)}${'budget'.padStart(11)}`,
  );
  for (const r of result.rows) {
    const cells = [kb(r.raw), kb(r.budgetRaw), kb(r.gzip), kb(r.budgetGzip)].map((c) => c.padStart(11));
    console.log(`${r.name.padEnd(16)}${cells.join('')}${r.over ? '  OVER BUDGET' : ''}`);
  }
  const over = result.rows.filter((r) => r.over);
  console.log(over.length ? `${over.length} part(s) over budget.` : 'Every part is within budget.');
}
process.exitCode = result.error ? 2 : result.rows.some((r) => r.over) ? 1 : 0;
