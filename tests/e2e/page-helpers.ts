/**
 * Browser-neutral test helpers, shared by the Chromium harness (Playwright, ./harness.ts) and the Firefox one
 * (Puppeteer over WebDriver BiDi, ../firefox/harness.ts): the fixture pages and the URLs they are served at,
 * serving a request from local files, a stable copy of a built extension, and reading and driving Leadwell's UI
 * in a page through a small `Driver` that each harness makes from its own page object.
 *
 * Functions passed to `driver.evaluate` run in the page: they must not declare inner named functions (tsx's
 * keepNames wraps them in a `__name` helper the page lacks).
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from './fixtures/src/fixture-api';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST_DIR = path.join(ROOT, 'tests/e2e/fixtures/dist');
const TINYMCE_DIR = path.join(ROOT, 'node_modules/tinymce');
/** Path prefix (on every routed host) under which fixture bundles and TinyMCE's files are served. */
export const ASSET_PREFIX = '/__fixtures/';

/**
 * Every fixture page and the real-host URL it is served at. All hosts are enabled by default,
 * so the content script runs on each without any settings change. Editors sit where the real
 * site uses something alike (Outlook: roosterjs, Discord: Slate, WhatsApp: Lexical, Teams: CKEditor 5).
 */
export const FIXTURES = {
  /** Plain contenteditable, Gmail-like compose with a quoted reply (`.gmail_quote` + blockquote). */
  gmail: 'https://mail.google.com/mail/u/0/',
  /** `<textarea>` comment box. */
  textarea: 'https://github.com/leadwell-test/handbook/issues/new',
  /** Quill 2. */
  quill: 'https://www.linkedin.com/messaging/thread/2-leadwell/',
  /** ProseMirror (basic schema, history + keymap). */
  prosemirror: 'https://teams.live.com/v2/',
  /** Lexical rich text + history. */
  lexical: 'https://web.whatsapp.com/',
  /** Slate (slate-react + slate-history, React 19). */
  slate: 'https://discord.com/channels/1000/2000',
  /** Draft.js (React 19). */
  draft: 'https://www.linkedin.com/feed/',
  /** CKEditor 5 ClassicEditor (GPL license key). */
  ckeditor: 'https://teams.microsoft.com/v2/',
  /** Trix. */
  trix: 'https://outlook.office365.com/mail/',
  /** TinyMCE 8 in iframe mode, self-hosted; `editable` is the iframe's body. */
  tinymce: 'https://outlook.live.com/mail/0/',
  /** roosterjs 9 (Outlook's editor). */
  roosterjs: 'https://outlook.office.com/mail/',
  /** Slack-like chat: contenteditable role="textbox"; Enter sends and clears. */
  chat: 'https://app.slack.com/client/T0LEADWELL/C0GENERAL',
  /** A repository page where nobody writes: no editor at all. */
  none: 'https://github.com/leadwell-test/handbook',
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** The `npm start` playground: several editors with sample drafts on one page (see scripts/playground.ts). */
export const PLAYGROUND_URL = 'https://mail.google.com/leadwell-playground';
/** The fixtures that hold an editor (every fixture but `none`). */
export const EDITOR_FIXTURES = (Object.keys(FIXTURES) as FixtureName[]).filter((n) => n !== 'none');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A URL without query or hash, the key pages are served by. */
function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

function safeJoin(dir: string, relative: string): string | undefined {
  const file = path.resolve(dir, decodeURIComponent(relative));
  return file.startsWith(dir + path.sep) ? file : undefined;
}

/** What to answer a request with; `null` means nothing serves it (block it and record it). */
export type FixtureResponse = { status: number; contentType: string; body: string | Buffer } | null;

/**
 * Serves every fixture page at its FIXTURES URL (plus the playground and `extraPages`: exact URL without
 * query/hash → HTML), and fixture bundles and TinyMCE's files under ASSET_PREFIX on any host. The fixture
 * bundles must be built first (`buildFixtures()` from ./fixtures/build.mjs).
 */
export function fixtureServer(
  extraPages: Record<string, string> = {},
): (url: string) => Promise<FixtureResponse> {
  const pages = new Map<string, string>();
  for (const [name, url] of Object.entries(FIXTURES)) pages.set(pageKey(url), `${name}.html`);
  pages.set(pageKey(PLAYGROUND_URL), 'playground.html');
  const extra = new Map<string, string>();
  for (const [url, html] of Object.entries(extraPages)) extra.set(pageKey(url), html);

  return async (url) => {
    const key = pageKey(url);
    const { pathname } = new URL(url);
    const extraHtml = extra.get(key);
    if (extraHtml !== undefined)
      return { status: 200, contentType: CONTENT_TYPES['.html']!, body: extraHtml };
    if (pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' }; // the browser's own ask
    let file: string | undefined;
    const pageFile = pages.get(key);
    if (pageFile) file = path.join(DIST_DIR, pageFile);
    else if (pathname.startsWith(`${ASSET_PREFIX}tinymce/`)) {
      file = safeJoin(TINYMCE_DIR, pathname.slice(`${ASSET_PREFIX}tinymce/`.length));
    } else if (pathname.startsWith(ASSET_PREFIX)) {
      file = safeJoin(DIST_DIR, pathname.slice(ASSET_PREFIX.length));
    }
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) return null;
    return {
      status: 200,
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      body,
    };
  };
}

/** Every file the manifest names: background (MV3 worker or MV2 scripts), content scripts, web-accessible files. */
function manifestFiles(manifest: {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: ({ resources?: string[] } | string)[];
}): string[] {
  return [
    manifest.background?.service_worker ?? '',
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) =>
      typeof w === 'string' ? [w] : (w.resources ?? []),
    ),
  ].filter((f) => f && !f.includes('*'));
}

/**
 * Copies a built extension (e.g. .output/chrome-mv3) to a private temp dir, so a rebuild of the shared .output
 * (by `wxt build` in another terminal) cannot pull files from under a running test. Waits out a build in
 * progress: the copy counts only when the manifest did not change during it and every file it names is there.
 * The caller removes the copy when done.
 */
export async function snapshotExtension(extensionDir: string): Promise<string> {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = await stat(manifestPath).catch(() => undefined);
    if (before) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'leadwell-ext-'));
      try {
        await cp(extensionDir, dir, { recursive: true });
        const after = await stat(manifestPath);
        const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
        const present = await Promise.all(
          manifestFiles(manifest).map((f) =>
            stat(path.join(dir, f)).then(
              () => true,
              () => false,
            ),
          ),
        );
        if (after.mtimeMs === before.mtimeMs && present.every(Boolean)) return dir;
      } catch {
        // a build was rewriting the folder mid-copy: try again
      }
      await rm(dir, { recursive: true, force: true });
    }
    if (Date.now() > deadline) {
      throw new Error(`No complete extension build at ${extensionDir}: run \`npm run -s build\`.`);
    }
    await sleep(250);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What the helpers below need from a page, whatever drives it. Each harness adapts its own page object
 * (Playwright's in ./harness.ts, Puppeteer's in ../firefox/harness.ts).
 */
export interface Driver {
  /** Runs `fn(arg)` in the page's main frame and returns its (serialisable) result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Real mouse, top-level viewport CSS pixels. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Real key events: `type` types text ('\n' presses Enter); `press` takes a chord such as 'Control+End'. */
  type(text: string, delay: number): Promise<void>;
  press(chord: string): Promise<void>;
}

/**
 * Focuses the fixture's editable and puts the caret where a person would continue writing: the end of the
 * text (Ctrl+End, through the editor's own key handling), or the fixture's own placeCaret() (Gmail: end of
 * the draft, above the quoted reply). Works for TinyMCE's iframe body too.
 */
export async function focusEditable(page: Driver): Promise<void> {
  const how = await page.evaluate(() => {
    const fixture = window.__fixture;
    const el = fixture?.editable;
    if (!fixture || !el) return 'none';
    el.ownerDocument.defaultView?.focus();
    el.focus();
    if (!fixture.placeCaret) return 'ctrl-end';
    fixture.placeCaret();
    return 'placed';
  }, null);
  if (how === 'none') throw new Error('This page has no __fixture.editable to type into.');
  if (how === 'ctrl-end') await page.press('Control+End');
}

/**
 * Types `text` with real key events into the fixture's editable, after focusing it with the caret at the end.
 * '\n' presses Enter (which sends, on the chat fixture). `delay` is ms per key (default 15, a fast typist);
 * pass `{ focus: false }` to type wherever the caret already is.
 */
export async function typeInto(
  page: Driver,
  text: string,
  options: { delay?: number; focus?: boolean } = {},
) {
  if (options.focus !== false) await focusEditable(page);
  await page.type(text, options.delay ?? 15);
}

/** The editor's own model text (`__fixture.getText()`), e.g. Quill's getText() or a textarea's value. */
export async function modelText(page: Driver): Promise<string> {
  return page.evaluate(() => window.__fixture?.getText() ?? '', null);
}

/** Everything the page has sent so far (the model text at each send). */
export async function sentMessages(page: Driver): Promise<string[]> {
  return page.evaluate(() => [...(window.__fixture?.sent ?? [])], null);
}

/** A box in top-level viewport CSS pixels (iframe offsets already added). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LeadwellMark {
  /** The rule id (`data-leadwell-finding`). */
  rule: string;
  /** The flagged text exactly (`data-leadwell-text`). */
  text: string;
  rect: Box;
}
export interface LeadwellBadge {
  count: number;
  label: string;
  rect: Box;
}

type Query = { selector: string };
export type Found = { attrs: Record<string, string>; text: string; rect: Box };

/**
 * Runs in the page: every element matching `selector` inside the open shadow roots of `leadwell-*` elements,
 * searching the whole document, nested open shadow roots and same-origin iframes.
 * An explicit stack, no inner named functions: tsx (esbuild keepNames) would wrap those in a `__name()`
 * helper that does not exist in the page.
 */
function findInLeadwellRoots({ selector }: Query): Found[] {
  const out: Found[] = [];
  const stack: { root: Document | ShadowRoot; dx: number; dy: number; inLeadwell: boolean }[] = [
    { root: document, dx: 0, dy: 0, inLeadwell: false },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { root, dx, dy, inLeadwell } = item;
    if (inLeadwell) {
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
        const r = el.getBoundingClientRect();
        const attrs: Record<string, string> = {};
        for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
        out.push({
          attrs,
          text: el.innerText ?? el.textContent ?? '',
          rect: { x: r.x + dx, y: r.y + dy, width: r.width, height: r.height },
        });
      }
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        stack.push({
          root: el.shadowRoot,
          dx,
          dy,
          inLeadwell: inLeadwell || el.localName.startsWith('leadwell-'),
        });
      }
      if (el.localName !== 'iframe') continue;
      const frame = el as HTMLIFrameElement;
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument; // null (or a throw) when cross-origin
      } catch {
        doc = null;
      }
      if (!doc) continue;
      const r = frame.getBoundingClientRect();
      stack.push({
        root: doc,
        dx: dx + r.x + frame.clientLeft,
        dy: dy + r.y + frame.clientTop,
        inLeadwell: false,
      });
    }
  }
  return out;
}

/** Any elements matching `selector` inside Leadwell's shadow roots, with attributes, text and box. */
export async function leadwellElements(page: Driver, selector: string): Promise<Found[]> {
  return page.evaluate(findInLeadwellRoots, { selector });
}

/** Every visible-or-not Leadwell underline mark on the page: `[data-leadwell-finding]` in `leadwell-*` shadow roots. */
export async function leadwellMarks(page: Driver): Promise<LeadwellMark[]> {
  const found = await leadwellElements(page, '[data-leadwell-finding]');
  return found.map((f) => ({
    rule: f.attrs['data-leadwell-finding'] ?? '',
    text: f.attrs['data-leadwell-text'] ?? '',
    rect: f.rect,
  }));
}

/** Every `[data-leadwell-badge]` (one per analysed box). */
export async function leadwellBadges(page: Driver): Promise<LeadwellBadge[]> {
  const found = await leadwellElements(page, '[data-leadwell-badge]');
  return found.map((f) => ({
    count: Number(f.attrs['data-count'] ?? NaN),
    label: f.attrs['data-label'] ?? '',
    rect: f.rect,
  }));
}

/** The open card (`[data-leadwell-card]`): its text and the labels of its apply buttons; null when closed. */
export async function leadwellCard(
  page: Driver,
): Promise<{ text: string; rewrites: string[]; rect: Box } | null> {
  const [card] = await leadwellElements(page, '[data-leadwell-card]');
  if (!card || card.rect.width === 0) return null;
  const buttons = await leadwellElements(page, '[data-leadwell-apply]');
  return { text: card.text, rewrites: buttons.map((b) => b.text.trim()), rect: card.rect };
}

/**
 * Polls (every 50 ms) until `predicate(marks)` holds, then returns the marks. Default predicate: at least one
 * mark. Throws with the last marks seen on timeout (default 10 s).
 */
export async function waitForMarks(
  page: Driver,
  predicate: (marks: LeadwellMark[]) => boolean = (m) => m.length > 0,
  timeout = 10_000,
): Promise<LeadwellMark[]> {
  return pollUntil(() => leadwellMarks(page), predicate, 'marks', timeout);
}

/** Moves the real mouse to the centre of a mark's box (opens its card on hover). */
export async function hoverMark(page: Driver, mark: { rect: Box }): Promise<void> {
  await page.mouseMove(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2);
}

/**
 * Clicks, with the real mouse at its centre, the `index`-th element matching `selector` inside Leadwell's
 * shadow roots, e.g. clickLeadwell(page, '[data-leadwell-apply]'). Throws when there is none.
 */
export async function clickLeadwell(page: Driver, selector: string, index = 0): Promise<void> {
  const el = (await leadwellElements(page, selector))[index];
  if (!el) throw new Error(`No Leadwell element ${selector} #${index}`);
  await page.mouseClick(el.rect.x + el.rect.width / 2, el.rect.y + el.rect.height / 2);
}

/** Polls `read()` every 50 ms until `done(value)`, then returns the value; throws naming `what` on timeout. */
async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout: number,
) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

/**
 * Hovers `mark` to open its card, waits for the card's rewrites, clicks the first Apply with the real mouse and
 * waits until the editor's own model holds the rewrite. Returns the card's text and the rewrite applied.
 */
export async function applyFirstRewrite(
  page: Driver,
  mark: { rect: Box },
  timeout = 10_000,
): Promise<{ card: string; rewrite: string }> {
  await hoverMark(page, mark);
  const card = await pollUntil(
    () => leadwellCard(page),
    (c) => (c?.rewrites.length ?? 0) > 0,
    'a card with rewrites',
    timeout,
  );
  const rewrite = card!.rewrites[0]!;
  await clickLeadwell(page, '[data-leadwell-apply]');
  await pollUntil(
    () => modelText(page),
    (text) => text.includes(rewrite),
    `the editor's model to hold "${rewrite}"`,
    timeout,
  );
  return { card: card!.text, rewrite };
}

/** Presses Ctrl+Z (the editor's own undo). */
export async function undo(page: Driver): Promise<void> {
  await page.press('Control+z');
}
