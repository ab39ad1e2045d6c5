/**
 * Browser test harness: real Chromium with the built extension, fixture pages served at real hosts' URLs.
 *
 * Typical use (one browser per test file):
 * ```ts
 * let ext: LaunchedExtension;
 * beforeAll(async () => { ext = await launchExtension(); });   // also routes every fixture
 * afterAll(async () => { await ext?.close(); });
 * it('flags a bare command in Quill', async () => {
 *   const page = await openFixture(ext.context, 'quill');
 *   await typeInto(page, 'Send me the report by Friday.');
 *   const marks = await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
 *   await hoverMark(page, marks[0]!);
 *   await clickLeadwell(page, '[data-leadwell-apply]');
 *   expect(await modelText(page)).not.toContain('Send me the report');
 * });
 * ```
 * Run: `npm run -s build` once (the extension), then `npx vitest run tests/e2e/your.test.ts`.
 * Fixture bundles are (re)built on demand by routeFixtures(), so no extra step is needed.
 * Each launch loads a private copy of .output/chrome-mv3 (a rebuild meanwhile cannot break the run), so the
 * extension id differs per launch: use `ext.extensionId`. Pages expose `window.__fixture` (FixtureApi in
 * fixtures/src/fixture-api.ts). Functions passed to page.evaluate must not declare inner named functions
 * (tsx's keepNames wraps them in a `__name` helper the page lacks).
 */
import { DEFAULT_SETTINGS } from '../../lib/settings-schema';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { buildFixtures } from './fixtures/build.mjs';
import * as neutral from './page-helpers';
import {
  fixtureServer,
  PLAYGROUND_URL,
  ROOT,
  snapshotExtension,
  type Box,
  type LeadwellMark,
} from './page-helpers';

export {
  ASSET_PREFIX,
  EDITOR_FIXTURES,
  FIXTURES,
  PLAYGROUND_URL,
  type Box,
  type FixtureName,
  type LeadwellBadge,
  type LeadwellMark,
} from './page-helpers';

/** The production Chrome build that every browser test loads, unchanged (from a private copy, see below). */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export interface LaunchOptions {
  /** Default true; set false (or LEADWELL_HEADFUL=1) to watch. */
  headless?: boolean;
  /** Default true: calls routeFixtures(context). */
  routeFixtures?: boolean;
  /** Extra pages to serve by URL (exact URL without query/hash → HTML), e.g. the playground. */
  extraPages?: Record<string, string>;
  /** Extra Chromium args (e.g. a window size). */
  args?: string[];
}

export interface LaunchedExtension {
  context: BrowserContext;
  /** The extension's id (host of its chrome-extension:// URLs). */
  extensionId: string;
  serviceWorker: Worker;
  /**
   * Network URLs (anything but chrome-extension:, data:, blob:) requested by the extension: by its service
   * worker, its own pages (popup, options…), or by the content script (detected via the request's JS
   * initiator stack). The contract says this must stay empty.
   */
  extensionRequests: string[];
  /** Requests that no fixture route served (aborted). Page code asking for the outside world ends up here too. */
  blockedRequests: string[];
  /** Uncaught errors on any page of the context. */
  pageErrors: { url: string; message: string }[];
  /**
   * console.error messages on web pages logged from the extension's scripts (source URL chrome-extension://),
   * e.g. an uncaught error in the content script, which is not a page error.
   */
  extensionConsoleErrors: { url: string; text: string }[];
  /**
   * The extension's own files (chrome-extension://ID/…) that web pages loaded, e.g. a lazily imported engine
   * chunk: `{ page, url }`, page being the page's URL at the time.
   */
  extensionResourceLoads: { page: string; url: string }[];
  close(): Promise<void>;
}

const NETWORK_URL = /^(https?|wss?|ftp):/i;

/**
 * Launches /usr/bin/chromium with the built extension (.output/chrome-mv3) in a fresh profile, waits for
 * its service worker, starts recording extension requests and page errors, and routes the fixtures.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = await snapshotExtension(EXTENSION_DIR);
  const headless = options.headless ?? process.env.LEADWELL_HEADFUL !== '1';
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const extensionRequests: string[] = [];
  const pageErrors: LaunchedExtension['pageErrors'] = [];
  const extensionConsoleErrors: LaunchedExtension['extensionConsoleErrors'] = [];
  const extensionResourceLoads: LaunchedExtension['extensionResourceLoads'] = [];
  const record = (url: string) => {
    if (NETWORK_URL.test(url)) extensionRequests.push(url);
  };
  context.on('request', (request: Request) => {
    if (request.serviceWorker()) return record(request.url());
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      return; // no frame: a worker's request, not ours to judge here
    }
    if (frameUrl.startsWith('chrome-extension://')) record(request.url());
    else if (request.url().startsWith('chrome-extension://')) {
      extensionResourceLoads.push({ page: frameUrl, url: request.url() });
    }
  });
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: String(error) }));
    page.on('console', (message) => {
      const source = message.location().url;
      if (
        message.type() === 'error' &&
        source.startsWith('chrome-extension://') &&
        !page.url().startsWith('chrome-extension://')
      ) {
        extensionConsoleErrors.push({ url: page.url(), text: message.text() });
      }
    });
    watching.set(page, watchContentScriptRequests(context, page, record));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  let blockedRequests: string[] = [];
  if (options.routeFixtures !== false) {
    blockedRequests = (await routeFixtures(context, { extraPages: options.extraPages })).blockedRequests;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    extensionRequests,
    blockedRequests,
    pageErrors,
    extensionConsoleErrors,
    extensionResourceLoads,
    close: async () => {
      await context.close();
      await rm(extensionDir, { recursive: true, force: true });
    },
  };
}

/** Per page: resolves once its CDP request watch is on (openFixture waits for it before navigating). */
const watching = new WeakMap<Page, Promise<void>>();

/** Records network requests whose JS initiator stack includes the extension's scripts (the content script). */
async function watchContentScriptRequests(
  context: BrowserContext,
  page: Page,
  record: (url: string) => void,
) {
  try {
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      if (stackFromExtension(event.initiator?.stack)) record(event.request.url);
    });
    await cdp.send('Network.enable');
  } catch {
    // page closed before the session attached: nothing to watch
  }
}

interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}
function stackFromExtension(stack: CdpStack | undefined): boolean {
  for (let s = stack; s; s = s.parent) {
    if (s.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  }
  return false;
}

/**
 * Serves every fixture page at its FIXTURES URL (plus `extraPages`), and fixture bundles and TinyMCE's files
 * under ASSET_PREFIX on any host. Every other http(s) request is aborted and recorded in `blockedRequests`.
 * Builds the fixture bundles first when their sources changed.
 */
export async function routeFixtures(
  context: BrowserContext,
  options: { extraPages?: Record<string, string> } = {},
): Promise<{ blockedRequests: string[] }> {
  await buildFixtures({ quiet: true });
  const serve = fixtureServer(options.extraPages);
  const blockedRequests: string[] = [];
  await context.route(/^https?:/, async (route) => {
    const url = route.request().url();
    const response = await serve(url);
    if (!response) {
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill(response);
  });
  return { blockedRequests };
}

/**
 * Opens a fixture in a new page (or `options.page`) at its real-host URL and waits for `__fixture.ready`.
 * The returned page is ready for typeInto().
 */
export async function openFixture(
  context: BrowserContext,
  name: neutral.FixtureName,
  options: { page?: Page } = {},
): Promise<Page> {
  const page = options.page ?? (await context.newPage());
  await watching.get(page);
  await page.goto(neutral.FIXTURES[name]);
  await page.waitForFunction(() => window.__fixture !== undefined, null, { timeout: 15_000 });
  await page.evaluate(async () => {
    await window.__fixture?.ready;
  });
  return page;
}

/** Opens the playground page (PLAYGROUND_URL) and waits until all its editors are mounted. */
export async function openPlayground(context: BrowserContext, options: { page?: Page } = {}): Promise<Page> {
  const page = options.page ?? (await context.newPage());
  await watching.get(page);
  await page.goto(PLAYGROUND_URL);
  await page.waitForFunction(() => window.__playground !== undefined, null, { timeout: 15_000 });
  await page.evaluate(async () => {
    await window.__playground?.ready;
  });
  return page;
}

/** The browser-neutral helpers (./page-helpers.ts) drive a Playwright page through this adapter. */
const drivers = new WeakMap<Page, neutral.Driver>();
function driver(page: Page): neutral.Driver {
  let d = drivers.get(page);
  if (!d) {
    d = {
      // Our args are plain JSON (no handles), so Playwright's Unboxed<A> is A itself.
      evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
      type: (text, delay) => page.keyboard.type(text, { delay }),
      press: (chord) => page.keyboard.press(chord),
    };
    drivers.set(page, d);
  }
  return d;
}

/**
 * Focuses the fixture's editable and puts the caret where a person would continue writing: the end of the
 * text (Ctrl+End), or the fixture's own placeCaret() (Gmail: end of the draft, above the quoted reply).
 */
export const focusEditable = (page: Page) => neutral.focusEditable(driver(page));

/**
 * Types `text` with real key events (page.keyboard) into the fixture's editable, after focusing it with the
 * caret at the end. '\n' presses Enter (which sends, on the chat fixture). `delay` is ms per key (default 15,
 * a fast typist); pass `{ focus: false }` to type wherever the caret already is.
 */
export const typeInto = (page: Page, text: string, options: { delay?: number; focus?: boolean } = {}) =>
  neutral.typeInto(driver(page), text, options);

/** The editor's own model text (`__fixture.getText()`), e.g. Quill's getText() or a textarea's value. */
export const modelText = (page: Page) => neutral.modelText(driver(page));

/** Clicks the page's send button and returns everything sent so far (`__fixture.sent`). */
export async function send(page: Page): Promise<string[]> {
  await page.click('[data-fixture-send]');
  return sentMessages(page);
}

/** Everything the page has sent so far (the model text at each send). */
export const sentMessages = (page: Page) => neutral.sentMessages(driver(page));

/** Every visible-or-not Leadwell underline mark on the page: `[data-leadwell-finding]` in `leadwell-*` shadow roots. */
export const leadwellMarks = (page: Page) => neutral.leadwellMarks(driver(page));

/** Every `[data-leadwell-badge]` (one per analysed box). */
export const leadwellBadges = (page: Page) => neutral.leadwellBadges(driver(page));

/** The first badge, or null when none is shown. */
export async function leadwellBadge(page: Page): Promise<neutral.LeadwellBadge | null> {
  return (await leadwellBadges(page))[0] ?? null;
}

/** The open card (`[data-leadwell-card]`): its text and the labels of its apply buttons; null when closed. */
export const leadwellCard = (page: Page) => neutral.leadwellCard(driver(page));

/** Any elements matching `selector` inside Leadwell's shadow roots, with attributes, text and box. */
export const leadwellElements = (page: Page, selector: string) =>
  neutral.leadwellElements(driver(page), selector);

/** Polls until `predicate(marks)` holds (default: at least one mark), then returns the marks; throws on timeout. */
export const waitForMarks = (page: Page, predicate?: (marks: LeadwellMark[]) => boolean, timeout?: number) =>
  neutral.waitForMarks(driver(page), predicate, timeout);

/** Moves the real mouse to the centre of a mark's box (opens its card on hover). */
export const hoverMark = (page: Page, mark: { rect: Box }) => neutral.hoverMark(driver(page), mark);

/** Clicks, with the real mouse at its centre, the `index`-th element matching `selector` in Leadwell's roots. */
export const clickLeadwell = (page: Page, selector: string, index = 0) =>
  neutral.clickLeadwell(driver(page), selector, index);

/** Hovers `mark`, clicks the first Apply in its card, waits for the model to hold it: `{ card, rewrite }`. */
export const applyFirstRewrite = (page: Page, mark: { rect: Box }) =>
  neutral.applyFirstRewrite(driver(page), mark);

/** Presses Ctrl+Z (the editor's own undo). */
export const undo = (page: Page) => neutral.undo(driver(page));

type ChromeForTests = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

/**
 * The tab id of `page`: brought to the front, it is the active tab. (The service worker cannot match by URL:
 * without the `tabs` permission Chromium hides tab URLs, even on hosts the content script runs on.)
 */
export async function tabIdOf(ext: LaunchedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeForTests };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** The settings as stored (storage.local 'settings'), or {} when none were written yet. */
export async function storedSettings(ext: LaunchedExtension): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeForTests };
    return ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

/** Writes the defaults, then what is stored, then `patch`, as the options page would. */
export async function setSettings(ext: LaunchedExtension, patch: Record<string, unknown>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...(await storedSettings(ext)), ...patch };
  await ext.serviceWorker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeForTests };
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/**
 * Records, in the service worker, every `stats/record` message the content script sends (alongside the
 * real handler), so a test can check what would be stored without depending on the store.
 */
export async function captureStatsRecords(ext: LaunchedExtension): Promise<void> {
  await ext.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __records: unknown[] };
    g.__records = [];
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { onMessage: { addListener(f: (m: { type?: string; record?: unknown }) => void): void } };
      };
    };
    chrome.runtime.onMessage.addListener((m) => {
      if (m?.type === 'stats/record') g.__records.push(m.record);
    });
  });
}
