/**
 * The content script's real work, loaded with the engine once a box is focused on an enabled site: settings,
 * one BoxSession per box, the keyboard shortcut, popup messages, and teardown when the extension goes away.
 */
import { isMessage, type Message, type MessageReply } from '@/lib/messages';
import { deepActiveElement, findBox } from '@/lib/editors/find';
import { DEFAULT_SETTINGS, normalizeSettings, settingsItem, type Settings } from '@/lib/settings';
import { isSiteEnabled } from '@/lib/sites/enabled';
import { siteFor } from '@/lib/sites';
import type { MessageRecord } from '@/lib/stats/types';
import type { Engine } from '@/lib/engine-chunk';
import { sendRecord } from './send-record';
import { BoxSession } from './session';
import { touchedBoxes, watchTrustedInput } from './trusted-input';

type Context = InstanceType<typeof ContentScriptContext>;

export async function startApp(ctx: Context, host: string, engine: Engine): Promise<void> {
  const site = siteFor(host);
  let settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...normalizeSettings(await settingsItem.getValue().catch(() => DEFAULT_SETTINGS)),
  };
  const sessions = new Map<HTMLElement, BoxSession>();
  let current: BoxSession | null = null;
  let enabled = false;

  const record = (r: MessageRecord): void => sendRecord(r, () => !ctx.isInvalid);
  // "Don't flag this kind": one operation for the background (the one settings writer), not a whole settings
  // object from this tab's copy, which could undo a change made meanwhile in the options page.
  const disableRule = (rule: string): void => {
    if (settings.disabledRules.includes(rule as never) || ctx.isInvalid) return;
    const message: Message = { type: 'settings/change', change: { add: { disabledRules: [rule] } } };
    browser.runtime.sendMessage(message).catch(() => {});
  };
  const gone = (s: BoxSession): void => {
    s.leave();
    s.destroy();
    sessions.delete(s.element);
    if (current === s) current = null;
  };

  // Focus alone only follows boxes already in use: a page can focus a hidden box by script to see whether
  // Leadwell is installed. A box gets its session (and the overlay) on the person's first trusted input in it.
  const onFocus = async (e: FocusEvent): Promise<void> => {
    const session = sessions.get(findBox(e.composedPath()[0] ?? null)!);
    if (session) current = session;
  };
  const onTrustedInput = (box: HTMLElement, typedBefore = false): void => {
    let session = sessions.get(box);
    if (!session) {
      if (!enabled || ctx.isInvalid) return;
      session = new BoxSession(box, {
        engine,
        site,
        host,
        settings: () => settings,
        disableRule,
        record,
        gone,
        typedBefore,
      });
      sessions.set(box, session);
    }
    current = session;
  };
  const onKey = (e: KeyboardEvent): void => {
    if (!e.isTrusted) return; // a page script's synthetic Alt+Shift+L opens nothing
    // Alt+Shift+L: next finding, card open with focus on its first button.
    if (e.altKey && e.shiftKey && e.code === 'KeyL' && current?.openNext()) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const onHide = (e: Event): void => {
    if (e.isTrusted) sessions.forEach((s) => s.leave()); // a pending send is recorded before the page goes
  };
  const sweep = (): void => sessions.forEach((s) => !s.element.isConnected && gone(s));

  let sweepTimer = 0;
  let stopInput = (): void => {};
  const enable = (): void => {
    if (enabled) return;
    enabled = true;
    stopInput = watchTrustedInput(document, (box) => onTrustedInput(box));
    // The box the person was already writing in while this app was being injected.
    const active = deepActiveElement(document);
    const box = active && findBox(active);
    if (box && touchedBoxes().has(box)) onTrustedInput(box, true);
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('pagehide', onHide);
    sweepTimer = ctx.setInterval(sweep, 2000);
  };
  const disable = (): void => {
    enabled = false;
    stopInput();
    document.removeEventListener('focusin', onFocus, true);
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pagehide', onHide);
    clearInterval(sweepTimer);
    sessions.forEach((s) => s.destroy());
    sessions.clear();
    current = null;
    document.querySelectorAll('leadwell-overlay').forEach((el) => el.remove());
  };
  const apply = (s: Settings): void => {
    settings = { ...DEFAULT_SETTINGS, ...s };
    if (!isSiteEnabled(host, settings, Date.now())) return disable();
    enable();
    sessions.forEach((x) => x.analyseNow()); // rule switched off → its marks go at once
  };

  apply(settings);
  const unwatch = settingsItem.watch((s) => apply(normalizeSettings(s)));
  // A timed pause ends without a settings change: look again when it should be over.
  ctx.setInterval(() => {
    if (settings.pausedUntil > 0 && !enabled && isSiteEnabled(host, settings, Date.now())) apply(settings);
  }, 60_000);

  const onMessage = (
    raw: unknown,
  ): Promise<MessageReply['draft/get'] | MessageReply['draft/apply']> | undefined => {
    if (!isMessage(raw) || !enabled) return undefined;
    const s = current;
    // Frames without a draft stay silent so the frame that has one answers the popup.
    if (!s?.element.isConnected || !s.analysis) return undefined;
    if (raw.type === 'draft/get') return Promise.resolve({ text: s.text, analysis: s.analysis, site: host });
    if (raw.type === 'draft/apply') {
      return s
        .replace(raw.start, raw.end, raw.expected, raw.replacement)
        .then((ok) => (ok ? { ok } : { ok, reason: 'The text changed since it was analysed.' }));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    disable(); // first: the extension APIs below may throw once the context is gone
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // nothing left to detach from
    }
  });
}
