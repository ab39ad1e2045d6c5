// Least privilege, checked on the BUILT manifests (what a browser installs, after `npm run build`): only the
// permissions Leadwell uses, broad host access only as optional permissions, content scripts on the default
// hosts only, no remote code, nothing web-accessible (a page can neither load the engine nor probe for it), and
// Mozilla's linter clean.
// LEADWELL_OUTPUT=dir checks another output folder (default .output).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES } from '../../lib/sites/defaults';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = resolve(root, process.env.LEADWELL_OUTPUT ?? '.output');

interface WebAccessible {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; world?: string }[];
  web_accessible_resources?: (WebAccessible | string)[];
  content_security_policy?: string | Record<string, string>;
  background?: { service_worker?: string; scripts?: string[] };
  externally_connectable?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

const read = (dir: string) =>
  existsSync(join(dir, 'manifest.json'))
    ? { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest }
    : null;
const chrome = read(join(output, 'chrome-mv3'));
const firefox = read(join(output, 'firefox-mv2')) ?? read(join(output, 'firefox-mv3'));
const builds = [
  { name: 'chrome', build: chrome },
  { name: 'firefox', build: firefox },
].filter((b) => b.build !== null) as { name: string; build: { dir: string; manifest: Manifest } }[];
if (!chrome || !firefox) {
  console.warn(`manifest checks skipped: no Chrome and Firefox builds in ${output} (run \`npm run build\`).`);
}

/** Every API permission Leadwell holds, and what for. Adding one means adding it here with its reason. */
const PERMISSIONS: Record<string, string> = {
  storage: 'settings and the weekly summary records',
  activeTab: "the popup reads the active tab's URL to offer switching Leadwell on or off there",
  scripting:
    'the engine and compose app injected into a frame on first focus; the page-load script on added sites',
  alarms: 'the daily prune of old records and the opt-in weekly reminder',
};
/** Asked for only when the person turns a feature on. */
const OPTIONAL: Record<string, string> = {
  notifications: 'the opt-in weekly reminder',
  'https://*/*': 'a site the person adds (one origin is requested at a time)',
  'http://*/*': 'a site the person adds (one origin is requested at a time)',
};
/** Never, not even optional: reading browsing, traffic, cookies or the clipboard is not Leadwell's business. */
const FORBIDDEN = ['tabs', 'webRequest', 'webRequestBlocking', 'history', 'cookies', 'clipboardRead'];
const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');
/** The only script the manifest runs on pages; it asks the background to inject COMPOSE_FILES on first focus. */
const LOADER = 'compose-loader.js';
const COMPOSE_FILES = ['leadwell-engine.js', 'content-scripts/compose.js'];
const COMPOSE_START = 'compose/start';
const backgroundFile = (m: Manifest) => m.background?.service_worker ?? m.background?.scripts?.[0] ?? '';

describe.skipIf(!chrome || !firefox)('built manifests: least privilege', () => {
  for (const { name, build } of builds) {
    const m = build.manifest;

    it(`${name}: only the API permissions Leadwell uses, and no broad host access`, () => {
      const apis = (m.permissions ?? []).filter((p) => !isHostPattern(p));
      expect(apis.filter((p) => !(p in PERMISSIONS))).toEqual([]);
      // Host access comes from the content script's matches; anything more must be one of the defaults.
      const hosts = [...(m.permissions ?? []).filter(isHostPattern), ...(m.host_permissions ?? [])];
      expect(hosts.filter((h) => !DEFAULT_MATCHES.includes(h))).toEqual([]);
    });

    it(`${name}: optional permissions only for opt-in features, none of the forbidden ones`, () => {
      const optional = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
      expect(optional.filter((p) => !(p in OPTIONAL))).toEqual([]);
      const all = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...optional];
      expect(all.filter((p) => FORBIDDEN.includes(p))).toEqual([]);
    });

    it(`${name}: the content script runs on exactly the default hosts, in its own world`, () => {
      expect(m.content_scripts?.length).toBeGreaterThan(0);
      for (const cs of m.content_scripts ?? []) {
        expect([...cs.matches].sort()).toEqual([...DEFAULT_MATCHES].sort());
        expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
      }
    });

    it(`${name}: no remote code and no door for web pages`, () => {
      const csp = m.content_security_policy;
      const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
      for (const policy of policies) {
        for (const directive of policy.split(';').map((d) => d.trim().split(/\s+/))) {
          if (directive[0] !== 'script-src' && directive[0] !== 'default-src') continue;
          const allowed = ["'self'", "'wasm-unsafe-eval'", "'none'"];
          expect(
            directive.slice(1).filter((s) => !allowed.includes(s)),
            policy,
          ).toEqual([]);
        }
      }
      // No web page may message the extension directly.
      expect(m.externally_connectable).toBeUndefined();
    });

    it(`${name}: nothing is web-accessible; the engine and the compose app are injected by the background`, () => {
      // A web-accessible engine let any http(s) page load it, or probe for it to learn Leadwell is installed.
      expect(m.web_accessible_resources ?? []).toEqual([]);
      const loaders = (m.content_scripts ?? []).flatMap((cs) => cs.js ?? []);
      expect(loaders).toEqual([LOADER]);
      const loader = readFileSync(join(build.dir, LOADER), 'utf8');
      expect(loader).toContain(COMPOSE_START);
      for (const file of COMPOSE_FILES) expect(existsSync(join(build.dir, file))).toBe(true);
      const background = readFileSync(join(build.dir, backgroundFile(m)), 'utf8');
      for (const file of COMPOSE_FILES) expect(background).toContain(file);
    });

    it(`${name}: the page-load script carries no polyfill and no WXT content-script wrapper`, () => {
      const loader = readFileSync(join(build.dir, LOADER), 'utf8');
      expect(loader).not.toMatch(
        /webextension-polyfill|Proxy\(|ContentScriptContext|wxt:content-script-started/,
      );
      expect(loader.length).toBeLessThan(6000);
    });

    it(`${name}: host access is exactly the default sites, which the background injects into`, () => {
      const hosts = [...(m.permissions ?? []).filter(isHostPattern), ...(m.host_permissions ?? [])];
      expect([...hosts].sort()).toEqual([...DEFAULT_MATCHES].sort());
    });
  }

  it('firefox: declares that it collects and transmits no data', () => {
    const gecko = firefox!.manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    // Firefox shows this at install and addons.mozilla.org requires it of new extensions (since 2025-11-03).
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('firefox: web-ext lint (the checks addons.mozilla.org runs) finds no error', () => {
    const run = spawnSync(process.execPath, ['scripts/check-firefox.mjs'], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toMatch(/web-ext lint .*: 0 error\(s\)/);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 120_000);
});
