/**
 * The card: a non-modal dialog with the rule's plain-words explanation, the rewrites (Apply), Dismiss and
 * "Don't flag this kind". Also the badge's list of all findings. Keyboard: Tab moves, Escape closes.
 */
import { el } from './root';
import { hasSlot } from '../analysis/rewrite/slots';
import type { ViewActions, ViewFinding } from './types';

export class Card {
  private readonly node: HTMLElement;
  private hideTimer = 0;
  openId: string | null = null;
  private openedByKeyboard = false;

  constructor(
    private readonly doc: Document,
    parent: ShadowRoot,
    private readonly actions: ViewActions,
    private readonly onClose: () => void,
  ) {
    this.node = el(doc, 'div', { class: 'card', role: 'dialog', hidden: '' });
    // Every handler acts only on the person's own input (event.isTrusted): the shadow root is open, so the
    // page's scripts can reach these nodes and dispatch events or call .click() on them.
    this.node.addEventListener('mouseenter', (e) => e.isTrusted && this.cancelHide());
    this.node.addEventListener('mouseleave', (e) => e.isTrusted && this.scheduleHide());
    this.node.addEventListener('keydown', (e) => this.onKey(e));
    parent.appendChild(this.node);
  }

  get isOpen(): boolean {
    return !this.node.hidden;
  }

  showFinding(f: ViewFinding, anchor: DOMRect, byKeyboard: boolean): void {
    const titleId = `leadwell-title-${f.id.replace(/\W/g, '-')}`;
    const title = el(this.doc, 'p', { class: 'title', id: titleId }, f.title);
    const why = el(this.doc, 'p', { class: 'why', id: `${titleId}-why` }, f.message);
    const quote = el(this.doc, 'p', { class: 'quote' }, `“${f.text}”`);
    // One entry per sentence: every problem in it is named, and its one rewrite fixes them all.
    const problems = f.problems && f.problems.length > 1 ? [problemList(this.doc, f.problems)] : [];
    // The blank is filled here, before applying, so "[reason]" never reaches the draft unless the person wants.
    const reason = f.rewrites.some(hasSlot) ? reasonBox(this.doc) : null;
    const list = el(this.doc, 'div', { class: 'rewrites', role: 'group', 'aria-label': 'Rewrites' });
    f.rewrites.forEach((rewrite, i) => {
      const b = this.button(rewrite, () => this.actions.apply(f.id, i, reason?.input.value ?? ''), {
        'data-leadwell-apply': String(i),
      });
      b.setAttribute('aria-label', `Apply: ${rewrite}`);
      list.appendChild(b);
    });
    const actions = el(this.doc, 'div', { class: 'actions' });
    actions.append(
      this.button('Dismiss', () => this.actions.dismiss(f.id), { 'data-leadwell-dismiss': '' }),
      this.button("Don't flag this kind", () => this.actions.disableRule(f.rule), {
        'data-leadwell-disable-rule': f.rule,
      }),
    );
    const fix = f.rewrites.length ? [...(reason ? [reason.label] : []), list] : [];
    this.node.replaceChildren(title, why, ...problems, quote, ...fix, actions);
    this.node.setAttribute('aria-labelledby', titleId);
    this.node.setAttribute('aria-describedby', `${titleId}-why`);
    this.node.setAttribute('data-leadwell-card', f.rule);
    this.open(f.id, anchor, byKeyboard);
  }

  showList(
    findings: readonly ViewFinding[],
    summary: string,
    anchor: DOMRect,
    pick: (id: string) => void,
    byKeyboard: boolean,
  ): void {
    const title = el(this.doc, 'p', { class: 'title', id: 'leadwell-list-title' }, summary);
    const items = el(this.doc, 'ul');
    const seen = new Set<string>();
    for (const f of findings) {
      // Findings of one sentence share its span (id "rule:start"): one entry per sentence.
      const at = f.id.slice(f.id.lastIndexOf(':'));
      if (seen.has(at)) continue;
      seen.add(at);
      const li = el(this.doc, 'li');
      li.appendChild(this.button(`${f.title}: “${f.text}”`, () => pick(f.id)));
      items.appendChild(li);
    }
    this.node.replaceChildren(title, items);
    this.node.removeAttribute('data-leadwell-card');
    this.node.removeAttribute('aria-describedby');
    this.node.setAttribute('aria-labelledby', 'leadwell-list-title');
    this.open('list', anchor, byKeyboard);
  }

  /** Re-anchors an open card (scroll, resize); closes it when its anchor is gone. */
  move(anchor: DOMRect | null): void {
    if (!this.isOpen || this.openId === 'list') return;
    if (!anchor) this.close();
    else this.position(anchor);
  }

  scheduleHide(): void {
    if (this.openedByKeyboard) return;
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => this.close(), 400);
  }

  cancelHide(): void {
    window.clearTimeout(this.hideTimer);
  }

  close(): void {
    this.cancelHide();
    if (this.node.hidden) return;
    this.node.hidden = true;
    this.node.replaceChildren();
    const wasKeyboard = this.openedByKeyboard;
    this.openId = null;
    this.openedByKeyboard = false;
    this.onClose();
    if (wasKeyboard) this.actions.focusEditor();
  }

  destroy(): void {
    this.cancelHide();
    this.node.remove();
  }

  private open(id: string, anchor: DOMRect, byKeyboard: boolean): void {
    this.cancelHide();
    this.openId = id;
    this.openedByKeyboard = byKeyboard;
    this.node.hidden = false;
    this.node.scrollTop = 0;
    this.position(anchor);
    this.revealFirstRewrite();
    if (byKeyboard) this.node.querySelector<HTMLElement>('button')?.focus();
  }

  /**
   * Keeps the card inside its document's viewport, which for an editor in an iframe is the frame (a short TinyMCE
   * or Outlook frame can be under 200 px): below the mark when it fits, else above, else wherever it fits best,
   * never taller than the viewport (it scrolls inside). A card cut off by its frame cannot be clicked: a click
   * there lands on the page under the frame.
   */
  private position(anchor: DOMRect): void {
    const view = this.doc.defaultView!;
    const room = view.innerHeight;
    this.node.style.maxHeight = `${Math.max(48, room - 16)}px`;
    const w = Math.min(340, view.innerWidth - 16);
    const h = this.node.offsetHeight || 160;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - w - 8));
    const below = anchor.bottom + 6;
    const above = anchor.top - h - 6;
    let top: number;
    if (below + h <= room - 8) top = below;
    else if (above >= 8) top = above;
    // Neither side has room: the side with more, shifted into the viewport (it may cover the mark).
    else top = room - anchor.bottom >= anchor.top ? Math.min(below, room - h - 8) : Math.max(8, above);
    this.node.style.left = `${left}px`;
    this.node.style.top = `${Math.max(8, top)}px`;
  }

  /** In a card that scrolls, the first rewrite starts in view (the explanation is one scroll up). */
  private revealFirstRewrite(): void {
    const first = this.node.querySelector<HTMLElement>('[data-leadwell-apply]');
    if (!first || this.node.scrollHeight <= this.node.clientHeight) return;
    const bottom = first.offsetTop + first.offsetHeight + 12;
    this.node.scrollTop = Math.max(0, bottom - this.node.clientHeight);
  }

  private button(label: string, run: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
    const b = el(this.doc, 'button', { type: 'button', ...attrs }, label);
    b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the editor's selection
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (e.isTrusted) run(); // Enter/Space on a focused button makes a trusted click too
    });
    return b;
  }

  private onKey(e: KeyboardEvent): void {
    e.stopPropagation(); // the host page must not see keys meant for the card
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...this.node.querySelectorAll<HTMLElement>('button')];
    const active =
      this.node.getRootNode() instanceof ShadowRoot
        ? (this.node.getRootNode() as ShadowRoot).activeElement
        : null;
    const i = buttons.indexOf(active as HTMLElement);
    const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    e.preventDefault();
  }
}

function problemList(doc: Document, titles: readonly string[]): HTMLElement {
  const ul = el(doc, 'ul', {
    class: 'problems',
    'aria-label': 'Problems in this sentence',
    'data-leadwell-problems': '',
  });
  for (const t of titles) ul.appendChild(el(doc, 'li', {}, t));
  return ul;
}

/** "Your reason": typed here, it fills the rewrite's [slot] when applied. */
function reasonBox(doc: Document): { label: HTMLElement; input: HTMLInputElement } {
  const label = el(doc, 'label', { class: 'reason' }, 'Your reason (fills the [blank]):');
  const input = el(doc, 'input', {
    type: 'text',
    'data-leadwell-reason': '',
    placeholder: 'e.g. finance closes the month on Friday',
    autocomplete: 'off',
  });
  label.appendChild(input);
  return { label, input };
}
