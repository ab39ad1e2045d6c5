/**
 * The person's own input in a compose box: a trusted key, pointer press, paste, drop or composition whose
 * target is inside a box. Leadwell shows itself (creates its overlay) only from here, never on focus alone:
 * a page can focus a hidden box by script, but it cannot make a trusted event.
 */
import { findBox } from '@/lib/editors/find';

const EVENTS = [
  'keydown',
  'pointerdown',
  'mousedown',
  'touchstart',
  'paste',
  'drop',
  'compositionstart',
] as const;

/**
 * Calls `onBox` with the box of each trusted input event in `doc` (a document, or its window: events in the
 * document pass through it first); returns the function that stops it.
 */
export function watchTrustedInput(doc: Document | Window, onBox: (box: HTMLElement) => void): () => void {
  // Every key typed lands on the same target: its box is looked up once, not per key (issue 14).
  let last: { target: EventTarget; box: HTMLElement | null } | null = null;
  const onEvent = (e: Event): void => {
    if (!e.isTrusted) return;
    const target = e.composedPath()[0] ?? null;
    if (!target) return;
    if (last?.target !== target || (last.box && !last.box.isConnected))
      last = { target, box: findBox(target) };
    if (last.box) onBox(last.box);
  };
  const opts = { capture: true, passive: true };
  for (const type of EVENTS) doc.addEventListener(type, onEvent, opts);
  return () => EVENTS.forEach((type) => doc.removeEventListener(type, onEvent, opts));
}

/**
 * Boxes the person wrote or clicked in before the compose app was injected (the page-load script notes them):
 * kept on the content scripts' own global, which the page cannot see, so the keys typed while Leadwell was
 * starting still count as the person's first input.
 */
export function touchedBoxes(): WeakSet<Element> {
  const g = globalThis as { __leadwellTouched?: WeakSet<Element> };
  g.__leadwellTouched ??= new WeakSet();
  return g.__leadwellTouched;
}
