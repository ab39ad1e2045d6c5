/** The popup: the active tab's draft with its rewrites, or a box to check any text; site control; links. */
import './style.css';
import { browser } from 'wxt/browser';
import type { Analysis, Finding } from '@/lib/analysis/types';
// The engine chunk the content script loads (leadwell-engine.js): one copy in the package, and the popup
// opens without parsing compromise (~0.4 s) unless text is pasted.
import { loadEngine } from './load-engine';
import type { DraftSnapshot } from '@/lib/messages';
import { getSettings, settingsItem, type Settings } from '@/lib/settings';
import { isSiteEnabled } from '@/lib/sites/enabled';
import { renderAnalysis } from './analysis-view';
import { announce, h } from './dom';
import { renderSitePanel } from './site-panel';
import { applyToDraft, getDraft, tabOrigin, targetTab, type Tab } from './target-tab';
import { routeSettingsToBackground } from '../options/settings-writer';

routeSettingsToBackground(); // the background is the one settings writer

const app = document.getElementById('app')!;
const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-popup-status': '' });
const say = (message: string) => announce(status, message);

let tab: Tab | undefined;
let settings: Settings;
let pasteMode = false;
let pasteText = '';

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say('Copied.');
  } catch {
    say('Could not copy: the browser refused clipboard access.');
  }
}

function draftView(tabId: number, draft: DraftSnapshot): HTMLElement {
  const apply = async (change: { start: number; end: number; expected: string; replacement: string }) => {
    const reply = await applyToDraft(tabId, change);
    // The tab re-analyses the edited draft a moment later; show the new analysis, not the old one again.
    for (let waited = 0; reply.ok && waited < 2000; waited += 100) {
      const now = await getDraft(tabId);
      if (!now || now === 'absent' || now.text !== draft.text) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await render();
    say(reply.ok ? 'Applied in your draft.' : `Not applied: ${reply.reason ?? 'the draft changed'}.`);
  };
  return h(
    'section',
    { class: 'draft', 'data-popup-draft': draft.site },
    h(
      'div',
      { class: 'section-head' },
      h('h2', {}, 'Your draft'),
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => ((pasteMode = true), void render()) },
        'Check other text',
      ),
    ),
    renderAnalysis(draft.text, draft.analysis, {
      apply: (f: Finding, replacement: string) =>
        apply({ start: f.start, end: f.end, expected: f.text, replacement }),
      applyWhole: (rewritten: string) =>
        apply({ start: 0, end: draft.text.length, expected: draft.text, replacement: rewritten }),
      copy,
    }),
  );
}

function pasteView(note: string | null, canGoBack: boolean): HTMLElement {
  const analyser = loadEngine().then((engine) => engine.createAnalyser());
  const results = h('div', { class: 'paste-results', 'aria-live': 'polite' });
  const box = h('textarea', {
    id: 'paste',
    rows: 6,
    spellcheck: 'true',
    placeholder: 'e.g. Send me the report by Friday.',
    'data-popup-paste': '',
  });
  box.value = pasteText;

  const selectFirstSlot = (from: number, to: number) => {
    const slot = /\[[^\]\n]{1,40}\]/.exec(box.value.slice(from, to));
    if (slot) box.setSelectionRange(from + slot.index, from + slot.index + slot[0].length);
    box.focus();
  };
  const replace = (start: number, end: number, expected: string, replacement: string) => {
    if (box.value.slice(start, end) !== expected) return say('The text changed; look again.');
    box.setRangeText(replacement, start, end, 'end');
    selectFirstSlot(start, start + replacement.length);
    update();
    say('Applied.');
  };
  const show = (text: string, analysis: Analysis) => {
    results.replaceChildren(
      text.trim()
        ? renderAnalysis(text, analysis, {
            apply: (f, r) => replace(f.start, f.end, f.text, r),
            applyWhole: (rewritten) => replace(0, text.length, text, rewritten),
            copy,
          })
        : '',
    );
  };
  const update = () => {
    const text = (pasteText = box.value);
    const opts = { disabledRules: settings.disabledRules, minSeverity: settings.minSeverity };
    void analyser.then(
      (a) => box.value === text && show(text, a.update(text, opts)),
      () => results.replaceChildren(h('p', { class: 'notice' }, 'The analyser could not load.')),
    );
  };
  let timer = 0;
  box.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  if (pasteText) update();

  return h(
    'section',
    { class: 'paste' },
    h(
      'div',
      { class: 'section-head' },
      h('h2', {}, h('label', { for: 'paste' }, 'Check any text')),
      canGoBack &&
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => ((pasteMode = false), void render()) },
          'Back to draft',
        ),
    ),
    note && h('p', { class: 'muted small' }, note),
    box,
    results,
  );
}

function footer(): HTMLElement {
  const open = (ev: Event, url: string) => {
    ev.preventDefault();
    void browser.tabs.create({ url }).then(() => window.close());
  };
  const summary = browser.runtime.getURL('/summary.html');
  return h(
    'footer',
    {},
    h(
      'a',
      { href: summary, onclick: (ev: Event) => open(ev, summary), 'data-popup-summary': '' },
      'Weekly summary',
    ),
    h(
      'a',
      {
        href: '#',
        onclick: (ev: Event) => (
          ev.preventDefault(),
          void browser.runtime.openOptionsPage().then(() => window.close())
        ),
        'data-popup-options': '',
      },
      'Settings',
    ),
  );
}

let firstRender = true;
let knownOrigin: URL | null = null;

async function render(): Promise<void> {
  const focusedId = document.activeElement?.id;
  settings = await getSettings();
  const draft = tab?.id !== undefined ? await getDraft(tab.id) : 'absent';
  // The tab's URL is visible only through activeTab (a toolbar click) or a granted host permission; failing
  // that, the content script's own report of its site. Kept across re-renders: a site switched off goes quiet.
  knownOrigin ??= tabOrigin(tab) ?? (draft && draft !== 'absent' ? new URL(`https://${draft.site}`) : null);
  const origin = knownOrigin;
  const enabledHere = origin ? isSiteEnabled(origin.hostname, settings, Date.now()) : false;

  let main: HTMLElement;
  if (draft && draft !== 'absent' && !pasteMode && tab?.id !== undefined) {
    main = draftView(tab.id, draft);
  } else {
    const note =
      draft === 'absent' && enabledHere
        ? 'Reload this page to check drafts here. Meanwhile, paste or type a message:'
        : enabledHere
          ? 'Click into a message you are writing and open Leadwell again, or paste or type one here:'
          : 'Paste or type a message to see how it reads:';
    main = pasteView(note, !!draft && draft !== 'absent');
  }
  const panel = renderSitePanel({ origin, settings, say, changed: () => void setTimeout(render, 300) });
  app.replaceChildren(
    h(
      'header',
      {},
      h('img', { src: '/icons/32.png', alt: '', width: 20, height: 20 }),
      h('h1', {}, 'Leadwell'),
    ),
    panel,
    status,
    main,
    footer(),
  );
  // Keep keyboard focus across re-renders; on opening, start in the text box when there is one.
  const focus =
    (focusedId && document.getElementById(focusedId)) || (firstRender && document.getElementById('paste'));
  if (focus instanceof HTMLElement) focus.focus();
  firstRender = false;
}

async function start(): Promise<void> {
  tab = await targetTab();
  await render();
  // A change made elsewhere (options page, another popup) shows here at once; typing keeps its focus.
  settingsItem.watch(() => {
    if (!app.contains(document.activeElement) || document.activeElement === document.body) void render();
  });
}

void start();
