import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

// Window methods that Firefox's content-script sandbox refuses to run detached from `window` (checked in
// Firefox ESR 153: each of these threw when called as `const f = window.x; f()`; bare `setTimeout` etc. are fine).
const HOST_METHODS = `/^(${[
  'requestIdleCallback',
  'cancelIdleCallback',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'getSelection',
  'matchMedia',
  'getComputedStyle',
  'structuredClone',
  'fetch',
  'postMessage',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'scrollTo',
  'scrollBy',
  'atob',
  'btoa',
].join('|')})$/`;
const WINDOW_LIKE = '/^(window|globalThis|self|frames|parent|top|view|win)$/';
/** `window.x` (or `doc.defaultView.x`) read but not called on the spot, tested with typeof, or bound. */
const DETACHED_READ = [
  `MemberExpression[property.name=${HOST_METHODS}]`,
  `:matches([object.name=${WINDOW_LIKE}], [object.property.name='defaultView'], [object.expression.property.name='defaultView'])`,
  ':not(CallExpression > MemberExpression.callee)',
  ":not(UnaryExpression[operator='typeof'] > MemberExpression)",
  ':not(MemberExpression[property.name=/^(bind|call|apply)$/] > MemberExpression.object)',
].join('');
/** `const { setTimeout } = window`. */
const DETACHED_DESTRUCTURE = `VariableDeclarator[init.name=${WINDOW_LIKE}] > ObjectPattern > Property[key.name=${HOST_METHODS}]`;
const DETACHED_MESSAGE =
  "A window method detached from `window` throws in Firefox's content-script sandbox: call it as window.x(…), check it with typeof, or bind it.";

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/fixtures/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    rules: {
      // TypeScript checks names; the core rule does not know DOM/extension globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Firefox runs content scripts in a sandbox where `window` is a wrapper: a window method read off it and
    // called later without its receiver throws "'requestIdleCallback' called on an object that does not
    // implement interface Window" (Chromium lets it pass, so only Firefox users saw the coach freeze). Call such
    // methods on their object (`window.requestIdleCallback(cb)`), test them with `typeof`, or `.bind(window)`.
    files: ['entrypoints/**/*.ts', 'lib/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: DETACHED_READ, message: DETACHED_MESSAGE },
        { selector: DETACHED_DESTRUCTURE, message: DETACHED_MESSAGE },
      ],
    },
  },
  {
    // lib/ is pure: no browser extension API (lib/settings.ts and lib/stats/store.ts are the typed storage edges).
    files: ['lib/analysis/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window'],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill'] }],
    },
  },
);
