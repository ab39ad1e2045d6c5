/**
 * Knows when the box's message went out: its own send button (clicked, or Enter/Space on it) or Ctrl/Cmd+Enter
 * at once; Enter in chat (per the site adapter) once the box empties or disappears; a box emptied without the
 * person deleting anything. Which button is the box's own is lib/sites/send-scope's call. The record is
 * taken at the moment of sending, before the host clears the box.
 *
 * The page cannot forge a send: only trusted events (the person's own keys, clicks) count, a send counts only
 * after trusted input in this box since the last one, and records from one box are at least MIN_GAP_MS apart.
 */
import type { SiteAdapter } from '@/lib/sites';
import { sendButtonAt, sendsBox } from '@/lib/sites/send-scope';
import type { MessageRecord } from '@/lib/stats/types';

export interface SendHooks {
  snapshot(): MessageRecord | null;
  /** The draft's own text (quotes and signature removed). */
  text(): string;
  sent(trigger: MessageRecord['trigger'], record: MessageRecord): void;
}

const CONFIRM_MS = 2500;
/** The least time between two records of one box: no person sends two messages from one box faster. */
const MIN_GAP_MS = 1000;
/** How long after the person's click or Enter an emptied box still counts as sent (debounce + host's delay). */
const GESTURE_MS = 3000;
/** Trusted events in the box that mean the person is writing in it (and keydown: see onKey). */
const INPUT_EVENTS = ['beforeinput', 'paste', 'drop', 'cut', 'compositionend'] as const;

export class SendWatch {
  private pending: { record: MessageRecord; at: number } | null = null;
  private lastDeleteAt = 0;
  /** The person's last click or Enter anywhere around the box: a box emptied long after neither is no send. */
  private lastGestureAt = 0;
  private lastRecord: MessageRecord | null = null;
  /** The send button last pressed by key, so the click the browser then synthesises is not a second send. */
  private keyed: { button: Element; at: number } | null = null;
  private poll = 0;
  /**
   * Trusted input happened in the box since the last record (a send needs the person to have written). True at
   * first: a box gets its session (and this watch) only on the person's own input in it.
   */
  private armed = true;
  private lastSentAt = 0;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly box: HTMLElement,
    private readonly site: SiteAdapter,
    private readonly hooks: SendHooks,
  ) {
    const onInput = (e: Event): void => {
      if (e.isTrusted) this.armed = true;
    };
    const onKey = (e: KeyboardEvent): void => {
      if (!e.isTrusted) return;
      this.armed = true;
      if (e.key === 'Backspace' || e.key === 'Delete' || (e.key === 'x' && (e.ctrlKey || e.metaKey))) {
        this.lastDeleteAt = Date.now();
      }
      if (e.key !== 'Enter' || e.isComposing || e.shiftKey || e.altKey) return;
      if (e.ctrlKey || e.metaKey) this.candidate(false);
      else if (this.site.enterSends) this.candidate(true);
    };
    const onCut = (e: Event): void => {
      if (e.isTrusted) this.lastDeleteAt = Date.now();
    };
    const onClick = (e: MouseEvent): void => {
      if (!e.isTrusted) return; // a page script's button.click() is not the person sending
      this.lastGestureAt = Date.now();
      const button = this.ownSendButton(e);
      if (!button) return;
      const keyed = this.keyed;
      this.keyed = null;
      if (keyed?.button === button && e.detail === 0 && Date.now() - keyed.at < 1000) return;
      this.candidate(false);
    };
    // A send button reached with Tab fires no click for Enter/Space when it is a div[role=button] (Gmail).
    const onButtonKey = (e: KeyboardEvent): void => {
      if (!e.isTrusted) return;
      if (e.key === 'Enter') this.lastGestureAt = Date.now();
      if ((e.key !== 'Enter' && e.key !== ' ') || e.repeat || e.isComposing) return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const button = this.ownSendButton(e);
      if (!button) return;
      this.keyed = { button, at: Date.now() };
      this.candidate(false);
    };
    for (const type of INPUT_EVENTS) box.addEventListener(type, onInput, true);
    box.addEventListener('keydown', onKey, true);
    box.addEventListener('cut', onCut, true);
    this.cleanups.push(
      () => INPUT_EVENTS.forEach((type) => box.removeEventListener(type, onInput, true)),
      () => box.removeEventListener('keydown', onKey, true),
      () => box.removeEventListener('cut', onCut, true),
    );
    // The send button may sit in a parent document (TinyMCE's iframe body in an Outlook-like page).
    for (const doc of frameDocuments(box)) {
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onButtonKey, true);
      this.cleanups.push(
        () => doc.removeEventListener('click', onClick, true),
        () => doc.removeEventListener('keydown', onButtonKey, true),
      );
    }
    // A cheap check for the box vanishing (Gmail closes the compose window on send).
    this.poll = window.setInterval(() => this.check(), 1000);
  }

  /**
   * After each (debounced) analysis: `record` is what the draft would report now (null when blank or
   * unchanged). A box that empties with no deletion by the person means the host sent and cleared it.
   */
  analysed(blank: boolean, record: MessageRecord | null): void {
    if (this.pending) return this.check();
    // Pages empty the box by script when they send, and a page could do so at any time: it counts only right
    // after the person clicked or pressed Enter, and not right after they deleted text themselves.
    const now = Date.now();
    if (blank && this.lastRecord && now - this.lastDeleteAt > 1500 && now - this.lastGestureAt < GESTURE_MS)
      this.send(this.lastRecord);
    this.lastRecord = record;
  }

  /**
   * The page is going away (tab closed, navigation): an Enter still waiting for the box to empty counts now,
   * or the message it sent is never recorded.
   */
  flush(): void {
    if (!this.pending) return;
    const { record } = this.pending;
    this.pending = null;
    this.send(record);
  }

  destroy(): void {
    clearInterval(this.poll);
    this.cleanups.forEach((c) => c());
  }

  /** The send button the event pressed, when it is this box's own (outside the box, in its compose). */
  private ownSendButton(e: Event): Element | null {
    const target = e.composedPath()[0] ?? null;
    if (!target || this.box.contains(target as Node)) return null;
    const button = sendButtonAt(target, this.site);
    return button && sendsBox(this.box, button, this.site) ? button : null;
  }

  /** A send gesture: explicit ones (button, Ctrl+Enter) count at once; Enter counts once the box empties. */
  private candidate(confirm: boolean): void {
    const record = this.hooks.snapshot();
    if (!record) return;
    if (!confirm) {
      this.pending = null;
      this.send(record);
      return;
    }
    this.pending = { record, at: Date.now() };
    setTimeout(() => this.check(), 50);
    setTimeout(() => this.check(), 400);
    setTimeout(() => this.check(), CONFIRM_MS);
  }

  /** Counts one send when the person wrote in the box since the last one, and not within MIN_GAP_MS of it. */
  private send(record: MessageRecord): void {
    this.lastRecord = null;
    const now = Date.now();
    if (!this.armed || now - this.lastSentAt < MIN_GAP_MS) return;
    this.armed = false;
    this.lastSentAt = now;
    this.hooks.sent('send', record);
  }

  private check(): void {
    if (!this.pending) return;
    const gone = !this.box.isConnected;
    if (gone || this.hooks.text().trim() === '') {
      const { record } = this.pending;
      this.pending = null;
      this.send(record);
    } else if (Date.now() - this.pending.at > CONFIRM_MS) {
      this.pending = null; // Enter that did not send (a menu was open, a newline): nothing went out
    }
  }
}

/** The box's document and those of the same-origin frames around it, innermost first. */
function frameDocuments(box: HTMLElement): Document[] {
  const docs = [box.ownerDocument];
  for (let doc = box.ownerDocument; ;) {
    let frame: Element | null = null;
    try {
      frame = doc.defaultView?.frameElement ?? null; // null (or a throw) when the parent is cross-origin
    } catch {
      frame = null;
    }
    if (!frame) return docs;
    doc = frame.ownerDocument;
    docs.push(doc);
  }
}
