/**
 * The compose app (content-scripts/compose.js). Not in the manifest: the page-load script
 * (entrypoints/compose-loader.ts) asks the background to inject it, with the engine just before it, into the
 * frame where a box was first focused on an enabled site. Runs once per frame; boxes in same-origin iframes
 * (TinyMCE, about:blank compose frames) get their own overlay in their own document.
 */
import { engineInThisWorld } from '@/lib/engine-chunk';
import { DEFAULT_MATCHES } from '@/lib/sites/defaults';
import { pageHost } from '@/lib/editors/find';
import { startApp } from './app';

const STARTED = '__leadwellComposeStarted';

export default defineContentScript({
  // Injected on request only; these matches become the host permissions that allow it (default sites).
  matches: DEFAULT_MATCHES,
  registration: 'runtime',
  // WXT would otherwise announce the extension id to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const world = globalThis as Record<string, unknown>;
    const engine = engineInThisWorld();
    if (world[STARTED] || !engine) return;
    world[STARTED] = true;
    ctx.onInvalidated(() => delete world[STARTED]);
    void startApp(ctx, pageHost(), engine);
  },
});
