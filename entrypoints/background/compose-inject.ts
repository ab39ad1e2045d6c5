/**
 * Starts Leadwell in a frame on its page-load script's request (lib/compose-start): when the site is on, the
 * engine and the compose app are injected into exactly that frame. Nothing is web-accessible, so a page can
 * neither load the engine nor tell that Leadwell is installed. Host access: the default sites' (the manifest's
 * host permissions) and each site the person added (its granted optional permission).
 */
import { browser } from 'wxt/browser';
import { COMPOSE_FILES, isComposeStart } from '@/lib/compose-start';
import { getSettings } from '@/lib/settings';
import { isSiteEnabled } from '@/lib/sites/enabled';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export function startComposeInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isComposeStart(message)) return undefined; // someone else's message
    return start(message.host, sender).catch((err: unknown) => {
      console.warn('[leadwell] could not start in a frame', err);
      return false;
    });
  });
}

async function start(claimed: string, sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return false;
  // The frame's own host when it has one; about:blank and srcdoc frames report their creator's.
  const url = sender.url ? new URL(sender.url) : null;
  const host = url && /^https?:$/.test(url.protocol) ? url.hostname : claimed;
  if (!isSiteEnabled(host, await getSettings(), Date.now())) return false;
  const frameId = sender.frameId ?? 0;
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [...COMPOSE_FILES],
    });
  } else {
    // Firefox before the scripting API in MV2: one file at a time, in order.
    for (const file of COMPOSE_FILES)
      await browser.tabs.executeScript(tabId, { frameId, file, matchAboutBlank: true });
  }
  return true;
}
