/** The weekly summary's data: what is kept and for how long, the opt-ins, export and delete. */
import type { Settings } from '@/lib/settings';
import { toCsv, toJson } from '@/lib/stats/export';
import { openStatsStore } from '@/lib/stats/store';
import { localZone } from '@/lib/stats/zone';
import { h } from '../popup/dom';
import { deleteAllData, DELETES_WHAT } from './delete-all';
import { disableWeeklyReminder, enableWeeklyReminder } from './reminder';
import type { Save } from './rules-section';

const RETENTION = [4, 8, 12, 26, 52];

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function checkbox(id: string, checked: boolean, text: string, note: string, onChange: (on: boolean) => void) {
  const input = h('input', { type: 'checkbox', id, [`data-options-${id}`]: '' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h(
    'label',
    { class: 'choice', for: id },
    input,
    h('span', {}, h('strong', {}, text), h('span', { class: 'muted small' }, note)),
  );
}

export function dataSection(settings: Settings, save: Save, say: (m: string) => void): HTMLElement {
  const store = openStatsStore();
  const count = h('span', { 'data-options-record-count': '' }, '…');
  void store.count().then(
    (n) => (count.textContent = `${n} message${n === 1 ? '' : 's'} recorded`),
    () => (count.textContent = 'No records yet'),
  );

  const retention = h(
    'select',
    { id: 'retention', 'data-options-retention': '' },
    ...RETENTION.map((w) => h('option', { value: w, selected: w === settings.retentionWeeks }, `${w} weeks`)),
  );
  retention.addEventListener('change', () =>
    save((s) => ({ ...s, retentionWeeks: Number(retention.value) })),
  );

  const reminder = checkbox(
    'reminder',
    settings.weeklyReminder,
    'Weekly reminder',
    'A notification on Friday afternoon when your week is ready (asks for permission to notify).',
    (on) => {
      // Straight from the click: enabling asks for the notifications permission.
      if (on)
        void enableWeeklyReminder().then((r) =>
          say(r.ok ? 'Reminder on.' : `Reminder not set: ${r.reason}.`),
        );
      else void disableWeeklyReminder().then(() => say('Reminder off.'));
    },
  );

  const exportData = async (kind: 'json' | 'csv') => {
    // Validated on read (bad records skipped); a store that cannot be read at all gives what can be salvaged.
    const records = await store.all().catch(() => store.salvage().catch(() => []));
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'csv') return download(`leadwell-${stamp}.csv`, 'text/csv', toCsv(records, localZone));
    const settingsJson = JSON.stringify({ app: 'leadwell', kind: 'settings', settings }, null, 2);
    download(`leadwell-${stamp}.json`, 'application/json', toJson(records, Date.now()));
    download(`leadwell-settings-${stamp}.json`, 'application/json', settingsJson);
  };

  let armed = false;
  const deleteButton = h(
    'button',
    { type: 'button', class: 'danger', 'data-options-delete': '' },
    'Delete all data',
  );
  deleteButton.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      deleteButton.textContent = 'Click again to delete everything';
      deleteButton.title = `Deletes ${DELETES_WHAT}.`;
      return;
    }
    void deleteAllData(store).then(() =>
      say('All Leadwell data deleted. Settings are back to their defaults.'),
    );
  });

  return h(
    'section',
    { 'aria-labelledby': 'data-h' },
    h('h2', { id: 'data-h' }, 'Your data'),
    h(
      'p',
      {},
      'For the weekly summary Leadwell keeps one small record per message you send (drafts you leave unsent are ' +
        'not recorded): the site, its length, its label and score, how many findings of each kind, and how many ' +
        'rewrites you used. Never the text itself, unless you turn on examples below. It stays in this browser; ' +
        'nothing is sent anywhere. "Delete all data" deletes ' +
        DELETES_WHAT +
        '.',
    ),
    h('p', { class: 'muted' }, count),
    h('div', { class: 'field' }, h('label', { for: 'retention' }, 'Keep records for'), retention),
    checkbox(
      'examples',
      settings.keepExamples,
      'Keep example sentences',
      'Store the flagged sentence and the rewrite you chose, to see them in your summary.',
      (on) => save((s) => ({ ...s, keepExamples: on })),
    ),
    checkbox(
      'incognito',
      settings.recordIncognito,
      'Count private windows too',
      'Include messages written in incognito or private windows in your summary.',
      (on) => save((s) => ({ ...s, recordIncognito: on })),
    ),
    reminder,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', onclick: () => void exportData('json'), 'data-options-export': 'json' },
        'Export JSON',
      ),
      h(
        'button',
        { type: 'button', onclick: () => void exportData('csv'), 'data-options-export': 'csv' },
        'Export CSV',
      ),
      deleteButton,
    ),
  );
}
