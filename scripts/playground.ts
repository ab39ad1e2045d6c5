// `npm start`: Chromium with the built Leadwell on a playground of sample drafts in real editors, served at
// a default-enabled host (https://mail.google.com/leadwell-playground) by route, with no network.
// With a display (DISPLAY set, not CI) the browser opens and stays until you close it. Otherwise it runs
// headless, waits for Leadwell's marks, opens a card, and saves screenshots to .output/playground/.
// The npm script builds the extension first; this script builds only the fixture bundles (if stale).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
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

const OUT_DIR = path.resolve('.output/playground');
const MARK_TIMEOUT_MS = Number(process.env.LEADWELL_PLAYGROUND_TIMEOUT ?? 15_000);
const headful = Boolean(process.env.DISPLAY) && !process.env.CI;

/** Focuses the index-th playground editor (scrolled into view), as a click into it would. */
async function focusEditor(page: Page, index: number) {
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

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runHeadless(page: Page) {
  await mkdir(OUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shoot = async (name: string, fullPage = false) => {
    const file = path.join(OUT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };
  // The first box decides whether Leadwell works at all; the others then get a short look each.
  await focusEditor(page, 0);
  let marks = await waitFor(async () => {
    const all = await leadwellMarks(page);
    return all.length ? all : undefined;
  }, MARK_TIMEOUT_MS);
  if (marks) {
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
      const label = found?.badge ? `${found.badge.count} (${found.badge.label})` : 'not settled';
      perEditor.unshift(`${name}: ${label}`);
      const file = path.join(OUT_DIR, `editor-${name}.png`);
      await page.locator('.fx-card').nth(i).screenshot({ path: file });
      shots.push(file);
    }
    console.log(`Findings per editor: ${perEditor.join(', ')}`);
    marks = await leadwellMarks(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('overview', true);
  if (!marks) {
    console.log(`Leadwell drew no marks within ${MARK_TIMEOUT_MS} ms (is the content script built?).`);
  } else {
    const first = (await inCard(page, 0)).marks[0] ?? marks[0]!;
    await hoverMark(page, first);
    const card = await waitFor(async () => (await leadwellCard(page)) ?? undefined, 3_000);
    if (card) {
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
