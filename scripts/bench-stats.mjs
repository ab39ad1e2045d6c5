#!/usr/bin/env node
// `npm run -s bench:stats`: where to keep a year of weekly-summary records, measured in real Chromium inside
// the built extension's own page (IndexedDB through lib/stats/store.ts against storage.local, one key per
// week): write one, read a week, read 12 weeks, prune, total size. Figures only, never pass/fail.
// Needs the Chrome build (`npx wxt build`) and /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from './bench-common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const extension = `${root}.output/chrome-mv3`;
if (!existsSync(`${extension}/summary.html`)) {
  console.error('No built extension with summary.html: run `npx wxt build` first.');
  process.exit(1);
}

const bundle = await build({
  entryPoints: [`${root}scripts/bench-stats-page.ts`],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const code = bundle.outputFiles[0].text;

const context = await launchChromium(extension);
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/summary.html`);
  // Evaluated over the DevTools protocol, so the extension page's CSP does not apply to the bench code.
  await page.evaluate(code);
  const t0 = Date.now();
  const results = await page.evaluate(() => globalThis.benchStats());
  console.log(
    `A year of records (50 messages a day × 365 = 18,250), Chromium ${context.browser()?.version() ?? ''}`,
  );
  for (const [backend, figures] of Object.entries(results)) {
    console.log(`\n== ${backend}`);
    for (const [name, value] of Object.entries(figures)) {
      console.log(`  ${name.padEnd(46)} ${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`);
    }
  }
  console.log(`\n(total ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} finally {
  await context.close();
}
