// The popup and the settings page in real Chromium: the draft's findings with Apply and Copy, the paste box,
// per-site switch and pause, and a rule switched off in settings reaching an open tab without reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  modelText,
  openFixture,
  tabIdOf,
  typeInto,
  waitForMarks,
  type LaunchedExtension,
} from './harness';

const COMMAND = 'Send me the report by Friday.';
const OBLIGATION = 'You need to finish the audit by Friday.';

let ext: LaunchedExtension;
let gmail: Page;
let gmailTabId: number;
let popup: Page;

/** Opens (or reloads) the popup page for the given tab, at popup size. */
async function openPopup(tabId: number | null): Promise<Page> {
  popup ??= await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(
    `chrome-extension://${ext.extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`,
  );
  await popup.waitForSelector('header h1');
  return popup;
}

async function popupSettings(): Promise<Record<string, unknown>> {
  return popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown>>> } } };
    };
    return (await chrome.storage.local.get('settings')).settings ?? {};
  });
}

beforeAll(async () => {
  ext = await launchExtension();
  // Chromium refuses to grant to chrome-extension:// origins by name; context-wide covers the popup page.
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  gmail = await openFixture(ext.context, 'gmail');
  gmailTabId = await tabIdOf(ext, gmail);
});
afterAll(async () => {
  await ext?.close();
});

describe('popup with a draft in the tab', () => {
  it('lists the draft’s findings with label, score, sentence, reason and rewrites', async () => {
    await typeInto(gmail, `${COMMAND} ${OBLIGATION}`);
    await waitForMarks(
      gmail,
      (m) => m.some((x) => x.rule === 'bare-command') && m.some((x) => x.rule === 'obligation'),
    );
    await openPopup(gmailTabId);
    await popup.waitForSelector('[data-popup-finding="bare-command"]');
    const findings = await popup.$$eval('[data-popup-finding]', (els) =>
      els.map((el) => ({
        rule: el.getAttribute('data-popup-finding'),
        text: el.querySelector('[data-popup-text]')?.textContent,
        why: el.querySelector('.why')?.textContent ?? '',
        rewrites: [...el.querySelectorAll('.rewrite-text')].map((r) => r.textContent ?? ''),
      })),
    );
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['bare-command', 'obligation']));
    const command = findings.find((f) => f.rule === 'bare-command')!;
    expect(command.text).toBe(COMMAND);
    expect(command.why.length).toBeGreaterThan(10);
    expect(command.rewrites.length).toBeGreaterThan(0);
    expect(await popup.getAttribute('[data-popup-label]', 'data-popup-label')).toBe('process-only');
    const score = Number(await popup.getAttribute('[data-popup-score]', 'data-popup-score'));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(50);
    // The whole message, rewritten, with its slots marked.
    await popup.click('[data-popup-whole] summary');
    expect(await popup.locator('[data-popup-whole] mark.slot').count()).toBeGreaterThan(0);
  });

  it('Copy puts the rewrite on the clipboard', async () => {
    const first = popup.locator('[data-popup-finding="bare-command"] .rewrite').first();
    const text = await first.locator('.rewrite-text').textContent();
    await first.locator('[data-popup-copy]').click();
    await popup.waitForSelector('[data-popup-status]:has-text("Copied")');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('Apply changes the draft in the page, through the editor, and the finding goes', async () => {
    const first = popup.locator('[data-popup-finding="bare-command"] .rewrite').first();
    const rewrite = (await first.locator('.rewrite-text').textContent())!;
    await first.locator('[data-popup-apply]').click();
    await popup.waitForSelector('[data-popup-status]:has-text("Applied")');
    const text = await modelText(gmail);
    expect(text).toContain(rewrite);
    expect(text).not.toContain(COMMAND);
    expect(text).toContain(OBLIGATION);
    // The popup shows the draft as it is now: the order's warning is gone, and the blank left in it is named
    // (a slot is never a reason, so until it is filled the polite request may stay a hint).
    await popup.waitForSelector('[data-popup-finding="obligation"]');
    expect(await popup.locator('[data-popup-finding="bare-command"].sev-warning').count()).toBe(0);
    if (rewrite.includes('['))
      expect(await popup.locator('[data-popup-finding="unfilled-slot"]').count()).toBe(1);
  });

  it('switching the site off removes the hints from the open tab; on brings them back', async () => {
    await waitForMarks(gmail, (m) => m.some((x) => x.rule === 'obligation'));
    const toggle = popup.locator('[data-popup-site-switch="mail.google.com"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await waitForMarks(gmail, (m) => m.length === 0);
    expect((await popupSettings()).disabledSites).toEqual(['mail.google.com']);
    // Off here: the popup offers the paste box instead of the draft.
    await popup.waitForSelector('[data-popup-paste]');

    // Back on with the keyboard: the switch is a native checkbox, focusable and toggled with Space.
    await popup.locator('[data-popup-site-switch="mail.google.com"]').focus();
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await popupSettings()).disabledSites).toEqual([]);
    await typeInto(gmail, ' '); // the script looks at the focused box again
    await waitForMarks(gmail, (m) => m.some((x) => x.rule === 'obligation'));
  });

  it('a global pause stops hints everywhere until resumed', async () => {
    await openPopup(gmailTabId);
    await popup.selectOption('#pause', 'hour');
    await popup.waitForSelector('[data-popup-paused]');
    await waitForMarks(gmail, (m) => m.length === 0);
    const until = Number((await popupSettings()).pausedUntil);
    expect(until - Date.now()).toBeGreaterThan(55 * 60_000);
    await popup.click('[data-popup-paused] button');
    await popup.waitForSelector('#pause');
    expect((await popupSettings()).pausedUntil).toBe(0);
    await typeInto(gmail, ' ');
    await waitForMarks(gmail, (m) => m.some((x) => x.rule === 'obligation'));
  });
});

describe('popup with no draft', () => {
  it('analyses typed text live in the paste box, and Apply rewrites it there with the slot selected', async () => {
    const page = await openFixture(ext.context, 'none');
    await openPopup(await tabIdOf(ext, page));
    const box = popup.locator('[data-popup-paste]');
    await box.click();
    await box.pressSequentially(OBLIGATION, { delay: 5 });
    await popup.waitForSelector('[data-popup-finding="obligation"]');
    await popup.locator('[data-popup-finding="obligation"] [data-popup-apply]').first().click();
    const { value, selected } = await box.evaluate((el: HTMLTextAreaElement) => ({
      value: el.value,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
    }));
    expect(value).not.toContain('You need to');
    expect(value).toContain('Could you finish the audit by Friday');
    expect(selected).toMatch(/^\[.+\]$/); // the reason slot, ready to type over
    await page.close();
  });

  it('offers the paste box on a page where no content script runs', async () => {
    await openPopup(null); // the active tab is the popup page itself: no draft, no site
    await popup.waitForSelector('[data-popup-paste]');
    expect(await popup.locator('[data-popup-site-switch]').count()).toBe(0);
  });
});

describe('settings page', () => {
  it('a rule switched off takes effect in an open tab without reload, and back on', async () => {
    await typeInto(gmail, ` ${COMMAND}`);
    await waitForMarks(
      gmail,
      (m) => m.some((x) => x.rule === 'bare-command') && m.some((x) => x.rule === 'obligation'),
    );
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const rule = options.locator('[data-options-rule="bare-command"]');
    await rule.waitFor();
    expect(await rule.isChecked()).toBe(true);
    await rule.click();
    const marks = await waitForMarks(gmail, (m) => !m.some((x) => x.rule === 'bare-command') && m.length > 0);
    expect(marks.map((m) => m.rule)).toContain('obligation');

    await options.locator('[data-options-rule="bare-command"]').click();
    await waitForMarks(gmail, (m) => m.some((x) => x.rule === 'bare-command'));
    await options.close();
  });

  it('sensitivity "only warnings and alerts" is saved', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.click('#sens-warning');
    await options.waitForSelector('[data-options-sensitivity="warning"]');
    await options.click('#sens-hint');
    await options.waitForSelector('[data-options-sensitivity="hint"]');
    await options.close();
  });

  it('made no network request', () => {
    expect(ext.extensionRequests).toEqual([]);
    expect(ext.pageErrors.filter((e) => e.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
