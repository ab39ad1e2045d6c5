// The extension's own pages in real Firefox ESR (moz-extension://…): the popup's paste box analysing typed
// text and applying a rewrite, and the weekly summary page, empty, seeded through the background, and fed by
// a message sent from a compose box; no page error and no request from the extension.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRecord } from '../../lib/stats/fixtures';
import { typeInto, waitForMarks } from '../e2e/page-helpers';
import { sendRecordsInPage } from '../e2e/summary-seed';
import { driver, launchFirefox, type LaunchedFirefox } from './harness';

const OBLIGATION = 'You need to finish the audit by Friday.';

let ff: LaunchedFirefox;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (el, n) => el.getAttribute(n), name);

describe('popup', () => {
  it('analyses text typed in the paste box, and Apply rewrites it there with the slot selected', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await popup.waitForSelector('header h1');
    // The active tab is the popup page itself: no draft and no site, so the paste box is offered.
    const box = await popup.waitForSelector('[data-popup-paste]');
    expect(await popup.$$('[data-popup-site-switch]')).toHaveLength(0);
    await box!.click();
    await popup.keyboard.type(OBLIGATION, { delay: 5 });
    await popup.waitForSelector('[data-popup-finding="obligation"]');
    expect(
      await popup.$eval('[data-popup-finding="obligation"] [data-popup-text]', (el) => el.textContent),
    ).toBe(OBLIGATION);
    await popup.click('[data-popup-finding="obligation"] [data-popup-apply]');
    const { value, selected } = await popup.$eval('[data-popup-paste]', (el) => {
      const area = el as HTMLTextAreaElement;
      return { value: area.value, selected: area.value.slice(area.selectionStart, area.selectionEnd) };
    });
    expect(value).not.toContain('You need to');
    expect(value).toContain('Could you finish the audit by Friday');
    expect(selected).toMatch(/^\[.+\]$/); // the reason slot, ready to type over
    await popup.close();
  });
});

describe('weekly summary', () => {
  let summary: Page;

  it('explains what will appear when nothing is recorded yet', async () => {
    summary = await ff.openExtensionPage('summary.html');
    await summary.waitForSelector('#app[data-ready]');
    expect(await summary.$eval('#empty', (el) => el.textContent)).toContain('Nothing recorded yet');
    expect(await summary.$eval('#export-csv', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
  });

  it('shows records seeded through the background, and draws the chart', async () => {
    const now = Date.now();
    const replies = await driver(summary).evaluate(sendRecordsInPage, [
      makeRecord(now - 2_000, { label: 'people-aware', score: 80, site: 'app.slack.com' }),
      makeRecord(now - 1_000, {
        label: 'process-only',
        score: 30,
        site: 'app.slack.com',
        rules: { 'bare-command': 2 },
      }),
    ]);
    expect(replies).toEqual([{ ok: true }, { ok: true }]);
    await ff.openExtensionPage('summary.html', summary);
    await summary.waitForSelector('#app[data-ready] [data-stat="messages"]');
    expect(await attr(summary, '[data-stat="messages"] .value', 'data-value')).toBe('2');
    expect(await attr(summary, '[data-stat="balance"] .value', 'data-value')).toBe('55');
    const painted = await summary.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#balance-chart canvas');
      if (!canvas) return -1;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
  });

  it('counts a message written and sent in a compose box (content script → background → IndexedDB)', async () => {
    const compose = await ff.openFixture('gmail'); // its Send button is one Leadwell knows
    await typeInto(driver(compose), 'Send me the report by Friday.');
    await waitForMarks(driver(compose), (m) => m.some((x) => x.rule === 'bare-command'));
    await compose.click('[data-fixture-send]');
    await expect
      .poll(
        async () => {
          await ff.openExtensionPage('summary.html', summary);
          await summary.waitForSelector('#app[data-ready]');
          return summary
            .$eval('[data-stat="messages"] .value', (el) => el.getAttribute('data-value'))
            .catch(() => null);
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe('3');
    expect(await summary.$eval('#sites tbody', (el) => el.textContent)).toContain('mail.google.com');
    await compose.close();
  });
});

describe('the outside world', () => {
  it('no page threw, and the extension requested nothing', () => {
    expect(ff.pageErrors).toEqual([]);
    expect(ff.extensionConsoleErrors).toEqual([]);
    expect(ff.blockedRequests).toEqual([]);
    expect(ff.extensionRequests).toEqual([]);
  });
});
