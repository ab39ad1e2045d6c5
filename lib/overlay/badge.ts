/** The badge in a box's bottom-right corner: number of findings and the message label; click lists them. */
import { el } from './root';

const LABEL_TEXT: Record<string, string> = {
  'no-ask': 'nothing asked',
  'people-aware': 'people-aware',
  'process-only': 'process only',
};

export class Badge {
  readonly node: HTMLButtonElement;

  constructor(doc: Document, parent: ShadowRoot, onOpen: (byKeyboard: boolean) => void) {
    this.node = el(doc, 'button', { type: 'button', class: 'badge', 'data-leadwell-badge': '', hidden: '' });
    this.node.addEventListener('mousedown', (e) => e.preventDefault());
    this.node.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (!e.isTrusted) return; // a page script's .click() or dispatched event: not the person
      onOpen(e.detail === 0); // detail 0: activated from the keyboard
    });
    parent.appendChild(this.node);
  }

  update(count: number, label: string, notice?: string): void {
    this.node.dataset.count = String(count);
    this.node.dataset.label = label;
    this.node.textContent = String(count);
    const what = notice ?? `${count} suggestion${count === 1 ? '' : 's'}, ${LABEL_TEXT[label] ?? label}`;
    this.node.setAttribute('aria-label', `Leadwell: ${what}`);
    this.node.title = `Leadwell: ${what}`;
  }

  /** Places the badge inside the box's bottom-right corner, hidden when the box is off screen. */
  place(box: DOMRect | null): void {
    if (!box || box.width < 24 || box.height < 16) {
      this.node.hidden = true;
      return;
    }
    this.node.hidden = false;
    const w = this.node.offsetWidth || 24;
    this.node.style.left = `${box.right - w - 6}px`;
    this.node.style.top = `${box.bottom - 30}px`;
  }

  destroy(): void {
    this.node.remove();
  }
}
