// The page cannot drive Leadwell (issue 15), in real Chromium with the production build. Each check first
// does the thing by script, as a hostile page would (a dispatched event, element.click(), focus()), and expects
// nothing to change and nothing to be recorded; then does the same as a person (Playwright's real mouse and
// keyboard, trusted events) and expects it to work, so a check that cannot fail would show.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  captureStatsRecords,
  hoverMark,
  launchExtension,
  leadwellCard,
  modelText,
  openFixture,
  storedSettings,
  typeInto,
  waitForMarks,
  type LaunchedExtension,
} from './harness';

const COMMAND = 'Send me the report by Friday.';

let ext: LaunchedExtension;

/** A chat whose server answers slowly: Enter posts the message, and the box is emptied 400 ms later. */
const SLOW_CHAT_URL = 'https://app.slack.com/client/T0LEADWELL/C0SLOW';
const SLOW_CHAT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow chat</title></head>
<body style="font: 15px sans-serif"><div id="box" contenteditable="true" role="textbox"
  style="width: 480px; min-height: 80px; border: 1px solid #999"></div>
<script>
  const box = document.getElementById('box');
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    setTimeout(() => box.replaceChildren(), 400);
  });
</script></body></html>`;

beforeAll(async () => {
  ext = await launchExtension({ extraPages: { [SLOW_CHAT_URL]: SLOW_CHAT } });
  await captureStatsRecords(ext);
});
afterAll(async () => {
  await ext?.close();
});

type Captured = { site: string; trigger: string; words: number };
const records = async (): Promise<Captured[]> =>
  ext.serviceWorker.evaluate(() => (globalThis as unknown as { __records: Captured[] }).__records);

const overlayCount = (p: Page) => p.evaluate(() => document.querySelectorAll('leadwell-overlay').length);

/**
 * Runs in the page, as page script: dispatches `events` on every Leadwell element matching `selector` (found
 * through the open shadow root), or calls .click() on it for 'click()'. Returns how many elements it reached.
 */
async function scriptOnLeadwell(p: Page, selector: string, events: string[]): Promise<number> {
  return p.evaluate(
    ({ selector, events }) => {
      const host = document.querySelector('leadwell-overlay');
      const targets = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
      for (const t of targets) {
        for (const type of events) {
          if (type === 'click()') t.click();
          else if (type.startsWith('key:')) {
            t.dispatchEvent(
              new KeyboardEvent('keydown', { key: type.slice(4), bubbles: true, composed: true }),
            );
          } else {
            const r = t.getBoundingClientRect();
            const init = { bubbles: true, composed: true, clientX: r.x + 2, clientY: r.y + 2, detail: 1 };
            t.dispatchEvent(new MouseEvent(type, init));
          }
        }
      }
      return targets.length;
    },
    { selector, events },
  );
}

/** A textarea page with one flagged command typed by the person (trusted keys). */
async function draftPage(): Promise<Page> {
  const page = await openFixture(ext.context, 'textarea');
  await typeInto(page, COMMAND, { delay: 5 });
  await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
  return page;
}

describe('the page cannot tell Leadwell is there without the person writing', () => {
  it('a hidden box focused by script gets no overlay; a box the person types in does', async () => {
    const page = await openFixture(ext.context, 'textarea');
    await page.evaluate(() => {
      const probe = document.createElement('textarea');
      probe.style.cssText = 'position:absolute;left:-9999px;width:200px;height:80px';
      probe.value = 'You need to send me the report ASAP.';
      document.body.append(probe);
      probe.focus();
      window.__fixture?.editable?.focus(); // and the real box, by script
    });
    await page.waitForTimeout(1500);
    expect(await overlayCount(page)).toBe(0);
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    expect(await overlayCount(page)).toBe(1);
    await page.close();
  });
});

describe('scripted events on the overlay change nothing', () => {
  it('hover: a dispatched mouseenter/mouseover/mousedown opens no card; the real mouse does', async () => {
    const page = await draftPage();
    expect(
      await scriptOnLeadwell(page, '[data-leadwell-finding]', ['mouseover', 'mouseenter', 'mousedown']),
    ).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect(await leadwellCard(page)).toBeNull();
    const [mark] = await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await hoverMark(page, mark!);
    await expect.poll(async () => (await leadwellCard(page))?.rewrites.length ?? 0).toBeGreaterThan(0);
    await page.close();
  });

  it('Apply, Dismiss and "Don\'t flag this kind" clicked by script do nothing; the badge neither', async () => {
    const page = await draftPage();
    const [mark] = await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await hoverMark(page, mark!);
    await expect.poll(async () => (await leadwellCard(page))?.rewrites.length ?? 0).toBeGreaterThan(0);
    const settingsBefore = await storedSettings(ext);
    for (const selector of [
      '[data-leadwell-apply]',
      '[data-leadwell-disable-rule]',
      '[data-leadwell-dismiss]',
    ]) {
      expect(await scriptOnLeadwell(page, selector, ['click()', 'click', 'key:Enter'])).toBeGreaterThan(0);
    }
    await scriptOnLeadwell(page, '[data-leadwell-badge]', ['click()']);
    await page.waitForTimeout(800);
    expect(await modelText(page)).toBe(COMMAND);
    expect((await storedSettings(ext)).disabledRules ?? []).toEqual(settingsBefore.disabledRules ?? []);
    const marks = await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    expect(marks.length).toBeGreaterThan(0); // not dismissed, rule not switched off
    expect(await leadwellCard(page)).not.toBeNull(); // still the card the person opened, not the list

    // The person's own click on Apply does apply (the check above could fail).
    await page.mouse.move(0, 0);
    await hoverMark(
      page,
      marks.find((x) => x.rule === 'bare-command')!,
    );
    const [apply] = await page.evaluate(() => {
      const host = document.querySelector('leadwell-overlay');
      const b = host?.shadowRoot?.querySelector('[data-leadwell-apply]')?.getBoundingClientRect();
      return b ? [{ x: b.x + b.width / 2, y: b.y + b.height / 2 }] : [];
    });
    await page.mouse.click(apply!.x, apply!.y);
    await expect.poll(() => modelText(page)).not.toBe(COMMAND);
    await page.close();
  });

  it('a synthetic Alt+Shift+L opens no card; the real shortcut does', async () => {
    const page = await draftPage();
    await page.evaluate(() => {
      const box = window.__fixture!.editable!;
      const init = { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true, composed: true };
      box.dispatchEvent(new KeyboardEvent('keydown', init));
      document.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    await page.waitForTimeout(400);
    expect(await leadwellCard(page)).toBeNull();
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(async () => (await leadwellCard(page)) !== null).toBe(true);
    await page.close();
  });
});

describe('the page cannot forge records', () => {
  it('25 synthetic Ctrl+Enter, a scripted Send click and a scripted emptied box record nothing', async () => {
    const page = await draftPage();
    const before = (await records()).length;
    await page.evaluate(() => {
      const box = window.__fixture!.editable!;
      for (let i = 0; i < 25; i++) {
        const init = {
          key: 'Enter',
          code: 'Enter',
          ctrlKey: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        };
        box.dispatchEvent(new KeyboardEvent('keydown', init));
      }
      document.querySelector<HTMLElement>('[data-fixture-send]')?.click(); // the page sends; we must not count it
    });
    await page.waitForTimeout(300);
    // The page empties the box by script with no click or Enter from the person.
    await page.evaluate(() => {
      const box = window.__fixture!.editable as HTMLTextAreaElement;
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(1500);
    expect((await records()).length).toBe(before);

    // A person's Ctrl+Enter after writing records one; 25 more synthetic ones after it add nothing.
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await records()).length).toBe(before + 1);
    await page.evaluate(() => {
      const box = window.__fixture!.editable!;
      for (let i = 0; i < 25; i++) {
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      }
    });
    await page.waitForTimeout(1500);
    expect((await records()).length).toBe(before + 1);
    await page.close();
  });

  it('a synthetic pagehide records nothing, and no page message reaches the recorder', async () => {
    const page = await openFixture(ext.context, 'chat');
    const before = (await records()).length;
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      const record = { time: Date.now(), site: 'app.slack.com', words: 5, label: 'people-aware', score: 100 };
      window.postMessage({ type: 'stats/record', record }, '*');
      document.dispatchEvent(new CustomEvent('stats/record', { detail: record }));
    });
    await page.waitForTimeout(800);
    expect((await records()).length).toBe(before);
    await page.close();
  });
});

describe('a message is not lost when the tab closes at once', () => {
  it('chat: Enter, then closing the tab immediately, keeps the record', async () => {
    const page = await openFixture(ext.context, 'chat');
    const before = (await records()).length;
    await typeInto(page, COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await page.keyboard.press('Enter');
    await page.close(); // no wait: the 50 ms confirmation check never runs in the page
    await expect.poll(async () => (await records()).length, { timeout: 5000 }).toBe(before + 1);
    expect((await records()).at(-1)).toMatchObject({ site: 'app.slack.com', trigger: 'send', words: 6 });
  });

  it('chat with a slow server: Enter, then closing the tab before the box empties, keeps the record', async () => {
    // Only the page-hide flush can save this one: the box still holds the text when the tab goes.
    const page = await ext.context.newPage();
    await page.goto(SLOW_CHAT_URL);
    const before = (await records()).length;
    await page.click('#box');
    await page.keyboard.type(COMMAND, { delay: 5 });
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100); // the send is pending: the box is not empty yet
    expect(await page.evaluate(() => document.getElementById('box')!.innerText.trim())).toBe(COMMAND);
    await page.close();
    await expect.poll(async () => (await records()).length, { timeout: 5000 }).toBe(before + 1);
    expect((await records()).at(-1)).toMatchObject({ site: 'app.slack.com', trigger: 'send', words: 6 });
  });
});
