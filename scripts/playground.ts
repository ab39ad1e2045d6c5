// `npm start`: Chromium with the built Leadwell on a playground of sample drafts in real editors, served at
// a default-enabled host (https://mail.google.com/leadwell-playground) by route, with no network.
// With a display (DISPLAY set, not CI) the browser opens and stays until you close it. Otherwise it runs
// headless, waits for Leadwell's marks, opens a card, and saves screenshots to .output/playground/.
// The npm script builds the extension first; this script builds only the fixture bundles (if stale).
// `npm run screenshots` (scripts/screenshots.ts) reuses the steps exported here.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import {
  clickLeadwell,
  hoverMark,
  launchExtension,
  leadwellBadges,
  leadwellCard,
  leadwellMarks,
  openPlayground,
  PLAYGROUND_URL,
  type Box,
  type LeadwellBadge,
  type LeadwellMark,
} from '../tests/e2e/harness.ts';

/** The browser the harness drives (tests/e2e/harness.ts reads the same variable). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Ends the process with what is missing and the one command that installs it, instead of a stack trace. */
export function requireChromium(what: string): void {
  if (existsSync(CHROMIUM_PATH)) return;
  process.stderr.write(
    `${what} needs Chromium at ${CHROMIUM_PATH}, and there is none.\n` +
      `Install it with:  sudo apt-get install -y chromium\n` +
      `(or point CHROMIUM_PATH at a Chromium or Chrome binary)\n`,
  );
  process.exit(1);
}

const OUT_DIR = path.resolve('.output/playground');
const MARK_TIMEOUT_MS = Number(process.env.LEADWELL_PLAYGROUND_TIMEOUT ?? 15_000);
const headful = Boolean(process.env.DISPLAY) && !process.env.CI;

/** Focuses the index-th playground editor (scrolled into view), as a click into it would. */
export async function focusEditor(page: Page, index: number) {
  await page.evaluate((i) => {
    const editable = window.__playground?.editors[i]?.editable;
    editable?.scrollIntoView({ block: 'center' });
    editable?.ownerDocument.defaultView?.focus();
    editable?.focus();
  }, index);
  // A key of the person's own (trusted): Leadwell shows itself in a box only after real input there, never on
  // a scripted focus alone (issue 15), so a focused sample draft would otherwise stay unmarked.
  await page.keyboard.press('Shift');
}

/** Leadwell's marks and badge over the index-th editor's card (marks of the other boxes stay on screen). */
async function inCard(page: Page, index: number): Promise<{ marks: LeadwellMark[]; badge?: LeadwellBadge }> {
  const box = await page.evaluate((i) => {
    const editable = window.__playground?.editors[i]?.editable;
    const frame = editable?.ownerDocument.defaultView?.frameElement;
    const card = (frame ?? editable)?.closest('.fx-card');
    const r = card?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, index);
  if (!box) return { marks: [] };
  const inside = ({ rect }: { rect: Box }) =>
    rect.y + rect.height / 2 > box.y &&
    rect.y + rect.height / 2 < box.y + box.height &&
    rect.x + rect.width / 2 > box.x &&
    rect.x + rect.width / 2 < box.x + box.width;
  const marks = (await leadwellMarks(page)).filter(inside);
  return { marks, badge: (await leadwellBadges(page)).find(inside) };
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Brings every playground editor to rest: the first box decides whether Leadwell works at all (undefined if
 * it draws no mark in time); the others then get a short look each, last to first so the page ends at the
 * top. `each` sees every editor once it has settled (for a screenshot). Returns "name: count (label)" lines.
 */
export async function settleEditors(
  page: Page,
  each?: (index: number, name: string) => Promise<void>,
): Promise<string[] | undefined> {
  await focusEditor(page, 0);
  const marks = await waitFor(async () => {
    const all = await leadwellMarks(page);
    return all.length ? all : undefined;
  }, MARK_TIMEOUT_MS);
  if (!marks) return undefined;
  const perEditor: string[] = [];
  const count = await page.evaluate(() => window.__playground?.editors.length ?? 0);
  for (let i = count - 1; i >= 0; i--) {
    await focusEditor(page, i);
    // Settled: the badge is up and as many marks as it counts are drawn over this card.
    const found = await waitFor(async () => {
      const seen = await inCard(page, i);
      return seen.badge && seen.marks.length >= seen.badge.count ? seen : undefined;
    }, 3_000);
    const name = await page.evaluate((index) => window.__playground?.editors[index]?.name ?? '', i);
    perEditor.unshift(
      `${name}: ${found?.badge ? `${found.badge.count} (${found.badge.label})` : 'not settled'}`,
    );
    await each?.(i, name);
  }
  return perEditor;
}

/** Hovers the first mark of the first editor and waits for its card (undefined if none opens in 3 s). */
export async function openFirstCard(page: Page) {
  const first = (await inCard(page, 0)).marks[0] ?? (await leadwellMarks(page))[0];
  if (!first) return undefined;
  await hoverMark(page, first);
  const card = await waitFor(async () => (await leadwellCard(page)) ?? undefined, 3_000);
  return card && { card, mark: first };
}

async function runHeadless(page: Page) {
  await mkdir(OUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shoot = async (name: string, fullPage = false) => {
    const file = path.join(OUT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };
  const perEditor = await settleEditors(page, async (i, name) => {
    const file = path.join(OUT_DIR, `editor-${name}.png`);
    await page.locator('.fx-card').nth(i).screenshot({ path: file });
    shots.push(file);
  });
  if (perEditor) console.log(`Findings per editor: ${perEditor.join(', ')}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('overview', true);
  if (!perEditor) {
    console.log(`Leadwell drew no marks within ${MARK_TIMEOUT_MS} ms (is the content script built?).`);
  } else {
    const opened = await openFirstCard(page);
    if (opened) {
      const { card, mark: first } = opened;
      console.log(`Card for "${first.text}" (${first.rule}): ${card.rewrites.length} rewrite(s)`);
      await shoot('card');
      if (card.rewrites.length) {
        const readFirst = () => page.evaluate(() => window.__playground?.editors[0]?.getText() ?? '');
        const before = await readFirst();
        await clickLeadwell(page, '[data-leadwell-apply]');
        const after = await waitFor(async () => {
          const text = await readFirst();
          return text !== before ? text : undefined;
        }, 3_000);
        const outcome = after === undefined ? 'did NOT change the editor' : 'rewrote the draft';
        console.log(`Applying "${card.rewrites[0]}" ${outcome}.`);
        await shoot('applied');
      }
    } else {
      console.log('Hovering the first mark opened no card within 3 s.');
      await shoot('hover');
    }
  }
  console.log(`Screenshots:\n${shots.map((s) => `  ${path.relative(process.cwd(), s)}`).join('\n')}`);
}

async function main() {
  requireChromium('npm start');
  if (process.argv.includes('--check')) return; // npm start checks before it spends a minute building
  const ext = await launchExtension({ headless: !headful });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await openPlayground(ext.context, { page });
  console.log(`Leadwell ${ext.extensionId} loaded; playground at ${PLAYGROUND_URL}`);
  if (headful) {
    await focusEditor(page, 0);
    console.log('Close the browser window to quit.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  } else {
    try {
      await runHeadless(page);
    } finally {
      if (ext.extensionRequests.length)
        console.log(`Extension requests (should be none): ${ext.extensionRequests}`);
      await ext.close();
    }
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) await main();
