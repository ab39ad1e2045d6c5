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

/** Text per mirror block, cut after the next line break: an edit re-lays out its own block, not the draft. */
const CHUNK = 8192;
/** The most new text laid out in the mirror per task: a 1 MB draft is laid out over many short tasks. */
const SLICE_CHARS = 65536;

/** One block of the mirror: value.slice(from, from + text.length), starting after a line break (or at 0). */
interface Chunk {
  from: number;
  text: string;
  node: Text;
  box: HTMLElement;
}

/**
 * `onGrow` is called when more of a long draft has been laid out in later tasks, so spans that had no rects
 * yet (see rects()) can be measured.
 */
export function createTextareaAdapter(
  el: HTMLTextAreaElement,
  mirrorParent: Node,
  onGrow: () => void = () => {},
): EditorAdapter {
  const doc = el.ownerDocument;
  const view = doc.defaultView ?? window;
  const mirror = doc.createElement('div');
  mirrorParent.appendChild(mirror);
  const range = doc.createRange();
  /** The mirror's client box, valid until the end of the current task (one layout per pass). */
  let laidOut: DOMRect | null = null;
  /** New text put in the mirror in this task (bounded by SLICE_CHARS). */
  let added = 0;
  /** The textarea value the chunks describe a prefix of; the chunks, contiguous from 0; the prefix's end. */
  let source = '';
  let chunks: Chunk[] = [];
  let covered = 0;
  /** The furthest offset a span asked for, and the task that lays out more towards it. */
  let wanted = 0;
  let growTimer = 0;

  /**
   * The mirror holds the value in blocks cut after line breaks: a line's wrapping depends only on the text
   * since the last line break, so a block's layout holds while its text does, and an edit changes one block
   * (the browser keeps the others' layout). Only as much text as spans asked for is laid out, at most
   * SLICE_CHARS more per task: a 1 MB draft never blocks the page for its whole layout.
   */
  const prepare = (upTo: number): DOMRect => {
    if (!laidOut) {
      const client = layoutMirror();
      sync(el.value);
      grow(upTo);
      const mirrorBox = mirror.getBoundingClientRect();
      laidOut = new DOMRect(client.left - mirrorBox.left, client.top - mirrorBox.top, 0, 0);
      queueMicrotask(() => {
        laidOut = null;
        added = 0;
      });
    } else grow(upTo);
    return laidOut;
  };

  const makeChunk = (from: number, text: string): Chunk => {
    const box = doc.createElement('div');
    const node = doc.createTextNode(text);
    box.append(node);
    return { from, text, node, box };
  };

  /** Chunks for value[from, to), `to` at a chunk boundary (after a line break, or the value's end). */
  const cut = (value: string, from: number, to: number): Chunk[] => {
    const out: Chunk[] = [];
    while (from < to) {
      const nl = value.indexOf('\n', Math.min(to, from + CHUNK) - 1);
      const end = nl < 0 || nl >= to ? to : nl + 1;
      out.push(makeChunk(from, value.slice(from, end)));
      from = end;
    }
    return out;
  };

  /** Keeps the chunks whose text is unchanged (before the edit, and after it shifted), re-cuts the rest. */
  const sync = (value: string): void => {
    if (value === source) return;
    const delta = value.length - source.length;
    // A chunk is kept only while it still ends a line (or the value): the next one must start a line.
    const same = (c: Chunk, at: number): boolean =>
      value.startsWith(c.text, at) && (c.text.endsWith('\n') || at + c.text.length === value.length);
    let keep = 0;
    while (keep < chunks.length && same(chunks[keep]!, chunks[keep]!.from)) keep++;
    const headEnd = keep ? chunks[keep - 1]!.from + chunks[keep - 1]!.text.length : 0;
    // From the end: chunks equal to the new text once shifted by the edit, starting after a line break.
    let tail = chunks.length;
    while (tail > keep) {
      const c = chunks[tail - 1]!;
      const at = c.from + delta;
      if (at < headEnd || value[at - 1] !== '\n' || !same(c, at)) break;
      tail--;
    }
    const middle = tail < chunks.length ? cut(value, headEnd, chunks[tail]!.from + delta) : [];
    const next = chunks[tail]?.box ?? null;
    for (const c of chunks.slice(keep, tail)) c.box.remove();
    for (const c of middle) mirror.insertBefore(c.box, next);
    const after = chunks.slice(tail);
    for (const c of after) c.from += delta;
    chunks = [...chunks.slice(0, keep), ...middle, ...after];
    source = value;
    wanted = Math.min(wanted, value.length);
    const last = chunks.at(-1);
    covered = last ? last.from + last.text.length : 0;
    added += middle.reduce((n, c) => n + c.text.length, 0);
    markLast();
  };

  /** Adds chunks up to `upTo` within this task's budget; the rest follows in later tasks. */
  const grow = (upTo: number): void => {
    wanted = Math.max(wanted, Math.min(upTo + 2000, source.length));
    if (covered >= wanted) return;
    while (covered < wanted && added < SLICE_CHARS) {
      const [c] = cut(source, covered, Math.min(source.length, nextBoundary(source, covered)));
      if (!c) break;
      mirror.appendChild(c.box);
      chunks.push(c);
      covered += c.text.length;
      added += c.text.length;
    }
    markLast();
    if (covered < wanted && !growTimer) {
      growTimer = view.setTimeout(() => {
        growTimer = 0;
        if (!mirror.isConnected) return;
        prepare(wanted);
        onGrow();
      }, 0);
    }
  };

  /** The value's last chunk keeps a trailing line's height (a textarea shows an empty last line). */
  let marked: Chunk | null = null;
  const markLast = (): void => {
    const last = chunks.at(-1);
    const end = last && last.from + last.text.length === source.length ? last : null;
    if (marked && marked !== end && marked.node.data !== marked.text) marked.node.data = marked.text;
    if (end && end.node.data !== end.text + '\n') end.node.data = end.text + '\n';
    marked = end;
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
      // Not laid out yet (a long draft, later tasks): no rects now, onGrow measures again.
      if (end > covered || !chunks.length) return [];
      const a = chunkAt(chunks, start);
      const b = chunkAt(chunks, end);
      range.setStart(a.node, Math.min(start - a.from, a.node.data.length));
      range.setEnd(b.node, Math.min(end - b.from, b.node.data.length));
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
      view.clearTimeout(growTimer);
      mirror.remove();
    },
  };
}

/** The end of the chunk starting at `from`: after the first line break at or past CHUNK characters. */
function nextBoundary(value: string, from: number): number {
  const nl = value.indexOf('\n', from + CHUNK - 1);
  return nl < 0 ? value.length : nl + 1;
}

/** The chunk holding offset `at` (the last one for the value's end). */
function chunkAt(chunks: readonly Chunk[], at: number): Chunk {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.from <= at) lo = mid;
    else hi = mid - 1;
  }
  return chunks[lo]!;
}
