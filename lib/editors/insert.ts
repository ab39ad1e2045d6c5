/**
 * Writing text into a rich editor the way a person would, so the editor's own model and undo record it.
 * Editors with a model (ProseMirror, Lexical, Slate, Draft.js, CKEditor 5, Quill, Trix, TinyMCE, roosterjs)
 * handle a paste event from its clipboardData and cancel it; a plain contenteditable ignores a synthetic
 * paste, and there execCommand('insertText') edits the DOM with native undo.
 */

/** Lets editors that sync their selection on `selectionchange` (an async event) catch up. */
export function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function selectRange(range: Range): void {
  const sel = range.startContainer.ownerDocument?.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Dispatches a synthetic paste of plain text; true when the editor took it (cancelled the default). */
export function pasteText(target: HTMLElement, text: string): boolean {
  const view = target.ownerDocument.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  // Firefox ignores `clipboardData` here (the page gets an empty DataTransfer, and every model editor then
  // deleted the selection and inserted nothing); it fills clipboardData from its own `dataType`/`data` members,
  // which other browsers ignore.
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const event = new view.ClipboardEvent('paste', init);
  // A DOM without clipboardData on synthetic events (e.g. a test DOM): define it so editors still see the text.
  if (!event.clipboardData) Object.defineProperty(event, 'clipboardData', { value: data });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Native text insertion over the current selection: one undo step in the browser's own stack. */
export function execInsert(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** The element that receives the caret's events: the focused element inside the box, else the box. */
export function eventTarget(root: HTMLElement): HTMLElement {
  const sel = root.ownerDocument.getSelection();
  const node = sel?.anchorNode;
  const el = node ? (node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement) : null;
  return el && root.contains(el) ? el : root;
}
