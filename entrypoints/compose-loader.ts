/**
 * The only script that runs at page load (compose-loader.js, declared in wxt.config.ts on the default sites;
 * site-access registers it on added ones): a focusin listener, no polyfill, no WXT content-script wrapper.
 * When a box Leadwell may read is focused, it asks the background, which checks that the site is on and
 * injects the engine and the compose app into this frame (entrypoints/background/compose-inject.ts).
 */
import { findBox, pageHost } from '@/lib/editors/find';
import { COMPOSE_START, type ComposeStart } from '@/lib/compose-start';
import { touchedBoxes, watchTrustedInput } from './compose.content/trusted-input';

interface Runtime {
  id?: string;
  sendMessage(message: ComposeStart): Promise<unknown>;
}

export default defineUnlistedScript(() => {
  const api = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  // Firefox's `browser` returns promises; Chromium's `chrome` does too in MV3. No polyfill needed. Looked up
  // on the first box only: the first touch of `runtime` builds the API's bindings, most of this script's
  // cost on a page where nobody writes (issue 14).
  let runtime: Runtime | undefined;
  let asking = false;
  const ask = (target: EventTarget | null): void => {
    const box = findBox(target);
    if (asking || !box) return;
    runtime ??= api.browser?.runtime ?? api.chrome?.runtime;
    if (!runtime) return stop();
    asking = true;
    const message: ComposeStart = { type: COMPOSE_START, host: pageHost() };
    runtime.sendMessage(message).then(
      (started) => {
        asking = false;
        if (started === true) stop(); // the compose app watches this frame from now on
      },
      () => {
        asking = false;
        if (!runtime?.id) stop(); // the extension was removed or updated: this script is an orphan
      },
    );
  };
  const onFocus = (e: Event): void => ask(e.composedPath()[0] ?? null);
  // The person's own input in a box (issue 15: Leadwell shows itself only after it) is noted for the app.
  const stopInput = watchTrustedInput(window, (box) => {
    touchedBoxes().add(box);
    ask(box);
  });
  const stop = (): void => {
    window.removeEventListener('focusin', onFocus, true);
    stopInput();
  };
  // On the window, not the document: events in the document pass it first, and this script then touches no
  // DOM object at all until one comes (the first touch of `document` in this world costs milliseconds). A box
  // that already had focus when the page loaded (autofocus) starts on the person's first key or click in it.
  window.addEventListener('focusin', onFocus, true);
});
