// @vitest-environment happy-dom
/**
 * Which pressed button sends which box, in markup shaped like each site's own: the box's own send button
 * counts; a share "Send", another form's submit button or another compose window's Send does not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteFor } from './index';
import { sendButtonAt, sendsBox } from './send-scope';

/** Puts fixed test markup (no page or draft text) into the document, as the site would render it. */
function mountMarkup(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

// happy-dom lays nothing out: every element measures 300×40 except those marked data-tiny (1×1).
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return this.hasAttribute('data-tiny') ? new DOMRect(0, 0, 1, 1) : new DOMRect(0, 0, 300, 40);
  });
});
afterEach(() => vi.restoreAllMocks());

/** Does pressing [data-case=clicked] send the box [data-box=box]? (null: it is no send button at all) */
function sends(host: string, box: string, clicked: string): boolean | null {
  const site = siteFor(host);
  const target = document.querySelector(`[data-case="${clicked}"]`);
  const boxEl = document.querySelector(`[data-box="${box}"]`);
  if (!target || !boxEl) throw new Error(`missing ${clicked} or ${box}`);
  const button = sendButtonAt(target, site);
  return button ? sendsBox(boxEl, button, site) : null;
}

const LINKEDIN = `
  <main>
    <article>
      <div class="feed-shared-social-action-bar">
        <button aria-label="React Like" type="button" data-case="like"><span>Like</span></button>
        <button class="send-privately-button" aria-label="Send in a private message" type="button">
          <span data-case="share-send">Send</span></button>
      </div>
      <form class="comments-comment-box__form">
        <div class="ql-editor" contenteditable="true" role="textbox" data-box="comment"></div>
        <button class="comments-comment-box__submit-button--cr" type="submit" data-case="comment">Comment</button>
      </form>
    </article>
  </main>
  <aside class="msg-overlay-conversation-bubble">
    <form class="msg-form">
      <div class="msg-form__msg-content-container"><div class="msg-form__contenteditable" contenteditable="true"
        role="textbox" data-box="message"><p></p></div></div>
      <footer class="msg-form__footer">
        <button class="msg-form__send-button artdeco-button" type="submit" data-case="message-send">Send</button>
      </footer>
    </form>
  </aside>`;

const GITHUB = `
  <header><form action="/notifications/subscribe" method="post">
    <button type="submit" data-case="subscribe">Subscribe</button></form></header>
  <div class="timeline-comment">
    <form action="/reactions" method="post"><button type="submit" aria-label="+1" data-case="react">👍 1</button></form>
  </div>
  <form class="js-new-comment-form" action="/o/r/issue_comments" method="post">
    <textarea name="comment[body]" data-box="comment"></textarea>
    <div class="form-actions"><button type="submit" class="btn btn-primary" data-case="comment">Comment</button></div>
  </form>`;

/** Two Gmail compose windows side by side: each Send belongs to its own window only. */
const gmailCompose = (n: number) => `
  <div class="AD" role="dialog"><div class="M9"><form></form><table><tbody>
    <tr><td><input name="subjectbox" aria-label="Subject"></td></tr>
    <tr><td><div class="Am Al editable" contenteditable="true" role="textbox" data-box="compose-${n}"></div></td></tr>
    <tr><td class="gU Up"><div class="IZ"><div class="Up"><div>
      <div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1"
        data-tooltip="Send ‪(Ctrl-Enter)‬" data-case="send-${n}">Send</div>
    </div></div></div></td></tr>
  </tbody></table></div></div>`;
const GMAIL = `<div role="main"><div role="button" data-case="refresh">Refresh</div></div>${gmailCompose(1)}${gmailCompose(2)}`;

/** Outlook: the To field is editable too, and the Send button sits above it, far from the body. */
const OUTLOOK = `
  <div id="docking_InitVisiblePart_0"><div>
    <div class="action-row"><div><div><button aria-label="Send" title="Send (Ctrl+Enter)" data-case="send">
      <span>Send</span></button></div></div><button aria-label="Discard" data-case="discard">Discard</button></div>
    <div class="fields"><div contenteditable="true" role="textbox" aria-label="To"></div>
      <input aria-label="Subject"></div>
    <div id="editorParent_1"><div><div contenteditable="true" role="textbox" aria-label="Message body"
      data-box="body"></div></div></div>
  </div></div>
  <div role="complementary"><button aria-label="Send" data-case="elsewhere-send">Send</button></div>`;

/** Slack: the main composer and a thread composer; Quill 1 keeps a 1px clipboard div beside each box. */
const slackComposer = (name: string) => `
  <div class="c-wysiwyg_container"><div class="c-texty_input_unstyled__container">
    <div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" data-box="${name}"></div>
      <div class="ql-clipboard" contenteditable="true" tabindex="-1" data-tiny></div></div></div>
    <div class="c-wysiwyg_container__footer"><div class="c-texty_buttons">
      <button data-qa="texty_emoji_button" aria-label="Emoji" type="button" data-case="${name}-emoji"></button>
      <button data-qa="texty_send_button" aria-label="Send message" type="submit">
        <i class="c-icon" data-case="${name}-send"></i></button></div></div>
  </div>`;
const SLACK = `<div class="p-workspace__primary_view">${slackComposer('channel')}</div>
  <div class="p-flexpane">${slackComposer('thread')}</div>`;

/** A page no adapter knows: a notes box with no send button of its own beside a compose box with one. */
const GENERIC = `
  <section><h2>Notes</h2><textarea data-box="notes"></textarea></section>
  <section><div><textarea data-box="mail"></textarea></div>
    <div><button type="button" data-case="send-text">Send</button>
      <button type="button" data-case="send-later">Send a gift card</button></div></section>`;

const CASES: Array<
  [label: string, host: string, markup: string, box: string, clicked: string, sends: boolean]
> = [
  ['LinkedIn message Send', 'www.linkedin.com', LINKEDIN, 'message', 'message-send', true],
  [
    'LinkedIn feed share "Send" while a message is open',
    'www.linkedin.com',
    LINKEDIN,
    'message',
    'share-send',
    false,
  ],
  [
    'LinkedIn comment button while a message is open',
    'www.linkedin.com',
    LINKEDIN,
    'message',
    'comment',
    false,
  ],
  ['LinkedIn comment button for the comment box', 'www.linkedin.com', LINKEDIN, 'comment', 'comment', true],
  [
    'LinkedIn share "Send" while a comment is open',
    'www.linkedin.com',
    LINKEDIN,
    'comment',
    'share-send',
    false,
  ],
  ['GitHub comment submit', 'github.com', GITHUB, 'comment', 'comment', true],
  ['GitHub subscribe submit', 'github.com', GITHUB, 'comment', 'subscribe', false],
  ['GitHub reaction submit', 'github.com', GITHUB, 'comment', 'react', false],
  ['Gmail: Send of the same window', 'mail.google.com', GMAIL, 'compose-2', 'send-2', true],
  ['Gmail: Send of the other window', 'mail.google.com', GMAIL, 'compose-2', 'send-1', false],
  ['Gmail: the first window, its own Send', 'mail.google.com', GMAIL, 'compose-1', 'send-1', true],
  ['Outlook: Send above an editable To field', 'outlook.office.com', OUTLOOK, 'body', 'send', true],
  [
    'Outlook: a Send outside the compose pane',
    'outlook.office.com',
    OUTLOOK,
    'body',
    'elsewhere-send',
    false,
  ],
  ['Slack: channel composer, its own send', 'app.slack.com', SLACK, 'channel', 'channel-send', true],
  ['Slack: channel composer, the thread send', 'app.slack.com', SLACK, 'channel', 'thread-send', false],
  ['Slack: thread composer, its own send', 'app.slack.com', SLACK, 'thread', 'thread-send', true],
  ['Unknown host: the mail box, its "Send"', 'mail.example.org', GENERIC, 'mail', 'send-text', true],
  [
    'Unknown host: notes box, the mail box\'s "Send"',
    'mail.example.org',
    GENERIC,
    'notes',
    'send-text',
    false,
  ],
];

describe('the send button of a box', () => {
  it.each(CASES)('%s', (_label, host, markup, box, clicked, expected) => {
    mountMarkup(markup);
    expect(sends(host, box, clicked)).toBe(expected);
  });

  it('buttons that are no send button at all are not', () => {
    mountMarkup(OUTLOOK);
    expect(sends('outlook.office.com', 'body', 'discard')).toBeNull();
    mountMarkup(SLACK);
    expect(sends('app.slack.com', 'channel', 'channel-emoji')).toBeNull();
    mountMarkup(LINKEDIN);
    expect(sends('www.linkedin.com', 'message', 'like')).toBeNull();
    mountMarkup(GENERIC);
    expect(sends('mail.example.org', 'mail', 'send-later')).toBeNull(); // a sentence, not a send button
  });

  it('a disabled send button sends nothing', () => {
    mountMarkup(GITHUB);
    document.querySelector('[data-case="comment"]')!.setAttribute('disabled', '');
    expect(sends('github.com', 'comment', 'comment')).toBeNull();
  });

  it('finds the box in an open shadow root and its send button outside it', () => {
    mountMarkup(`<div class="composer"><div id="host"></div><button type="button" data-case="send">Send</button></div>
      <button type="button" data-case="other">Send</button>`);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.contentEditable = 'true';
    shadow.append(box);
    const site = siteFor('chat.example.org');
    const own = sendButtonAt(document.querySelector('[data-case="send"]'), site)!;
    const other = sendButtonAt(document.querySelector('[data-case="other"]'), site)!;
    expect(sendsBox(box, own, site)).toBe(true);
    expect(sendsBox(box, other, site)).toBe(false);
  });

  it("finds a send button inside a web component's shadow root, beside the box (issue 13)", () => {
    // <chat-actions> renders its Send button in its own shadow root; the walk up from the box must look in it.
    mountMarkup(`<section class="thread"><div class="composer">
        <div contenteditable="true" role="textbox" data-box="chat"></div>
        <chat-actions id="actions"></chat-actions></div></section>
      <section class="other"><chat-actions id="elsewhere"></chat-actions></section>`);
    const render = (id: string, label: string) => {
      const shadow = document.getElementById(id)!.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      inner.textContent = label;
      const button = document.createElement('button');
      button.type = 'button';
      button.append(inner);
      shadow.append(button);
      return { button, inner };
    };
    const own = render('actions', 'Send');
    const elsewhere = render('elsewhere', 'Send');
    const site = siteFor('chat.example.org');
    const box = document.querySelector('[data-box="chat"]')!;
    // The event's composed target is the span inside the shadow button.
    const pressed = sendButtonAt(own.inner, site);
    expect(pressed).toBe(own.button);
    expect(sendsBox(box, pressed!, site)).toBe(true);
    expect(sendsBox(box, sendButtonAt(elsewhere.inner, site)!, site)).toBe(false);
  });

  it('a component host with role=button whose label sits in its shadow root is a send button', () => {
    mountMarkup(`<form><textarea data-box="comment"></textarea>
      <x-button role="button" id="host" data-case="send">Send</x-button></form>`);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.append(document.createElement('slot'));
    shadow.append(inner);
    const site = siteFor('forum.example.org');
    const button = sendButtonAt(inner, site);
    expect(button).toBe(document.getElementById('host'));
    expect(sendsBox(document.querySelector('[data-box="comment"]')!, button!, site)).toBe(true);
  });
});
