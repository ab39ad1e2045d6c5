/** Adapter for every contenteditable editor: one DOM reading, one input path (see insert.ts). */
import { domRange, readDomText, textOffset, type DomText } from './dom-text';
import { eventTarget, execInsert, nextTask, pasteText, selectRange } from './insert';
import type { BoxText, EditorAdapter } from './types';

export function createRichAdapter(root: HTMLElement): EditorAdapter {
  const ws = root.ownerDocument.defaultView?.getComputedStyle(root).whiteSpace ?? 'normal';
  // Source newlines inside text nodes are layout-only unless the editor preserves white space.
  const collapseNewlines = !ws.startsWith('pre') && ws !== 'break-spaces';
  let last: DomText = { text: '', ignore: [], segments: [] };
  let lastSelectors: readonly string[] = [];

  const read = (ignoreSelectors: readonly string[] = lastSelectors): BoxText => {
    lastSelectors = ignoreSelectors;
    last = readDomText(root, ignoreSelectors, collapseNewlines);
    return { text: last.text, ignore: last.ignore };
  };

  const rangeOf = (start: number, end: number): Range | null => {
    let range = domRange(last, start, end);
    if (!range) {
      read();
      range = domRange(last, start, end);
    }
    return range;
  };

  return {
    kind: 'rich',
    element: root,
    read,
    caret() {
      const sel = root.ownerDocument.getSelection();
      return sel?.focusNode ? textOffset(last, sel.focusNode, sel.focusOffset) : null;
    },
    rects(start, end) {
      const range = rangeOf(start, end);
      if (!range) return [];
      return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    },
    async replace(start, end, expected, replacement) {
      if (read().text.slice(start, end) !== expected) return false;
      const range = domRange(last, start, end);
      if (!range) return false;
      root.focus({ preventScroll: true });
      selectRange(range);
      await nextTask(30); // editors that mirror the DOM selection pick it up on selectionchange
      if (read().text.slice(start, end) !== expected) return false;
      const again = domRange(last, start, end);
      if (!again) return false;
      const sel = root.ownerDocument.getSelection();
      if (sel?.rangeCount !== 1 || sel.toString().replace(/\u00a0/g, ' ') !== expected) selectRange(again);
      if (!pasteText(eventTarget(root), replacement)) execInsert(root.ownerDocument, replacement);
      await nextTask(30); // React-based editors render on the next task
      const now = read().text;
      return now.slice(start, start + replacement.length) === replacement || now.includes(replacement);
    },
    select(start, end) {
      read();
      const range = domRange(last, start, end);
      if (!range) return;
      root.focus({ preventScroll: true });
      selectRange(range);
    },
    dispose() {
      last = { text: '', ignore: [], segments: [] };
    },
  };
}
