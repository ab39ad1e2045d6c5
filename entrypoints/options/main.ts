/** The settings page: every change is saved at once and reaches open tabs through the settings item. */
import '../popup/style.css';
import './style.css';
import { browser } from 'wxt/browser';
import { getSettings, settingsItem, updateSettings } from '@/lib/settings';
import { announce, h } from '../popup/dom';
import { dataSection } from './data-section';
import { rulesSection, type Save } from './rules-section';
import { sitesSection } from './sites-section';
import { routeSettingsToBackground } from './settings-writer';

routeSettingsToBackground(); // the background is the one settings writer

const app = document.getElementById('app')!;
const status = h('p', {
  class: 'status toast',
  role: 'status',
  'aria-live': 'polite',
  'data-options-status': '',
});
const say = (message: string) => announce(status, message);

const save: Save = (change) => void updateSettings(change).then(() => say('Saved.'));

async function render(): Promise<void> {
  const focusedId = document.activeElement?.id;
  const settings = await getSettings();
  const summaryUrl = browser.runtime.getURL('/summary.html');
  app.replaceChildren(
    h(
      'header',
      {},
      h('img', { src: '/icons/48.png', alt: '', width: 28, height: 28 }),
      h('h1', {}, 'Leadwell settings'),
      h('a', { href: summaryUrl, class: 'header-link' }, 'Weekly summary →'),
    ),
    rulesSection(settings, save),
    sitesSection(settings, save, say),
    dataSection(settings, save, say),
    status,
  );
  const focus = focusedId && document.getElementById(focusedId);
  if (focus) focus.focus();
}

void render();
// Changes from the popup or another settings tab show here too.
settingsItem.watch(() => void render());
