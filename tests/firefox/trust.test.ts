// The page cannot drive Leadwell (issue 15), in real Firefox ESR with the Firefox build: a box focused by script
// gets no overlay; scripted hover, Apply, "Don't flag this kind", Alt+Shift+L, Ctrl+Enter and Send clicks change
// nothing and record nothing (counted on the weekly summary page, i.e. in IndexedDB). Each scripted check is
// followed by the same action done as a person (trusted input), which must work, so none can pass by accident.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hoverMark,
  leadwellCard,
  modelText,
  sleep,
  typeInto,
  waitForMarks,
  type Driver,
} from '../e2e/page-helpers';
import { driver, launchFirefox, type LaunchedFirefox } from './harness';

const COMMAND = 'Send me the report by Friday.';

let ff: LaunchedFirefox;
let summary: Page;

beforeAll(async () => {
  ff = await launchFirefox();
  summary = await ff.openExtensionPage('summary.html');
});
afterAll(async () => {
  await ff?.close();
});

/** Messages recorded so far, as the weekly summary page reads them from IndexedDB. */
async function recordedMessages(): Promise<number> {
  await ff.openExtensionPage('summary.html', summary);
  await summary.waitForSelector('#app[data-ready]');
  const value = await summary
    .$eval('[data-stat="messages"] .value', (el) => el.getAttribute('data-value'))
    .catch(() => '0');
  return Number(value);
}

/** As page script: dispatches events on (or .click()s) Leadwell elements reached through the open shadow root. */
async function scriptOnLeadwell(page: Driver, selector: string, events: string[]): Promise<number> {
  return page.evaluate(
    ({ selector, events }) => {
      const host = document.querySelector('leadwell-overlay');
      const targets = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
      for (const t of targets) {
        for (const type of events) {
          if (type === 'click()') t.click();
          else t.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, detail: 1 }));
        }
      }
      return targets.length;
    },
    { selector, events },
  );
}

describe('Firefox: the page cannot drive Leadwell', () => {
  it('a box focused by script gets no overlay; typing in it does', async () => {
    const tab = await ff.openFixture('textarea');
    const page = driver(tab);
    await page.evaluate(() => window.__fixture?.editable?.focus(), undefined);
    await sleep(1500);
    const overlays = () =>
      page.evaluate(() => document.querySelectorAll('leadwell-overlay').length, undefined);
    expect(await overlays()).toBe(0);
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    expect(await overlays()).toBe(1);
    await tab.close();
  });

  it('scripted hover, Apply, "Don\'t flag this kind" and Alt+Shift+L change nothing; the person\'s do', async () => {
    const tab = await ff.openFixture('textarea');
    const page = driver(tab);
    await typeInto(page, COMMAND, { delay: 5 });
    const [mark] = await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    expect(
      await scriptOnLeadwell(page, '[data-leadwell-finding]', ['mouseover', 'mouseenter']),
    ).toBeGreaterThan(0);
    await page.evaluate(() => {
      const init = { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true, composed: true };
      window.__fixture!.editable!.dispatchEvent(new KeyboardEvent('keydown', init));
    }, undefined);
    await sleep(500);
    expect(await leadwellCard(page)).toBeNull();

    await hoverMark(page, mark!); // the person's mouse opens the card
    await expect.poll(async () => (await leadwellCard(page))?.rewrites.length ?? 0).toBeGreaterThan(0);
    for (const selector of [
      '[data-leadwell-apply]',
      '[data-leadwell-disable-rule]',
      '[data-leadwell-dismiss]',
    ]) {
      expect(await scriptOnLeadwell(page, selector, ['click()', 'click'])).toBeGreaterThan(0);
    }
    await sleep(800);
    expect(await modelText(page)).toBe(COMMAND);
    expect(
      (await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'))).length,
    ).toBeGreaterThan(0);

    await page.press('Alt+Shift+KeyL'); // the person's shortcut does open it
    await expect.poll(async () => (await leadwellCard(page)) !== null).toBe(true);
    await tab.close();
  });

  it("25 synthetic Ctrl+Enter and a scripted Send click record nothing; the person's Ctrl+Enter records one", async () => {
    const before = await recordedMessages();
    const tab = await ff.openFixture('textarea');
    const page = driver(tab);
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await page.evaluate(() => {
      const box = window.__fixture!.editable!;
      for (let i = 0; i < 25; i++) {
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      }
      document.querySelector<HTMLElement>('[data-fixture-send]')?.click();
    }, undefined);
    await sleep(1500);
    expect(await recordedMessages()).toBe(before);

    await tab.bringToFront();
    await page.press('Control+Enter');
    await expect.poll(recordedMessages, { timeout: 10_000, interval: 300 }).toBe(before + 1);
    await tab.close();
  });
});
