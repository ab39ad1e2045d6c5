/**
 * Sites the person adds beyond the defaults: one optional host permission per origin, and the compose
 * content script registered there at runtime. Browser-facing; the decisions are the pure functions on top.
 *
 * The background keeps registrations in step with granted permissions and settings (startSiteAccess), so a
 * grant still takes effect when the popup closes while the permission prompt is up (Firefox closes it).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { getSettings, settingsItem, updateSettings } from './settings';
import { isDefaultHost, withSiteEnabled, withSiteRemoved } from './sites/enabled';

const SCRIPT = 'compose-loader.js';
const ID_PREFIX = 'leadwell-site:';

export interface Registration {
  id: string;
  matches: string[];
}

/** The match pattern for exactly one origin: "https://example.com" → "https://example.com/*". */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** The one hostname a granted pattern covers, or null for broad ones ("https://*.example.com/*", "<all_urls>"). */
export function patternHost(pattern: string): string | null {
  const m = /^https?:\/\/([^/*]+)\/\*$/.exec(pattern);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Registrations to add and ids to remove so that exactly the added, granted, non-default sites have the script. */
export function planRegistrations(
  addedSites: readonly string[],
  grantedPatterns: readonly string[],
  registered: readonly Registration[],
): { register: Registration[]; unregister: string[] } {
  const want = new Map<string, string[]>();
  for (const pattern of grantedPatterns) {
    const host = patternHost(pattern);
    if (!host || isDefaultHost(host) || !addedSites.includes(host)) continue;
    want.set(ID_PREFIX + host, [...(want.get(ID_PREFIX + host) ?? []), pattern].sort());
  }
  const have = new Map(registered.filter((r) => r.id.startsWith(ID_PREFIX)).map((r) => [r.id, r.matches]));
  const same = (a: string[], b: string[] | undefined) => !!b && a.join() === [...b].sort().join();
  const unregister = [...have.keys()].filter((id) => !same(want.get(id) ?? [], have.get(id)));
  const register = [...want]
    .filter(([id, m]) => !same(m, have.get(id)))
    .map(([id, matches]) => ({ id, matches }));
  return { register, unregister };
}

/** How the manifest injects the compose script (css, run_at, frames), so runtime registrations match it. */
function composeScriptShape() {
  const entry = browser.runtime.getManifest().content_scripts?.find((cs) => cs.js?.includes(SCRIPT)) as
    | {
        css?: string[];
        run_at?: 'document_start' | 'document_end' | 'document_idle';
        match_origin_as_fallback?: boolean;
      }
    | undefined;
  return {
    js: [SCRIPT],
    css: entry?.css?.length ? entry.css : undefined,
    runAt: entry?.run_at ?? ('document_idle' as const),
    allFrames: true,
    // about:blank compose frames (Gmail-like); older Firefox rejects the key, see register().
    matchOriginAsFallback: entry?.match_origin_as_fallback ? true : undefined,
  };
}

async function grantedPatterns(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

async function register(sites: Registration[]): Promise<void> {
  const shape = composeScriptShape();
  try {
    await browser.scripting.registerContentScripts(sites.map((r) => ({ ...shape, ...r })));
  } catch (err) {
    if (!shape.matchOriginAsFallback) throw err;
    const { matchOriginAsFallback: _unsupported, ...plain } = shape; // Firefox < 128
    await browser.scripting.registerContentScripts(sites.map((r) => ({ ...plain, ...r })));
  }
}

let syncing: Promise<void> = Promise.resolve();

/** Bring runtime registrations in line with settings and permissions; calls are serialised. */
export function syncSiteScripts(): Promise<void> {
  syncing = syncing.then(async () => {
    const [settings, granted, registered] = await Promise.all([
      getSettings(),
      grantedPatterns(),
      browser.scripting.getRegisteredContentScripts(),
    ]);
    const plan = planRegistrations(
      settings.addedSites,
      granted,
      registered.map((r) => ({ id: r.id, matches: r.matches ?? [] })),
    );
    if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.register.length) await register(plan.register);
  });
  syncing = syncing.catch((err: unknown) => console.error('[leadwell] site registration failed', err));
  return syncing;
}

/**
 * Ask for access to exactly this origin. Call it synchronously from the click handler (before any
 * await): browsers only show the prompt during a user gesture.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** After access was granted (or for a site added earlier): remember it as enabled and register the script. */
export async function enableAddedSite(host: string): Promise<void> {
  await updateSettings((s) => withSiteEnabled(s, host, true));
  await syncSiteScripts();
}

/** Start the script in tabs already open on newly granted origins, so the person needs no reload. */
async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  const shape = composeScriptShape();
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    const target = { tabId: tab.id, allFrames: true };
    try {
      if (shape.css) await browser.scripting.insertCSS({ target, files: [...shape.css] });
      // WXT types paths with a leading slash; this is the manifest's spelling of the same built file.
      await browser.scripting.executeScript({ target, files: shape.js as ScriptPublicPath[] });
    } catch (err) {
      console.warn('[leadwell] could not start in an open tab', err); // e.g. an error page
    }
  }
}

/** Forget an added site: settings, its permission and its registration. */
export async function removeAddedSite(host: string): Promise<void> {
  await updateSettings((s) => withSiteRemoved(s, host));
  const origins = (await grantedPatterns()).filter((p) => patternHost(p) === host);
  if (origins.length) await browser.permissions.remove({ origins });
  await syncSiteScripts();
}

/** Background wiring: follow permission changes made anywhere (popup, options, the browser's own UI). */
export function startSiteAccess(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    const hosts = origins.map(patternHost).filter((h): h is string => !!h && !isDefaultHost(h));
    if (!hosts.length) return void syncSiteScripts();
    const patterns = origins.filter((p) => hosts.includes(patternHost(p) ?? ''));
    void updateSettings((s) => hosts.reduce((acc, h) => withSiteEnabled(acc, h, true), s))
      .then(syncSiteScripts)
      .then(() => injectIntoOpenTabs(patterns));
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    const hosts = origins.map(patternHost).filter((h): h is string => !!h);
    void updateSettings((s) => hosts.reduce(withSiteRemoved, s)).then(syncSiteScripts);
  });
  settingsItem.watch(() => void syncSiteScripts());
  browser.runtime.onStartup.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener(() => void syncSiteScripts());
}
