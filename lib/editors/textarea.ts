/**
 * Adapter for <textarea>: the value is the text; spans are located with a hidden mirror element that copies
 * the textarea's box and font (kept outside the page's editor, in the overlay's shadow root).
 */
import { execInsert, nextTask } from './insert';
import type { EditorAdapter } from './types';

// prettier-ignore
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

export function createTextareaAdapter(el: HTMLTextAreaElement, mirrorParent: Node): EditorAdapter {
  const doc = el.ownerDocument;
  const mirror = doc.createElement('div');
  const content = doc.createTextNode('');
  mirror.append(content);
  mirrorParent.appendChild(mirror);
  const range = doc.createRange();
  /** The mirror's client box, valid until the end of the current task (one layout per pass). */
  let laidOut: DOMRect | null = null;
  /** The textarea value the mirror holds a prefix of, and that prefix's length. */
  let source: string | null = null;
  let shown = 0;
  let stale = true;

  /**
   * Copies the textarea's box into the mirror once per task (every span of a pass reuses it), and only as
   * much of its text as the spans asked for so far: a line's wrapping depends on the text before it, never
   * after, so a 1 MB draft whose findings sit in its first part lays out only that part.
   */
  const prepare = (upTo: number): DOMRect => {
    if (!laidOut) {
      const client = layoutMirror();
      const value = el.value;
      if (value !== source) [source, shown, stale] = [value, 0, true];
      grow(upTo);
      const mirrorBox = mirror.getBoundingClientRect();
      laidOut = new DOMRect(client.left - mirrorBox.left, client.top - mirrorBox.top, 0, 0);
      queueMicrotask(() => (laidOut = null));
    } else grow(upTo);
    return laidOut;
  };
  const grow = (upTo: number): void => {
    const value = source ?? '';
    if (!stale && (upTo <= shown || shown >= value.length)) return;
    stale = false;
    shown = Math.min(value.length, Math.max(upTo + 4000, shown * 2));
    content.data = value.slice(0, shown) + '\n'; // the last line keeps its height
  };

  const layoutMirror = (): DOMRect => {
    const cs = doc.defaultView!.getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const s = mirror.style;
    for (const key of COPIED) s[key] = cs[key];
    const borderL = parseFloat(cs.borderLeftWidth) || 0;
    const borderT = parseFloat(cs.borderTopWidth) || 0;
    // The mirror's padding box matches the textarea's client box (scrollbar excluded).
    Object.assign(s, {
      position: 'fixed',
      visibility: 'hidden',
      pointerEvents: 'none',
      boxSizing: 'border-box',
      border: '0',
      margin: '0',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      wordBreak: cs.wordBreak,
      overflow: 'hidden',
      left: `${box.left + borderL}px`,
      top: `${box.top + borderT}px`,
      width: `${el.clientWidth}px`,
      height: `${el.clientHeight}px`,
    });
    return new DOMRect(box.left + borderL, box.top + borderT, el.clientWidth, el.clientHeight);
  };

  return {
    kind: 'textarea',
    element: el,
    read: () => ({ text: el.value, ignore: [] }),
    caret: () => (doc.activeElement === el ? el.selectionEnd : null),
    rects(start, end) {
      const offset = prepare(end);
      const length = content.data.length;
      range.setStart(content, Math.min(start, length));
      range.setEnd(content, Math.min(end, length));
      const dx = offset.left - el.scrollLeft;
      const dy = offset.top - el.scrollTop;
      const out: DOMRect[] = [];
      for (const r of range.getClientRects()) {
        if (r.width < 0.5) continue;
        out.push(new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
      }
      return out;
    },
    async replace(start, end, expected, replacement) {
      if (el.value.slice(start, end) !== expected) return false;
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      // execCommand keeps the browser's undo stack (one Ctrl+Z); setRangeText is the fallback without undo.
      if (
        !execInsert(doc, replacement) ||
        el.value.slice(start, start + replacement.length) !== replacement
      ) {
        if (el.value.slice(start, end) !== expected) return false;
        el.setRangeText(replacement, start, end, 'end');
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      }
      await nextTask();
      return el.value.slice(start, start + replacement.length) === replacement;
    },
    select(start, end) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
    },
    dispose() {
      mirror.remove();
    },
  };
}
