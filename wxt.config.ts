import { defineConfig } from 'wxt';
import { DEFAULT_MATCHES } from './lib/sites/defaults';
import { compromiseFastMergePlugin } from './scripts/compromise-fast-merge';
import { stripEntryDocsPlugin } from './scripts/strip-entry-docs';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  manifest: ({ browser }) => ({
    name: 'Leadwell',
    description:
      'A writing coach for people who lead others: shows where a draft manages a person instead of leading them, and offers a better way to say it.',
    // Least privilege: storage for settings/stats, activeTab for the popup, scripting to register
    // the content script on sites the person adds (each one granted as an optional host permission).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_host_permissions: browser === 'firefox' ? undefined : ['https://*/*', 'http://*/*'],
    // notifications: only for the opt-in weekly reminder, requested when the person turns it on.
    optional_permissions:
      browser === 'firefox' ? ['https://*/*', 'http://*/*', 'notifications'] : ['notifications'],
    // The only script at page load: a few KB that waits for focus on a box, then asks the background to
    // inject the engine and the compose app into that frame (nothing is web-accessible). Sites the person
    // adds get the same script registered at runtime (lib/site-access.ts copies this entry's shape).
    content_scripts: [
      {
        matches: DEFAULT_MATCHES,
        js: ['compose-loader.js'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
      },
    ],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'leadwell@leadwell.app',
              strict_min_version: '115.0',
              // Nothing leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  vite: () => ({
    // The coaching data's examples and sources are for reviewers and tests, not the shipped engine; compromise
    // sets up its lexicon in a fifth of the time with plain assignments (scripts/compromise-fast-merge.ts).
    plugins: [stripEntryDocsPlugin(), compromiseFastMergePlugin()],
    ssr: { noExternal: ['@webext-core/messaging'] },
    // Vite's modulepreload polyfill is the only fetch() in the bundles; extension pages don't need it.
    build: { modulePreload: { polyfill: false } },
  }),
});
