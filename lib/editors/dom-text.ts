/**
 * Plain text of a rich editor's DOM with a map back to text nodes, so engine offsets become DOM ranges.
 * Blocks and <br> become '\n'; every character of a text node maps 1:1 to one character of the text.
 */

// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'IMG']);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the text. */
  start: number;
}

export interface DomText {
  text: string;
  ignore: Array<[number, number]>;
  segments: Segment[];
}

export function readDomText(
  root: HTMLElement,
  ignoreSelectors: readonly string[],
  collapseNewlines: boolean,
): DomText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const ignore: Array<[number, number]> = [];
  const ignoreSelector = ignoreSelectors.join(',');
  let length = 0;
  let lastChar = '\n';

  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const breakLine = (): void => {
    if (length > 0 && lastChar !== '\n') push('\n');
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        segments.push({ node: child as Text, start: length });
        // Same length, so offsets map 1:1: nbsp and zero-width fillers become spaces.
        let clean = data.replace(/[\u00a0\u200b\ufeff]/g, ' ');
        if (collapseNewlines) clean = clean.replace(/[\n\r\t]/g, ' ');
        push(clean);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as HTMLElement;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.hidden || el.style?.display === 'none') continue;
      if (tag === 'BR') {
        push('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      const skipped = ignoreSelector !== '' && el.matches(ignoreSelector);
      if (block) breakLine();
      const from = length;
      walk(el);
      if (skipped && length > from) ignore.push([from, length]);
      if (block) breakLine();
    }
  };
  walk(root);
  return { text: parts.join(''), ignore, segments };
}

/** The DOM position of a text offset: inside the text node holding it, or at the end of the one before. */
export function domPosition(dom: DomText, offset: number): { node: Text; offset: number } | null {
  const segs = dom.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return segs[0] ? { node: segs[0].node, offset: 0 } : null;
  const seg = segs[found]!;
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}

/** The text offset of a DOM position inside a text node of the reading, or null. */
export function textOffset(dom: DomText, node: Node, offset: number): number | null {
  const seg = dom.segments.find((s) => s.node === node);
  return seg ? seg.start + Math.min(offset, seg.node.data.length) : null;
}

/** A live DOM Range over text.slice(start, end), or null when the nodes are gone. */
export function domRange(dom: DomText, start: number, end: number): Range | null {
  const a = domPosition(dom, start);
  const b = domPosition(dom, end);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  // An end that falls on a virtual '\n' after a node belongs to that node's end, which domPosition gives.
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
