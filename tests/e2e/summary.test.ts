// The weekly summary page in real Chromium with the built extension: records seeded through the background's
// 'stats/record' handler, numbers on the page checked against hand-computed values, the chart drawn,
// export, delete, and the whole path from sending a message in a compose box to seeing it counted.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_INFO } from '../../lib/analysis/rules/info';
import { makeRecord } from '../../lib/stats/fixtures';
import { launchExtension, openFixture, send, typeInto, type LaunchedExtension } from './harness';
import { seedRecords } from './summary-seed';

let ext: LaunchedExtension;
let page: Page;
let summaryUrl: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function openSummary(): Promise<void> {
  await page.goto(summaryUrl);
  await page.waitForSelector('#app[data-ready]');
}
const text = (selector: string) => page.locator(selector).innerText();
const value = (stat: string) => page.getAttribute(`[data-stat="${stat}"] .value`, 'data-value');

beforeAll(async () => {
  ext = await launchExtension({ routeFixtures: true });
  page = await ext.context.newPage();
  summaryUrl = `chrome-extension://${ext.extensionId}/summary.html`;
});
afterAll(async () => {
  await ext?.close();
});

describe('weekly summary page', () => {
  it('explains what will appear when nothing is recorded yet', async () => {
    await openSummary();
    expect(await text('#empty')).toContain('Nothing recorded yet');
    expect(await page.isDisabled('#export-csv')).toBe(true);
    expect(await page.isDisabled('#delete')).toBe(true);
    expect(await page.locator('#overview').count()).toBe(0);
  });

  it('shows this week against last week, exactly as the seeded records say', async () => {
    // Monday 00:00 of this week in the browser's own time zone, computed here independently of lib/stats.
    const { monday, now } = await page.evaluate(() => {
      const d = new Date();
      d.setHours(0, 0, 0, 0);
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      return { monday: d.getTime(), now: Date.now() };
    });
    const inThisWeek = (f: number) => Math.round(monday + (now - monday) * f);
    const example = [
      { rule: 'urgency' as const, text: 'Send it ASAP.', rewrite: 'Send it by 3pm, because …' },
    ];
    const thisWeek = [
      makeRecord(inThisWeek(0.1), {
        label: 'people-aware',
        score: 80,
        rewrites: { shown: 1, applied: 1, dismissed: 0 },
      }),
      makeRecord(inThisWeek(0.2), {
        label: 'people-aware',
        score: 90,
        site: 'app.slack.com',
        rewrites: { shown: 2, applied: 2, dismissed: 0 },
      }),
      makeRecord(inThisWeek(0.3), {
        label: 'process-only',
        score: 30,
        rules: { 'bare-command': 2, urgency: 1 },
        examples: example,
      }),
      makeRecord(inThisWeek(0.4), {
        label: 'process-only',
        score: 20,
        rules: { 'bare-command': 1, dismissive: 1 },
      }),
      makeRecord(inThisWeek(0.5), {
        label: 'no-ask',
        score: 100,
        site: 'app.slack.com',
        rules: { objectifying: 1 },
      }),
      makeRecord(inThisWeek(0.6), {
        label: 'people-aware',
        score: 70,
        site: 'teams.microsoft.com',
        rules: { 'bare-command': 1 },
      }),
    ];
    const lastWeek = [
      makeRecord(monday - 2 * DAY - HOUR, { label: 'process-only', score: 40, rules: { 'bare-command': 3 } }),
      makeRecord(monday - 2 * DAY - 2 * HOUR, { label: 'process-only', score: 30, rules: { urgency: 2 } }),
      makeRecord(monday - 2 * DAY - 3 * HOUR, { label: 'people-aware', score: 70 }),
    ];
    const older = makeRecord(monday - 20 * DAY, { score: 55 });
    const tooOld = makeRecord(monday - 15 * 7 * DAY);
    const replies = await seedRecords(page, [
      ...thisWeek,
      ...lastWeek,
      older,
      tooOld,
      { ...older, label: 'great' },
    ]);
    expect(replies.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(replies[10]).toEqual({ ok: false, reason: 'older than the retention period' });
    expect(replies[11]).toEqual({ ok: false, reason: 'unknown label' });

    await openSummary();
    // 6 messages, 5 of them requests; 3 people-aware = 60%; (80+90+30+20+70)/5 = 58; 1+2 rewrites applied.
    expect(await value('messages')).toBe('6');
    expect(await value('people-aware')).toBe('60');
    expect(await value('balance')).toBe('58');
    expect(await value('rewrites')).toBe('3');
    expect(await text('[data-stat="messages"]')).toContain('Last week in all: 3');
    // Last week: 1 of 3 people-aware (33%), average 47.
    expect(await text('[data-stat="people-aware"] .delta')).toBe('▲ 27 pts vs last week (33%)');
    expect(await text('[data-stat="balance"] .delta')).toBe('▲ 11 vs last week (47)');

    // Patterns: bare-command 4; then one each, heavier first: dismissive (alert), urgency (warning).
    const rules = await page
      .locator('.pattern')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(['bare-command', 'dismissive', 'urgency']);
    expect(await text('.pattern[data-rule="bare-command"] h3')).toContain('4 times in 3 messages');
    // No kept examples (not opted in): the stock model rewrite, and the example sent along was dropped.
    expect(await text('.pattern[data-rule="bare-command"] .after')).toContain(
      RULE_INFO['bare-command'].example.after,
    );
    expect(await page.getAttribute('#habit .habit', 'data-rule')).toBe('bare-command');
    expect(await text('#improved')).toContain('Average balance rose from 47 to 58.');
    expect(await text('#improved')).toContain('People-aware requests rose from 33% to 60%.');
    expect(await text('#improved')).toContain('You applied 3 rewrites (last week 0).');
    expect(await page.getAttribute('.rule-mix [data-rule="bare-command"]', 'data-count')).toBe('4');
    expect(await page.getAttribute('.rule-mix [data-rule="shouting"]', 'data-count')).toBe('0');

    const sites = await page
      .locator('#sites tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(sites).toEqual([
      ['mail.google.com', '3', '33%', '43'],
      ['app.slack.com', '2', '100%', '90'],
      ['teams.microsoft.com', '1', '100%', '70'],
    ]);
    expect(ext.pageErrors).toEqual([]);
  });

  it('draws the daily balance chart (a non-empty canvas with points in the accent colour)', async () => {
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#balance-chart canvas');
      if (!canvas) return null;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      let accent = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0) painted++;
        // #0f766e (15, 118, 110)
        if (
          Math.abs(data[i]! - 15) < 20 &&
          Math.abs(data[i + 1]! - 118) < 20 &&
          Math.abs(data[i + 2]! - 110) < 20
        )
          accent++;
      }
      return { width: canvas.width, height: canvas.height, painted, accent };
    });
    expect(drawn).not.toBeNull();
    expect(drawn!.width).toBeGreaterThan(300);
    expect(drawn!.painted).toBeGreaterThan(1000);
    expect(drawn!.accent).toBeGreaterThan(50);
    expect(await page.getAttribute('#balance-chart', 'aria-label')).toMatch(/from \d+ to \d+ out of 100/);
  });

  it('exports CSV and JSON with one row per kept record', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(csvDownload.suggestedFilename()).toMatch(/^leadwell-\d{4}-\d\d-\d\d\.csv$/);
    const lines = (await readFile((await csvDownload.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 10);
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((l) => l.split(','));
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const dismissive = rows.filter((r) => col(r, 'dismissive') === '1');
    expect(dismissive).toHaveLength(1);
    expect(col(dismissive[0]!, 'score')).toBe('20');
    expect(col(dismissive[0]!, 'bare-command')).toBe('1');
    expect(rows.map((r) => col(r, 'site')).filter((s) => s === 'app.slack.com')).toHaveLength(2);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json.records).toHaveLength(10);
    expect(json.records.some((r: { examples?: unknown }) => r.examples)).toBe(false);
    expect(json.records.some((r: { id?: unknown }) => r.id !== undefined)).toBe(false);
  });

  it('deletes everything only after confirmation', async () => {
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#delete');
    await page.waitForTimeout(200);
    expect(await value('messages')).toBe('6');

    page.once('dialog', (d) => {
      expect(d.message()).toContain('Delete all 10 recorded messages');
      void d.accept();
    });
    await page.click('#delete');
    await page.waitForSelector('#empty');
    expect(await text('#status')).toBe('Deleted 10 records. Settings are back to their defaults.');
    await openSummary();
    expect(await page.locator('#empty').count()).toBe(1);
  });
});

describe('from a compose box to the summary', () => {
  it('a message written and sent in a fixture compose box is counted on the page', async () => {
    // Sent the way a person sends on a site Leadwell knows: Gmail's own Send button (as the Firefox test does). The
    // textarea fixture's "Comment" button is no send button Leadwell knows, and an unsent draft is not recorded.
    const compose = await openFixture(ext.context, 'gmail');
    await typeInto(compose, 'Send me the report by Friday.');
    await compose.waitForTimeout(600); // let the analysis settle before sending
    expect(await send(compose)).toHaveLength(1); // the page's own Send went off
    await compose.close();
    // The record travels content script → background → IndexedDB; poll the page until it shows.
    let messages: string | null = null;
    for (let i = 0; i < 20 && messages !== '1'; i++) {
      await openSummary();
      messages = (await page.locator('[data-stat="messages"]').count()) ? await value('messages') : null;
      if (messages !== '1') await page.waitForTimeout(250);
    }
    expect(messages).toBe('1');
    expect(await text('#sites tbody')).toContain('mail.google.com');
  });
});
