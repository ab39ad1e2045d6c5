/**
 * Runs `fn` in a task of its own, as soon as the page's pending work allows: the next slice of a long
 * analysis. A nested setTimeout(0) is clamped to 4 ms after five levels (HTML's timer rules), which made the
 * gaps between slices a quarter of a first analysis; a message on a MessageChannel is not clamped, and the
 * page's input events still run between tasks. Returns a function that cancels it.
 */
export function nextTask(fn: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}
