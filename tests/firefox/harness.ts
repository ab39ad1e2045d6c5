/**
 * Firefox test harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the production
 * Firefox build (.output/firefox-mv2) installed as a temporary add-on, and the same fixture pages as the
 * Chromium tests served at the real hosts' URLs by request interception. Reading and driving Leadwell's UI is
 * shared with the Chromium harness (../e2e/page-helpers.ts) through `driver(page)`.
 *
 * Typical use (one browser per test file):
 * ```ts
 * let ff: LaunchedFirefox;
 * beforeAll(async () => { ff = await launchFirefox(); });
 * afterAll(async () => { await ff?.close(); });
 * it('flags a bare command in Quill', async () => {
 *   const page = await ff.openFixture('quill');
 *   await typeInto(driver(page), 'Send me the report by Friday.');
 *   await waitForMarks(driver(page), (m) => m.some((x) => x.rule === 'bare-command'));
 * });
 * ```
 * Run: `npm run -s build` once, then `npx vitest run --project firefox`. LEADWELL_FIREFOX_EXTENSION points at
 * another build folder (e.g. an older commit's, to see a test catch a bug); FIREFOX_PATH at another Firefox.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildFixtures } from '../e2e/fixtures/build.mjs';
import {
  fixtureServer,
  FIXTURES,
  ROOT,
  snapshotExtension,
  type Driver,
  type FixtureName,
} from '../e2e/page-helpers';

/** The production Firefox build every Firefox test installs, unchanged (from a private copy). */
export const FIREFOX_EXTENSION_DIR =
  process.env.LEADWELL_FIREFOX_EXTENSION ?? path.join(ROOT, '.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id (the manifest's browser_specific_settings.gecko.id), as installExtension returned it. */
  addonId: string;
  /** `moz-extension://UUID`, the origin of the extension's own pages. */
  extensionOrigin: string;
  /** Uncaught errors on any page opened through this harness (web pages and extension pages). */
  pageErrors: { url: string; message: string }[];
  /** console.error on web pages logged from the extension's scripts (source URL moz-extension://). */
  extensionConsoleErrors: { url: string; text: string }[];
  /**
   * Network requests from web pages that no fixture serves (aborted). BiDi gives no initiator stack, so a
   * request by the content script lands here too: with fixtures that ask for nothing else, empty means the
   * content script asked for nothing.
   */
  blockedRequests: string[];
  /** Network requests (anything but moz-extension:, data:, blob:) made by the extension's own pages. */
  extensionRequests: string[];
  /** A new tab with the fixture routes, error and request recording on. */
  newPage(): Promise<Page>;
  /** Opens a fixture at its real-host URL (in `page` or a new tab) and waits for `__fixture.ready`. */
  openFixture(name: FixtureName, page?: Page): Promise<Page>;
  /** Opens one of the extension's pages, e.g. `popup.html`, in `tab` (reloading it) or a new tab, and waits for it. */
  openExtensionPage(file: string, tab?: Page): Promise<Page>;
  close(): Promise<void>;
}

const NETWORK_URL = /^(https?|wss?|ftp):/i;

/** The gecko add-on id from the build's manifest: needed before launch, to fix the add-on's UUID. */
async function addonIdOf(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dir}/manifest.json names no gecko id`);
  return id;
}

/**
 * Launches Firefox ESR headless with a fresh profile, installs the Firefox build as a temporary add-on and
 * starts recording page errors and requests.
 *
 * The add-on's moz-extension UUID is random per profile, and neither BiDi nor Puppeteer reports it. Firefox
 * takes it from the `extensions.webextensions.uuids` pref (id → UUID) when one is set there, so the harness
 * sets one before the install; openExtensionPage() checks that the page it reached is this add-on's.
 * `--remote-allow-system-access` lets BiDi navigate to moz-extension: pages (refused otherwise).
 */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const extensionDir = await snapshotExtension(FIREFOX_EXTENSION_DIR);
  const expectedId = await addonIdOf(extensionDir);
  const uuid = randomUUID();
  await buildFixtures({ quiet: true });
  const serve = fixtureServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: process.env.LEADWELL_HEADFUL !== '1',
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [expectedId]: uuid }) },
  });
  const addonId = await browser.installExtension(extensionDir);
  if (addonId !== expectedId) throw new Error(`installed add-on ${addonId}, expected ${expectedId}`);
  const extensionOrigin = `moz-extension://${uuid}`;

  const pageErrors: LaunchedFirefox['pageErrors'] = [];
  const extensionConsoleErrors: LaunchedFirefox['extensionConsoleErrors'] = [];
  const blockedRequests: string[] = [];
  const extensionRequests: string[] = [];

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: String(error) }));
    page.on('console', (message) => {
      const source = message.location().url ?? '';
      if (
        message.type() === 'error' &&
        source.startsWith('moz-extension:') &&
        !page.url().startsWith('moz-extension:')
      ) {
        extensionConsoleErrors.push({ url: page.url(), text: message.text() });
      }
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void (async () => {
        const url = request.url();
        if (!NETWORK_URL.test(url)) return request.continue();
        if ((request.frame()?.url() ?? page.url()).startsWith('moz-extension:')) {
          extensionRequests.push(url);
          return request.abort('blockedbyclient');
        }
        const response = await serve(url);
        if (!response) {
          blockedRequests.push(url);
          return request.abort('blockedbyclient');
        }
        return request.respond(response);
      })().catch(() => undefined); // the page went away mid-request
    });
    return page;
  };

  const openFixture = async (name: FixtureName, page?: Page): Promise<Page> => {
    const p = page ?? (await newPage());
    await p.goto(FIXTURES[name]);
    await p.waitForFunction(() => window.__fixture !== undefined, { timeout: 15_000 });
    await p.evaluate(async () => {
      await window.__fixture?.ready;
    });
    return p;
  };

  const openExtensionPage = async (file: string, tab?: Page): Promise<Page> => {
    const page = tab ?? (await newPage());
    const url = `${extensionOrigin}/${file}`;
    // Firefox loads the page, but Puppeteer never sees a moz-extension: navigation (nor a reload) finish: mark
    // the document we leave, start the navigation, and wait for a new, loaded document at the URL instead.
    await page.evaluate(() => {
      (window as { __leadwellLeft?: boolean }).__leadwellLeft = true;
    });
    page.goto(url, { timeout: 15_000 }).catch(() => undefined);
    // While the document is being swapped, BiDi's script.evaluate can fail with a protocol error ("right-hand
    // side of 'in' should be an object, got null"): that is the old realm going away, not a verdict, so poll
    // again until the new document answers or the time is up. Polled with evaluate, not waitForFunction: its
    // in-page poller calls Function(), which the extension page's CSP blocks in Firefox 140 ESR.
    const deadline = Date.now() + 15_000;
    let last: unknown = 'no answer';
    for (;;) {
      try {
        const ready = await page.evaluate(
          (u) =>
            !(window as { __leadwellLeft?: boolean }).__leadwellLeft &&
            location.href === u &&
            document.readyState === 'complete',
          url,
        );
        if (ready) break;
        last = 'not loaded yet';
      } catch (error) {
        last = error;
      }
      if (Date.now() >= deadline) throw new Error(`${url} did not load in 15 s: ${String(last)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const base = await page.evaluate(() => {
      const g = globalThis as unknown as { browser?: { runtime: { id: string; getURL(p: string): string } } };
      return { id: g.browser?.runtime.id, url: g.browser?.runtime.getURL('') };
    });
    if (base.id !== addonId || base.url !== `${extensionOrigin}/`) {
      throw new Error(`${url} is not ${addonId}'s page (runtime: ${JSON.stringify(base)})`);
    }
    return page;
  };

  return {
    browser,
    addonId,
    extensionOrigin,
    pageErrors,
    extensionConsoleErrors,
    blockedRequests,
    extensionRequests,
    newPage,
    openFixture,
    openExtensionPage,
    close: async () => {
      await browser.close();
      await rm(extensionDir, { recursive: true, force: true });
    },
  };
}

/** The browser-neutral helpers (../e2e/page-helpers.ts) drive a Puppeteer page through this adapter. */
const drivers = new WeakMap<Page, Driver>();
export function driver(page: Page): Driver {
  let d = drivers.get(page);
  if (!d) {
    d = {
      // Our args and results are plain JSON, which Puppeteer passes through unchanged.
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>,
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
      type: (text, delay) => page.keyboard.type(text, { delay }),
      press: async (chord) => {
        // Puppeteer presses one key at a time: hold the modifiers of 'Control+End' around the last key.
        const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
        const key = keys.pop()!;
        for (const k of keys) await page.keyboard.down(k);
        await page.keyboard.press(key);
        for (const k of keys.reverse()) await page.keyboard.up(k);
      },
    };
    drivers.set(page, d);
  }
  return d;
}
