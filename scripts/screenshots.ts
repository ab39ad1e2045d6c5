/**
 * `npm run screenshots`: retakes the README's screenshots from the current build in headless Chromium, so
 * they cannot silently show an older overlay, popup or summary page:
 *   docs/playground.png  the playground's first two boxes with their marks, badges and an open card
 *   docs/popup.png       the popup over a Gmail draft with four findings
 *   docs/summary.png     the weekly summary with eight weeks of realistic seeded records
 * The npm script checks for Chromium and builds first. `tsx scripts/screenshots.ts popup` takes only some.
 */
import path from 'node:path';
import {
  launchExtension,
  openFixture,
  openPlayground,
  tabIdOf,
  typeInto,
  waitForMarks,
  type LaunchedExtension,
} from '../tests/e2e/harness.ts';
import { realisticRecords, seedRecords } from '../tests/e2e/summary-seed.ts';
import { openFirstCard, requireChromium, settleEditors } from './playground.ts';

const DOCS = path.resolve('docs');
const POPUP_DRAFT =
  'Per my last email, the deadline for the Q3 numbers is Friday. Send me the report ASAP. ' +
  'You need to finish the audit by then.';

/** The playground's intro and first two boxes, with the first mark's card open. */
async function playground(ext: LaunchedExtension): Promise<string> {
  const page = await openPlayground(ext.context);
  if (!(await settleEditors(page))) throw new Error('Leadwell drew no marks on the playground');
  await page.evaluate(() => window.scrollTo(0, 0));
  if (!(await openFirstCard(page))) throw new Error('hovering the first mark opened no card');
  // From the intro (it says what the boxes are) to the end of the second box, with a margin.
  const area = await page.evaluate(() => {
    const [first, second] = [...document.querySelectorAll('.fx-card')].map((c) => c.getBoundingClientRect());
    const intro = document.querySelector('.fx-intro')?.getBoundingClientRect() ?? first!;
    const x = Math.max(0, first!.left - 16);
    const y = Math.max(0, intro.top - 12) + window.scrollY;
    return {
      x,
      y,
      width: first!.right + 16 - x,
      height: (second ?? first)!.bottom + 16 + window.scrollY - y,
    };
  });
  const file = path.join(DOCS, 'playground.png');
  await page.screenshot({ path: file, clip: area });
  await page.close();
  return file;
}

/** The popup for a Gmail tab holding a draft with four findings. */
async function popup(ext: LaunchedExtension): Promise<string> {
  const gmail = await openFixture(ext.context, 'gmail');
  await typeInto(gmail, POPUP_DRAFT);
  await waitForMarks(gmail, (marks) => new Set(marks.map((m) => m.rule)).size >= 3);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 800 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext, gmail)}`);
  await page.waitForSelector('[data-popup-finding]');
  const file = path.join(DOCS, 'popup.png');
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  return file;
}

/** The weekly summary over eight weeks of seeded records, the person having opted in to keep examples. */
async function summary(ext: LaunchedExtension): Promise<string> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1120, height: 900 });
  // "This week" should have messages in it whatever day this runs: the page's clock is set to the latest
  // Thursday afternoon that has passed (records are seeded up to it; the store refuses future ones).
  const now = Date.now();
  const monday = new Date(now);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const thursday = monday.getTime() + (3 * 24 + 15) * 3_600_000;
  const shown = now >= thursday ? now : thursday - 7 * 24 * 3_600_000;
  await page.clock.setFixedTime(shown);
  const url = `chrome-extension://${ext.extensionId}/summary.html`;
  await page.goto(url);
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ settings: { keepExamples: true, retentionWeeks: 12 } }),
  );
  const refused = (await seedRecords(page, realisticRecords(shown, 8, 42, true))).filter((r) => !r.ok);
  if (refused.length) console.warn(`summary: ${refused.length} seeded records refused`);
  await page.goto(url);
  await page.waitForSelector('#app[data-ready] #balance-chart canvas');
  const file = path.join(DOCS, 'summary.png');
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  return file;
}

const SHOTS = { playground, popup, summary } as const;
type Shot = keyof typeof SHOTS;

requireChromium('npm run screenshots');
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in SHOTS));
if (unknown.length) {
  console.error(
    `Unknown screenshot(s): ${unknown.join(', ')} (choose from ${Object.keys(SHOTS).join(', ')})`,
  );
  process.exit(2);
}
// Light scheme, whatever the machine prefers: the README shows the default look.
const ext = await launchExtension({ args: ['--force-prefers-color-scheme=light'] });
try {
  for (const name of (wanted.length ? wanted : Object.keys(SHOTS)) as Shot[]) {
    const file = await SHOTS[name](ext);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  if (ext.extensionRequests.length)
    throw new Error(`extension requests (should be none): ${ext.extensionRequests}`);
} finally {
  await ext.close();
}
