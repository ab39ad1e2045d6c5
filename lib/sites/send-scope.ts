/**
 * Which send button belongs to which compose box. A page holds many buttons that match a send selector or
 * say "Send" (LinkedIn's share button, GitHub's reaction and subscribe forms, a second compose window), so
 * a press counts only when the button lies in the box's own compose scope: a container the site adapter
 * names, or else the nearest ancestor of the box that holds a send button, provided no other editable
 * box joined in on the way up (then the container is a whole page, not one message).
 * Works across open shadow roots (the button inside one, or under the scope in one) and same-origin frames; elements from another frame fail `instanceof`
 * of this realm, so nodes are told apart by nodeType.
 */
import type { SiteAdapter } from './types';

/** How far above the box its send button may sit (WhatsApp, Teams, Slack: 5–10 levels). */
const MAX_LEVELS = 15;
const BUTTONS = 'button,[role="button"],input[type="submit"],input[type="button"]';
const EDITABLES = 'textarea,[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]';

/** The send button that `target` (an event's composed target) is, or lies in; null when none. */
export function sendButtonAt(target: EventTarget | null, site: SiteAdapter): Element | null {
  if (!isElement(target)) return null;
  // Through shadow roots: a <button> inside a web component's shadow, or a component host with role=button.
  const button = closestDeep(target, site.sendButtons.join(',')) ?? sayingSend(closestDeep(target, BUTTONS));
  if (!button || button.matches(':disabled,[aria-disabled="true"]')) return null;
  return button;
}

/** True when pressing `button` sends the message written in `box`. */
export function sendsBox(box: Element, button: Element, site: SiteAdapter): boolean {
  const scope = composeScope(box, site);
  return !!scope && containsDeep(scope, button);
}

/** The container of the message written in `box` (box and send button), or null when none is found. */
export function composeScope(box: Element, site: SiteAdapter): Element | null {
  const known = site.composeScopes?.join(',') ?? '';
  let generic = true;
  for (let node = parentOf(box), level = 0; node; node = parentOf(node), level++) {
    if (known && node.matches(known)) return node;
    if (generic && (level >= MAX_LEVELS || holdsOtherBox(node, box))) {
      if (!known) return null;
      generic = false; // only a container the site names may still match
    }
    if (generic && holdsSendButton(node, site)) return node;
  }
  return null;
}

/** "Send", "Send message", "Send now (Ctrl+Enter)"; not "Send feedback" or "Send a gift". */
const SAYS_SEND = /^send(?:\s+(?:message|email|reply|now|it))?\s*(?:\(.{0,24}\))?$/i;

/** A plain button whose own text (or an input's value) says it sends. */
function sayingSend(button: Element | null): Element | null {
  if (!button) return null;
  const text = (button.textContent ?? '').trim() || ((button as HTMLInputElement).value ?? '').trim();
  return SAYS_SEND.test(text.replace(/\s+/g, ' ')) ? button : null;
}

function holdsSendButton(node: Element, site: SiteAdapter): boolean {
  if (queryDeep(node, site.sendButtons.join(',')).length) return true;
  return queryDeep(node, BUTTONS).some((b) => sayingSend(b));
}

/** Elements under `node` matching `selector`, in its light DOM and in the open shadow roots beneath it. */
function queryDeep(node: Element | ShadowRoot, selector: string): Element[] {
  const out = [...node.querySelectorAll(selector)];
  for (const el of node.querySelectorAll('*'))
    if (el.shadowRoot) out.push(...queryDeep(el.shadowRoot, selector));
  return out;
}

/** Element.closest, continuing from a shadow root to its host (not out of the frame). */
function closestDeep(el: Element, selector: string): Element | null {
  for (let n: Element | null = el; n;) {
    const hit = n.closest(selector);
    if (hit) return hit;
    const root = n.getRootNode();
    n = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
  }
  return null;
}

/** Another box a person writes in under `node`; hidden helpers (Quill 1's 1px clipboard div) don't count. */
function holdsOtherBox(node: Element, box: Element): boolean {
  for (const el of node.querySelectorAll(EDITABLES)) {
    if (el === box || box.contains(el) || el.contains(box)) continue;
    if (el.parentElement?.closest('[contenteditable=""],[contenteditable="true"]')) continue; // inner part
    const r = el.getBoundingClientRect();
    if (r.width > 2 && r.height > 2) return true;
  }
  return false;
}

function containsDeep(scope: Element, el: Element): boolean {
  for (let n: Element | null = el; n; n = parentOf(n)) if (n === scope) return true;
  return false;
}

/** The parent element, stepping out of shadow roots to their host and out of same-origin frames. */
function parentOf(el: Element): Element | null {
  const parent = el.parentNode;
  if (!parent) return null;
  if (isElement(parent)) return parent;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  if (parent.nodeType === Node.DOCUMENT_NODE) {
    try {
      return (parent as Document).defaultView?.frameElement ?? null; // null when cross-origin
    } catch {
      return null;
    }
  }
  return null;
}

function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1 && typeof (node as Element).closest === 'function';
}
