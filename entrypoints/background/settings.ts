/**
 * The one settings writer: every 'settings/change' (the options page, the popup, a compose page's "Don't flag
 * this kind") is applied here, one at a time, on the value stored at that moment (lib/settings-change.ts).
 * A compose page runs next to code Leadwell does not control, so from there only rules can be switched off.
 */
import { browser } from 'wxt/browser';
import { isMessage, type MessageReply } from '@/lib/messages';
import { changeSettings } from '@/lib/settings';
import { onlyDisablesRules } from '@/lib/settings-change';

export function startSettingsWriter(): void {
  const extensionPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (message: unknown, sender): Promise<MessageReply['settings/change']> | undefined => {
      if (!isMessage(message) || message.type !== 'settings/change') return undefined;
      const fromOwnPage = sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionPages);
      if (!fromOwnPage && !onlyDisablesRules(message.change)) {
        return Promise.resolve({ ok: false, reason: 'not allowed from a web page' });
      }
      // The background keeps lib/settings' default writer: here, one change at a time.
      return changeSettings(message.change).then(
        (settings) => ({ ok: true as const, settings }),
        (error: unknown) => ({ ok: false as const, reason: String(error) }),
      );
    },
  );
}
