/** Which focused element is a compose box Leadwell may read; apart from the adapters, as it ships in the page-load script. */

const OPT_OUT =
  '[data-gramm="false"],[data-gramm_editor="false"],[data-leadwell="off"],[data-enable-grammarly="false"]';

/** The compose box holding `target` (the event's composed target), or null when it is not one we read. */
export function findBox(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) && !isElementLike(target)) return null;
  let el = target as HTMLElement;
  if (el.tagName === 'TEXTAREA') return mayRead(el) ? el : null;
  if (el.tagName === 'INPUT') return null; // single-line fields (subjects, passwords, cards) are never read
  if (!el.isContentEditable) {
    // role="textbox" wrappers whose editable part is inside them.
    if (el.getAttribute('role') !== 'textbox') return null;
    const inner = el.querySelector<HTMLElement>('[contenteditable=""],[contenteditable="true"]');
    if (!inner) return null;
    el = inner;
  }
  // Climb to the editing host: the outermost contenteditable ancestor.
  while (el.parentElement?.isContentEditable) el = el.parentElement;
  return mayRead(el) ? el : null;
}

/** Elements from other frames fail `instanceof Element` of this realm; duck-type them. */
function isElementLike(t: EventTarget | null): boolean {
  return !!t && typeof (t as Element).tagName === 'string' && typeof (t as Element).closest === 'function';
}

function mayRead(el: HTMLElement): boolean {
  if (el.closest(OPT_OUT)) return false;
  const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (ac.split(/\s+/).some((token) => token.startsWith('cc-'))) return false;
  if (el.getAttribute('aria-readonly') === 'true' || (el as HTMLTextAreaElement).readOnly) return false;
  return true;
}

/** The focused element, through open shadow roots; null when nothing (or only the body) has focus. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}

/** The page's host; about:blank and srcdoc frames inherit their creator's origin. */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin && self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}
