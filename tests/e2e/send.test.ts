// When a message counts as sent, in real Chromium with the production build: only the box's own Send (clicked,
// or reached with Tab and pressed with Enter or Space) records it, once; a share "Send", another form's submit
// button or another compose window's Send records nothing; a box in an iframe is sent from the page around it;
// Ctrl+Enter sends; a removed, unsent draft records nothing; a send button in a web component's shadow root counts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openFixture,
  send,
  typeInto,
  waitForMarks,
  type LaunchedExtension,
  captureStatsRecords,
} from './harness';

/** A LinkedIn feed with a share "Send" and a Follow form, and a message box open in the corner. */
const FEED_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7000/';
const FEED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body style="font: 15px sans-serif; display: flex; gap: 24px">
<main style="width: 560px">
  <article>
    <p>Sam Park shared a post: our Q3 roadmap is live.</p>
    <div class="feed-shared-social-action-bar">
      <button type="button" aria-label="React Like">Like</button>
      <button type="button" id="share" class="send-privately-button" aria-label="Send in a private message"><span>Send</span></button>
    </div>
    <form class="follow" id="follow-form"><button type="submit" id="follow">Follow</button></form>
  </article>
</main>
<aside class="msg-overlay-conversation-bubble" style="width: 420px">
  <form class="msg-form" id="msg-form">
    <div class="msg-form__contenteditable" id="box" contenteditable="true" role="textbox"
      style="min-height: 80px; border: 1px solid #999; padding: 6px"></div>
    <button type="submit" id="own-send" class="msg-form__send-button">Send</button>
  </form>
</aside>
<script>
  window.__sent = [];
  document.addEventListener('submit', (e) => {
    e.preventDefault();
    if (e.target.id !== 'msg-form') return;
    const box = document.getElementById('box');
    window.__sent.push(box.innerText.trim());
    setTimeout(() => box.replaceChildren(), 50); // LinkedIn empties the box once the message is posted
  });
</script>
</body></html>`;

/** Two Gmail compose windows; Send is a div[role=button] that Gmail drives by click and by Enter/Space. */
const MAIL_URL = 'https://mail.google.com/mail/u/1/';
const compose = (n: number) => `
  <div class="AD" role="dialog" id="dialog-${n}" style="width: 480px; border: 1px solid #ccc; padding: 8px">
    <div class="M9"><table><tbody>
      <tr><td><input name="subjectbox" aria-label="Subject" value="Compose ${n}"></td></tr>
      <tr><td><div class="Am Al editable" id="box-${n}" contenteditable="true" role="textbox"
        style="min-height: 80px; width: 440px; border: 1px solid #999"></div></td></tr>
      <tr><td class="gU Up"><div class="IZ"><div class="Up"><div>
        <div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="0" id="send-${n}"
          data-tooltip="Send ‪(Ctrl-Enter)‬" aria-label="Send ‪(Ctrl-Enter)‬">Send</div>
      </div></div></div></td></tr>
    </tbody></table></div>
  </div>`;
const MAIL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox - Gmail</title></head>
<body style="font: 15px sans-serif; display: flex; gap: 16px">${compose(1)}${compose(2)}
<script>
  window.__sent = [];
  const send = (n) => {
    window.__sent.push(document.getElementById('box-' + n).innerText.trim());
    document.getElementById('dialog-' + n).remove(); // Gmail closes the window on send
  };
  for (const n of [1, 2]) {
    const button = document.getElementById('send-' + n);
    button.addEventListener('click', () => send(n));
    button.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        send(n);
      }
    });
  }
</script>
</body></html>`;

/** A chat whose Send button is rendered by a web component in its own (open) shadow root. */
const SHADOW_URL = 'https://app.slack.com/client/T0LEADWELL/C0SHADOW';
const SHADOW = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow send</title></head>
<body style="font: 15px sans-serif">
<section class="composer" style="width: 480px">
  <div id="box" contenteditable="true" role="textbox" style="min-height: 80px; border: 1px solid #999"></div>
  <chat-actions id="actions"></chat-actions>
</section>
<section class="sidebar"><chat-actions id="other"></chat-actions></section>
<script>
  window.__sent = [];
  customElements.define('chat-actions', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'send';
      const label = document.createElement('span');
      label.textContent = 'Send';
      button.append(label);
      root.append(button);
      if (this.id !== 'actions') return;
      // The box is left as it is (no "box emptied" signal): only the button itself can tell the send.
      button.addEventListener('click', () => window.__sent.push(document.getElementById('box').innerText.trim()));
    }
  });
</script>
</body></html>`;

const COMMAND = 'Send me the report by Friday.';
const OBLIGATION = 'You need to finish the audit by Friday.';

let ext: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension({ extraPages: { [FEED_URL]: FEED, [MAIL_URL]: MAIL, [SHADOW_URL]: SHADOW } });
  page = await ext.context.newPage();
  await captureStatsRecords(ext);
});
afterAll(async () => {
  await ext?.close();
});

type StatsRecord = { site: string; trigger: string; rules: Record<string, number> };

/** Every stats record the content script sent so far with this trigger. */
async function recorded(trigger: 'send' | 'leave'): Promise<StatsRecord[]> {
  const all = await ext.serviceWorker.evaluate(
    () => (globalThis as unknown as { __records: StatsRecord[] }).__records,
  );
  return all.filter((r) => r.trigger === trigger);
}

/** Expects exactly `count` more send records than `before` now, and still after the dust settles. */
async function expectSends(before: number, count: number): Promise<StatsRecord[]> {
  await expect.poll(async () => (await recorded('send')).length).toBe(before + count);
  await page.waitForTimeout(1200); // a second (synthesised click, poll, emptied box) would land by now
  const sends = await recorded('send');
  expect(sends.length).toBe(before + count);
  return sends.slice(before);
}

/** Types a draft into `box` (clicking it first) and waits until Leadwell has analysed it. */
async function writeDraft(box: string, text: string, rule: string): Promise<void> {
  await page.click(box);
  await page.keyboard.type(text, { delay: 5 });
  await waitForMarks(page, (m) => m.some((x) => x.rule === rule && text.includes(x.text)));
}

const sentOnPage = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length);

describe('a message counts as sent only through its own box', () => {
  it('a share "Send" and another form\'s submit button record nothing; the box\'s own Send records one', async () => {
    await page.goto(FEED_URL);
    await writeDraft('#box', COMMAND, 'bare-command');
    const before = (await recorded('send')).length;

    await page.click('#share');
    await page.click('#follow');
    await page.waitForTimeout(1200);
    expect((await recorded('send')).length).toBe(before);
    expect(await sentOnPage()).toBe(0);

    await page.click('#own-send');
    const [record] = await expectSends(before, 1);
    expect(record).toMatchObject({ site: 'www.linkedin.com', rules: { 'bare-command': 1 } });
    expect(await sentOnPage()).toBe(1);
  });

  it.each(['Enter', 'Space'])('Tab to the Send button and %s records exactly one', async (key) => {
    await page.goto(FEED_URL);
    await writeDraft('#box', COMMAND, 'bare-command');
    const before = (await recorded('send')).length;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('own-send');
    await page.keyboard.press(key);
    await expectSends(before, 1);
    expect(await sentOnPage()).toBe(1); // the page sent once, and so did we count
  });

  it('Ctrl+Enter in the box records exactly one', async () => {
    await page.goto(FEED_URL);
    await writeDraft('#box', COMMAND, 'bare-command');
    const before = (await recorded('send')).length;
    await page.keyboard.press('Control+Enter');
    await expectSends(before, 1);
  });

  it('Enter and Space on a div[role=button] Send count for its own compose window only', async () => {
    await page.goto(MAIL_URL);
    await writeDraft('#box-1', COMMAND, 'bare-command');
    await writeDraft('#box-2', OBLIGATION, 'obligation');
    const before = (await recorded('send')).length;

    await page.keyboard.press('Tab'); // from box 2 to its Send
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-2');
    await page.keyboard.press('Enter');
    const [second] = await expectSends(before, 1);
    expect(second!.rules).toEqual({ obligation: 1 });
    expect(await page.locator('#dialog-1').count()).toBe(1); // the other window is still open, unsent

    await page.focus('#send-1');
    await page.keyboard.press('Space');
    const [first] = await expectSends(before + 1, 1);
    expect(first!.rules).toEqual({ 'bare-command': 1 });
  });

  it("a box in an iframe (TinyMCE) is sent by the page's Send outside the frame", async () => {
    await openFixture(ext.context, 'tinymce', { page });
    await typeInto(page, COMMAND);
    await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command'));
    const before = (await recorded('send')).length;
    await send(page);
    const [record] = await expectSends(before, 1);
    expect(record).toMatchObject({ site: 'outlook.live.com', rules: { 'bare-command': 1 } });
  });

  it("a Send button inside a web component's shadow root records one; another component's records none", async () => {
    await page.goto(SHADOW_URL);
    await writeDraft('#box', COMMAND, 'bare-command');
    const before = (await recorded('send')).length;
    await page.click('#other >> #send'); // Playwright pierces open shadow roots
    await page.waitForTimeout(1200);
    expect((await recorded('send')).length).toBe(before);
    await page.click('#actions >> #send');
    const [record] = await expectSends(before, 1);
    expect(record).toMatchObject({ site: 'app.slack.com', rules: { 'bare-command': 1 } });
    expect(await sentOnPage()).toBe(1);
  });

  it('a changed draft whose box goes away unsent records nothing (only sent messages are recorded)', async () => {
    await page.goto(FEED_URL);
    await writeDraft('#box', COMMAND, 'bare-command');
    const before = (await recorded('send')).length + (await recorded('leave')).length;
    await page.evaluate(() => document.querySelector('aside')?.remove());
    await page.waitForTimeout(3500); // the sweep that notices a removed box runs every 2 s
    expect((await recorded('send')).length + (await recorded('leave')).length).toBe(before);
  });
});
