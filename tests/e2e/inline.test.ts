// Inline hints in every compose box: marks over the right text, the card, Apply through the editor's own
// model, one Ctrl+Z back, quotes never flagged, nothing of ours inside the editor, no network.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyFirstRewrite,
  clickLeadwell,
  EDITOR_FIXTURES,
  launchExtension,
  leadwellBadge,
  leadwellCard,
  leadwellElements,
  leadwellMarks,
  modelText,
  openFixture,
  setSettings,
  storedSettings,
  send,
  typeInto,
  undo,
  waitForMarks,
  type Box,
  type FixtureName,
  type LaunchedExtension,
  captureStatsRecords,
} from './harness';

const COMMAND = 'Send me the report by Friday.';
const DRAFT = `${COMMAND} You need to fix the build ASAP.`;

let ext: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.context.newPage();
  await captureStatsRecords(ext);
});
afterAll(async () => {
  await ext?.close();
});

/** Top-level viewport rect of the first occurrence of `needle` in the fixture's editable (its text nodes). */
async function textRect(p: Page, needle: string): Promise<Box | null> {
  return p.evaluate((n) => {
    const el = window.__fixture?.editable;
    if (!el) return null;
    const frame = el.ownerDocument.defaultView?.frameElement;
    const off = frame ? frame.getBoundingClientRect() : { x: 0, y: 0 };
    if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement) {
      const r = el.getBoundingClientRect();
      return { x: r.x + off.x, y: r.y + off.y, width: r.width, height: r.height };
    }
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(n);
      if (i < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + n.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + off.x, y: r.y + off.y, width: r.width, height: r.height };
    }
    return null;
  }, needle);
}

/** Every stats record the content script sent to the background so far. */
async function records(): Promise<Array<Record<string, unknown>>> {
  return ext.serviceWorker.evaluate(
    () => (globalThis as unknown as { __records: Array<Record<string, unknown>> }).__records,
  );
}

/** Sends a message to the page's tab from the service worker, as the popup does. */
async function toTab(message: Record<string, unknown>): Promise<unknown> {
  return ext.serviceWorker.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(q: object): Promise<Array<{ id: number }>>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
      };
    };
    // No "tabs" permission, so tab URLs are hidden: ask every tab; only ours has a draft to answer with.
    const tabs = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id, message).catch(() => undefined)),
    );
    return replies.find((r) => r !== undefined);
  }, message);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Serialised editor content (and attributes) must never hold anything of Leadwell's. */
async function editorMarkup(p: Page): Promise<string> {
  return p.evaluate(() => window.__fixture?.editable?.outerHTML ?? '');
}

/** The text the editor has selected now (textarea selection or the DOM selection in its document). */
async function selectedText(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = window.__fixture?.editable;
    if (!el) return '';
    if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement) {
      return el.value.slice(el.selectionStart, el.selectionEnd);
    }
    return el.ownerDocument.getSelection()?.toString() ?? '';
  });
}

describe.each(EDITOR_FIXTURES)(
  '%s',
  (name: FixtureName) => {
    it('marks the draft, shows the card, applies through the model, and one Ctrl+Z restores it', async () => {
      await openFixture(ext.context, name, { page });
      await typeInto(page, DRAFT);
      const marks = await waitForMarks(page, (m) =>
        m.some((x) => x.rule === 'bare-command' && x.text === COMMAND),
      );
      const mark = marks.find((x) => x.rule === 'bare-command')!;

      // The mark lies over the flagged text in the editor.
      const own = await textRect(page, name === 'textarea' ? '' : 'Send me');
      expect(own).not.toBeNull();
      expect(overlaps(mark.rect, own!)).toBe(true);
      const badge = await leadwellBadge(page);
      expect(badge?.count).toBeGreaterThanOrEqual(2);
      expect(badge?.label).toBe('process-only');

      // Nothing of ours inside the editor; the quoted reply (gmail) is never flagged.
      expect(await editorMarkup(page)).not.toMatch(/leadwell/i);
      const all = await leadwellMarks(page);
      expect(all.some((m) => /Per my last email|send it NOW|No excuses/.test(m.text))).toBe(false);

      const { card, rewrite } = await applyFirstRewrite(page, mark);
      expect(card).toContain(COMMAND);
      expect(rewrite).not.toBe(COMMAND);
      expect(await modelText(page)).not.toContain(COMMAND);
      if (rewrite.includes('[reason]')) await expect.poll(() => selectedText(page)).toBe('[reason]');
      // The finding goes away once the rewrite is in.
      await expect
        .poll(async () =>
          (await leadwellMarks(page)).some((m) => m.rule === 'bare-command' && m.text === COMMAND),
        )
        .toBe(false);
      expect(await editorMarkup(page)).not.toMatch(/leadwell/i);

      await undo(page);
      await expect.poll(() => modelText(page)).toContain(COMMAND);
      expect(await modelText(page)).not.toContain(rewrite);
    });
  },
  60_000,
);

describe('sending and the outside world', () => {
  it('what the page submits holds no extension markup, and sending is recorded as counts only', async () => {
    await openFixture(ext.context, 'gmail', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));
    const sent = await send(page);
    expect(sent.at(-1)).toContain(COMMAND);
    expect(sent.join('\n')).not.toMatch(/leadwell/i);
    const gmailSends = async () =>
      (await records()).filter((r) => r.site === 'mail.google.com' && r.trigger === 'send');
    await expect.poll(() => gmailSends().then((r) => r.length)).toBe(1);
    const last = (await gmailSends())[0]!;
    expect(last).toMatchObject({ label: 'process-only', rules: { 'bare-command': 1 } });
    expect(JSON.stringify(last)).not.toContain('report by Friday'); // no draft text without keepExamples
  });

  it('Enter in chat sends and is recorded', async () => {
    const chatSends = async () =>
      (await records()).filter((r) => r.site === 'app.slack.com' && r.trigger === 'send').length;
    const before = await chatSends();
    await openFixture(ext.context, 'chat', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));
    await page.keyboard.press('Enter');
    await expect.poll(chatSends).toBe(before + 1);
    await expect.poll(() => leadwellMarks(page).then((m) => m.length)).toBe(0);
  });

  it('the keyboard shortcut opens the next finding; Escape closes it', async () => {
    await openFixture(ext.context, 'textarea', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => leadwellCard(page)).not.toBeNull();
    const focused = await leadwellElements(page, 'button:focus');
    expect(focused.length).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => leadwellCard(page)).toBeNull();
  });

  it('answers the popup: draft/get returns the draft and its analysis, draft/apply rewrites through the editor', async () => {
    await openFixture(ext.context, 'quill', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));
    const snapshot = (await toTab({ type: 'draft/get' })) as {
      text: string;
      site: string;
      analysis: {
        findings: Array<{ rule: string; start: number; end: number; text: string; rewrites: string[] }>;
      };
    };
    expect(snapshot.site).toBe('www.linkedin.com');
    expect(snapshot.text).toContain(DRAFT);
    const f = snapshot.analysis.findings.find((x) => x.rule === 'bare-command')!;
    expect(snapshot.text.slice(f.start, f.end)).toBe(COMMAND);
    const stale = await toTab({
      type: 'draft/apply',
      start: f.start,
      end: f.end,
      expected: 'Not there',
      replacement: 'x',
    });
    expect(stale).toMatchObject({ ok: false });
    const reply = await toTab({
      type: 'draft/apply',
      start: f.start,
      end: f.end,
      expected: f.text,
      replacement: f.rewrites[0],
    });
    expect(reply).toEqual({ ok: true });
    await expect.poll(() => modelText(page)).toContain(f.rewrites[0]!);
    await undo(page);
    await expect.poll(() => modelText(page)).toContain(COMMAND);
  });

  it('settings apply at once: a rule switched off loses its marks, a paused site loses all UI', async () => {
    await openFixture(ext.context, 'prosemirror', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(
      page,
      (m) => m.some((x) => x.rule === 'bare-command') && m.some((x) => x.rule === 'obligation'),
    );
    await clickLeadwell(page, '[data-leadwell-finding="bare-command"]');
    await expect.poll(() => leadwellCard(page)).not.toBeNull();
    await clickLeadwell(page, '[data-leadwell-disable-rule]');
    await expect
      .poll(async () => (await leadwellMarks(page)).map((m) => m.rule))
      .not.toContain('bare-command');
    expect((await leadwellMarks(page)).some((m) => m.rule === 'obligation')).toBe(true);
    expect(await storedSettings(ext)).toMatchObject({ disabledRules: ['bare-command'] });

    await setSettings(ext, { pausedUntil: -1 });
    await expect.poll(() => page.locator('leadwell-overlay').count()).toBe(0);
    await setSettings(ext, { pausedUntil: 0, disabledRules: [] });
    await typeInto(page, ' Thanks.');
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));
  });

  it('never reads opted-out boxes; reads boxes added later inside open shadow roots', async () => {
    await openFixture(ext.context, 'none', { page });
    await page.evaluate(() => {
      const optOut = document.createElement('textarea');
      optOut.id = 'opt-out';
      optOut.setAttribute('data-gramm', 'false');
      const card = document.createElement('textarea');
      card.id = 'card';
      card.setAttribute('autocomplete', 'cc-number');
      const host = document.createElement('div');
      host.id = 'shadow-host';
      const inner = document.createElement('div');
      inner.contentEditable = 'true';
      inner.style.cssText = 'width:600px;min-height:80px;border:1px solid #999';
      host.attachShadow({ mode: 'open' }).appendChild(inner);
      for (const el of [optOut, card]) el.style.cssText = 'width:600px;height:80px;display:block';
      document.body.append(optOut, card, host);
    });
    for (const id of ['#opt-out', '#card']) {
      await page.click(id);
      await page.keyboard.type(DRAFT, { delay: 5 });
    }
    await page.waitForTimeout(800);
    expect(await leadwellMarks(page)).toEqual([]);
    await page.click('#shadow-host div[contenteditable]');
    await page.keyboard.type(DRAFT, { delay: 5 });
    const marks = await waitForMarks(page, (m) =>
      m.some((x) => x.rule === 'bare-command' && x.text === COMMAND),
    );
    const box = await page.locator('#shadow-host div[contenteditable]').boundingBox();
    expect(overlaps(marks[0]!.rect, box!)).toBe(true);
  });

  it('marks follow the text when the page scrolls and the window is resized', async () => {
    await openFixture(ext.context, 'gmail', { page });
    await typeInto(page, DRAFT);
    const overNow = async () => {
      const mark = (await leadwellMarks(page)).find((m) => m.rule === 'bare-command' && m.text === COMMAND);
      const own = await textRect(page, 'Send me');
      return !!mark && !!own && overlaps(mark.rect, own);
    };
    await expect.poll(overNow).toBe(true);
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollBy(0, 120);
    });
    await expect.poll(overNow).toBe(true);
    await page.setViewportSize({ width: 700, height: 700 });
    await expect.poll(overNow).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the page with no editor gets no overlay, and the extension made no network request', async () => {
    await openFixture(ext.context, 'none', { page });
    expect(await page.locator('leadwell-overlay').count()).toBe(0);
    expect(ext.extensionRequests).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});

describe('extension reload', () => {
  // Last on purpose: it reloads the extension under the other tests' feet.
  it('removes its overlays when the extension context is invalidated', async () => {
    await openFixture(ext.context, 'textarea', { page });
    await typeInto(page, DRAFT);
    await waitForMarks(page);
    await ext.serviceWorker.evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    });
    await expect.poll(() => page.locator('leadwell-overlay').count(), { timeout: 10_000 }).toBe(0);
    expect(await modelText(page)).toContain(DRAFT);
  });
});
