// The built extension's JavaScript (what ships, after `npm run build`): no network request of any kind can be
// made from it, and each part stays within its size budget (scripts/budgets.json).
// LEADWELL_OUTPUT=dir checks another output folder (default .output).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = resolve(root, process.env.LEADWELL_OUTPUT ?? '.output');
const builds = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']
  .map((name) => ({ name, dir: join(output, name) }))
  .filter((b) => existsSync(join(b.dir, 'manifest.json')));
const built = builds.some((b) => b.name === 'chrome-mv3');
if (!built) console.warn(`bundle checks skipped: no build in ${output}/chrome-mv3 (run \`npm run build\`).`);

/** Ways JavaScript reaches the network. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts(URL)', /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//],
  ['import(URL)', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
];

/**
 * Absolute URLs that may appear in the bundles, and why each is harmless. URLs built from a hostname
 * (`https://${host}`, for URL parsing and permission patterns) have no literal host and are not listed.
 */
const ALLOWED_URLS: [RegExp, string][] = [
  [
    /^https:\/\/github\.com\/wxt-dev\/wxt\/issues\/371$/,
    'text of the error wxt/storage throws outside an extension',
  ],
  [
    /^https:\/\/wxt\.dev\/guide\/go-further\/testing\.html$/,
    'text of the error wxt/storage throws outside an extension',
  ],
  [/^http:\/\/www\.w3\.org\/[\w/.-]+$/, 'XML namespace names (createElementNS), never fetched'],
  [
    /^https:\/\/example\.com\/doc$/,
    "text of the unfilled-slot rule's example sentence (a Markdown link on a reserved example domain), never fetched",
  ],
];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    .map((f) => join(dir, f));
}

function around(code: string, index: number): string {
  return code.slice(Math.max(0, index - 80), index + 80).replace(/\s+/g, ' ');
}

describe.skipIf(!built)('built JavaScript makes no network request', () => {
  for (const { name, dir } of builds) {
    it(`${name}: no network API is called`, () => {
      const hits: string[] = [];
      for (const file of jsFiles(dir)) {
        const code = readFileSync(file, 'utf8');
        for (const [api, pattern] of NETWORK_APIS) {
          const m = pattern.exec(code);
          if (m) hits.push(`${relative(dir, file)}: ${api} in …${around(code, m.index)}…`);
        }
      }
      expect(hits, hits.join('\n')).toEqual([]);
    });

    it(`${name}: no remote URL but the allowlisted ones`, () => {
      const hits: string[] = [];
      let files = 0;
      for (const file of jsFiles(dir)) {
        files++;
        const code = readFileSync(file, 'utf8');
        for (const m of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[\w.-]+[^\s"'`)\\]*/gi)) {
          if (!ALLOWED_URLS.some(([url]) => url.test(m[0]))) {
            hits.push(`${relative(dir, file)}: ${m[0]} in …${around(code, m.index)}…`);
          }
        }
      }
      expect(files).toBeGreaterThan(3);
      expect(hits, hits.join('\n')).toEqual([]);
    });
  }
});

interface BudgetRow {
  name: string;
  raw: number;
  gzip: number;
  budgetRaw: number;
  budgetGzip: number;
  over: boolean;
}

describe.skipIf(!built)('bundle budgets (scripts/budgets.json)', () => {
  for (const { name, dir } of builds) {
    it(`${name}: every part is within its budget`, () => {
      const run = spawnSync(process.execPath, ['scripts/budgets.mjs', '--json', '--dir', dir], {
        cwd: root,
        encoding: 'utf8',
      });
      const result = JSON.parse(run.stdout) as { error?: string; rows: BudgetRow[] };
      expect(result.error).toBeUndefined();
      expect(result.rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(['content-script', 'engine', 'background', 'popup', 'options', 'summary']),
      );
      const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
      const over = result.rows
        .filter((r) => r.over)
        .map(
          (r) => `${r.name}: ${kb(r.raw)} / ${kb(r.budgetRaw)} raw, ${kb(r.gzip)} / ${kb(r.budgetGzip)} gzip`,
        );
      expect(over, over.join('\n')).toEqual([]);
      expect(run.status).toBe(0);
    });
  }
});
