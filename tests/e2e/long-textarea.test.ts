// A long textarea draft (well over what the mirror lays out in one task, issue 14): the mark of a sentence
// far down lies on that sentence's line once the rest is laid out, and follows it when a line is added
// at the top (the mirror keeps the unchanged blocks after the edit, shifted).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, leadwellMarks, openFixture, type LaunchedExtension } from './harness';

const COMMAND = 'Send me the report by Friday.';
/** Lines of 14px/20px monospace, each too short to wrap: line n's top is padding + 20 n − scrollTop. */
const LINE = 20;
const LINES = 2400;
/** The flagged line: past what the mirror lays out in one task, early enough for the whole-draft pass. */
const AT = 1250;

let ext: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.context.newPage();
});
afterAll(async () => {
  await ext?.close();
});

/** The viewport band [top, bottom) of line `n` of the fixture's textarea, as it is scrolled now. */
async function lineBand(p: Page, n: number): Promise<{ top: number; bottom: number }> {
  return p.evaluate(
    ({ n, line }) => {
      const el = window.__fixture!.editable as HTMLTextAreaElement;
      const r = el.getBoundingClientRect();
      const top = r.top + el.clientTop + 8 + n * line - el.scrollTop;
      return { top, bottom: top + line };
    },
    { n, line: LINE },
  );
}

/** The vertical middle of the first line of the mark starting at COMMAND, or null while there is none. */
async function markMiddle(p: Page): Promise<number | null> {
  const rects = (await leadwellMarks(p)).filter((m) => m.text.startsWith(COMMAND)).map((m) => m.rect);
  if (!rects.length) return null;
  const first = rects.reduce((a, b) => (b.y < a.y ? b : a));
  return first.y + first.height / 2;
}

describe('a long textarea draft', () => {
  it('marks a sentence far down on its own line, and again after a line is added above it', async () => {
    await openFixture(ext.context, 'textarea', { page });
    const offset = await page.evaluate(
      ({ lines, at, command }) => {
        const el = window.__fixture!.editable as HTMLTextAreaElement;
        Object.assign(el.style, {
          font: '14px/20px monospace',
          padding: '8px',
          width: '760px',
          height: '400px',
          boxSizing: 'border-box',
        });
        const text = Array.from({ length: lines }, (_, i) =>
          i === at
            ? command
            : `Notes ${String(i).padStart(4, '0')} from the offsite are in the shared folder.`,
        );
        text[at - 1] = text[at + 1] = ''; // the flagged sentence alone between blank lines
        el.value = text.join('\n');
        const offset = el.value.indexOf(command);
        el.focus();
        el.setSelectionRange(offset, offset);
        el.scrollTop = 8 + at * 20 - 200; // its line in the middle of the box
        return offset;
      },
      { lines: LINES, at: AT, command: COMMAND },
    );
    expect(offset).toBeGreaterThan(65_536); // more than the mirror lays out in one task
    await page.keyboard.press('Shift'); // the person's own input: Leadwell starts in this box

    const onLine = async (n: number) => {
      const middle = await markMiddle(page);
      const band = await lineBand(page, n);
      return middle !== null && middle >= band.top && middle < band.bottom;
    };
    await expect.poll(() => onLine(AT), { timeout: 20_000 }).toBe(true);

    // A new first line: every line moves down one (the textarea keeps its scroll position).
    await page.evaluate(() => {
      const el = window.__fixture!.editable as HTMLTextAreaElement;
      el.setSelectionRange(0, 0);
    });
    const scrolled = await page.evaluate(() => window.__fixture!.editable!.scrollTop);
    await page.keyboard.press('Enter');
    await page.evaluate((top) => (window.__fixture!.editable!.scrollTop = top), scrolled);
    await expect.poll(() => onLine(AT + 1), { timeout: 20_000 }).toBe(true);
  });
});
