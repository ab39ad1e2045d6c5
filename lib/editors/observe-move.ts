/**
 * Calls `onMove` when `el` moves on screen, with no polling and no layout read between moves: an
 * IntersectionObserver whose root margin is cut to the element's own rect, so any move changes its
 * intersection ratio (the technique of floating-ui's autoUpdate, MIT). Pages move a box without scrolling or
 * resizing it: a Cc row opens above it, a banner appears, a re-render lands later.
 */
export function observeMove(el: Element, onMove: () => void): () => void {
  const doc = el.ownerDocument;
  const root = doc.documentElement;
  let io: IntersectionObserver | null = null;
  let timer = 0;
  const view = doc.defaultView ?? window;

  const cleanup = (): void => {
    view.clearTimeout(timer);
    io?.disconnect();
    io = null;
  };
  const refresh = (skip = false, threshold = 1): void => {
    cleanup();
    const rect = el.getBoundingClientRect();
    if (!skip) onMove();
    if (!rect.width || !rect.height) return; // hidden: a ResizeObserver reports it coming back
    const insetTop = Math.floor(rect.top);
    const insetRight = Math.floor(root.clientWidth - rect.right);
    const insetBottom = Math.floor(root.clientHeight - rect.bottom);
    const insetLeft = Math.floor(rect.left);
    const rootMargin = `${-insetTop}px ${-insetRight}px ${-insetBottom}px ${-insetLeft}px`;
    let first = true;
    const onChange = (entries: IntersectionObserverEntry[]): void => {
      const ratio = entries[0]?.intersectionRatio ?? 0;
      if (ratio !== threshold) {
        if (!first) return refresh();
        // Partly off screen from the start: watch for a change from the ratio it has now.
        if (!ratio) timer = view.setTimeout(() => refresh(false, 1e-7), 1000);
        else refresh(false, ratio);
      }
      if (ratio === 1 && !sameRect(rect, el.getBoundingClientRect())) refresh();
      first = false;
    };
    const options = { rootMargin, threshold: Math.max(0, Math.min(1, threshold)) || 1 };
    try {
      io = new IntersectionObserver(onChange, { ...options, root: doc });
    } catch {
      io = new IntersectionObserver(onChange, options); // no Document root (older browsers)
    }
    io.observe(el);
  };
  refresh(true);
  return cleanup;
}

function sameRect(a: DOMRect, b: DOMRect): boolean {
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}
