/**
 * For the options page and the popup: each settings change goes to the background, the one writer, as
 * operations (lib/settings-change.ts), instead of being written here, where two pages writing at once could
 * undo each other.
 */
import { browser } from 'wxt/browser';
import type { Message, MessageReply } from '@/lib/messages';
import { setSettingsWriter } from '@/lib/settings';

export function routeSettingsToBackground(): void {
  setSettingsWriter(async (change) => {
    const message: Message = { type: 'settings/change', change };
    const reply = (await browser.runtime.sendMessage(message)) as MessageReply['settings/change'] | undefined;
    if (!reply?.ok)
      throw new Error(`settings not saved: ${reply?.reason ?? 'no answer from the background'}`);
    return reply.settings;
  });
}
