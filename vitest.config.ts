import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Real Chromium with the built extension (.output/chrome-mv3): `npm test` builds first.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        // Real Firefox ESR (/usr/bin/firefox-esr) with the built add-on (.output/firefox-mv2), over WebDriver BiDi.
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          // After unit and e2e (group 0) finish: two browsers and the unit tests at once overload two cores.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
