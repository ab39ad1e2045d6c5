/** Underline marks: one element per rect of each finding, positioned over the text in viewport coordinates. */
import { el } from './root';
import type { ViewFinding } from './types';

export interface MarkEvents {
  enter(id: string, anchor: DOMRect): void;
  leave(id: string): void;
  press(id: string, anchor: DOMRect, event: MouseEvent): void;
}

export class MarkLayer {
  private readonly layer: HTMLElement;
  private marks = new Map<string, HTMLElement[]>();

  constructor(
    private readonly doc: Document,
    parent: ShadowRoot,
    private readonly events: MarkEvents,
  ) {
    this.layer = el(doc, 'div', { class: 'marks' });
    parent.appendChild(this.layer);
  }

  /** Draws `findings` at `rects` (same order); clip is the visible part of the box. */
  draw(findings: readonly ViewFinding[], rects: ReadonlyArray<readonly DOMRect[]>, clip: DOMRect): void {
    const seen = new Set<string>();
    findings.forEach((f, i) => {
      const visible = (rects[i] ?? []).map((r) => intersect(r, clip)).filter((r): r is DOMRect => r !== null);
      seen.add(f.id);
      const els = this.marks.get(f.id) ?? [];
      while (els.length > visible.length) els.pop()!.remove();
      while (els.length < visible.length) els.push(this.create(f));
      visible.forEach((r, j) => place(els[j]!, r));
      for (const m of els) {
        m.dataset.leadwellText = f.text;
        m.dataset.severity = f.severity;
        m.setAttribute('data-leadwell-finding', f.rule);
      }
      this.marks.set(f.id, els);
    });
    for (const [id, els] of this.marks) {
      if (seen.has(id)) continue;
      els.forEach((m) => m.remove());
      this.marks.delete(id);
    }
  }

  setActive(id: string | null): void {
    for (const [key, els] of this.marks) for (const m of els) m.classList.toggle('active', key === id);
  }

  anchorOf(id: string): DOMRect | null {
    return this.marks.get(id)?.[0]?.getBoundingClientRect() ?? null;
  }

  clear(): void {
    this.marks.forEach((els) => els.forEach((m) => m.remove()));
    this.marks.clear();
  }

  destroy(): void {
    this.clear();
    this.layer.remove();
  }

  private create(f: ViewFinding): HTMLElement {
    const m = el(this.doc, 'div', { class: 'mark', 'data-leadwell-finding': f.rule, 'aria-hidden': 'true' });
    // Only a person's pointer opens a card: the page's scripts can dispatch events into this open shadow root.
    m.addEventListener(
      'mouseenter',
      (e) => e.isTrusted && this.events.enter(f.id, m.getBoundingClientRect()),
    );
    m.addEventListener('mouseleave', (e) => e.isTrusted && this.events.leave(f.id));
    // Keep the editor's focus; the click still puts the caret where the person pointed (see press()).
    m.addEventListener('mousedown', (e) => {
      if (!e.isTrusted) return;
      e.preventDefault();
      this.events.press(f.id, m.getBoundingClientRect(), e);
    });
    this.layer.appendChild(m);
    return m;
  }
}

function place(m: HTMLElement, r: DOMRect): void {
  m.style.left = `${r.left}px`;
  m.style.top = `${r.top}px`;
  m.style.width = `${r.width}px`;
  m.style.height = `${r.height}px`;
}

function intersect(r: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.right, clip.right);
  const bottom = Math.min(r.bottom, clip.bottom);
  return right - left >= 1 && bottom - top >= 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}
