/** The weekly summary page: reads the records, computes the summary (lib/stats), draws it. Wiring only. */
import './style.css';
import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/settings';
import { readRetryState, RETRY_KEY } from '@/lib/stats/retry-queue';
import { toCsv, toJson } from '@/lib/stats/export';
import { openStatsStore } from '@/lib/stats/store';
import { summarise } from '@/lib/stats/summary';
import type { MessageRecord } from '@/lib/stats/types';
import { addDays, localZone, startOfDay, weekKey } from '@/lib/stats/zone';
import { renderRuleMix, renderSites } from './breakdown';
import { renderChart } from './chart';
import { el, section } from './dom';
import { longDay, plural } from './format';
import { renderInsights } from './insights';
import { renderOverview } from './overview';
import { deleteAllData, DELETES_WHAT } from '../options/delete-all';

const store = openStatsStore();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $('app');
const content = $('content');
const status = $('status');
const dataButtons = ['export-csv', 'export-json', 'delete'].map((id) => $<HTMLButtonElement>(id));

function emptyState(): HTMLElement {
  return section(
    'empty',
    'Nothing recorded yet',
    el(
      'p',
      {},
      'As you write on the sites where Leadwell is on (Gmail, Outlook, Slack, Teams and others), each message you ' +
        'send adds one line here: whether it asked for something, whether it explained why or invited a reply, ' +
        'and its balance score.',
    ),
    el(
      'ul',
      {},
      el(
        'li',
        {},
        'This week against last week: messages, people-aware requests, average balance, rewrites applied.',
      ),
      el('li', {}, 'A day-by-day chart of the balance, and which patterns came up most.'),
      el(
        'li',
        {},
        'What each pattern costs you, a better way to say it, and one habit to work on next week.',
      ),
    ),
    el(
      'p',
      { class: 'muted' },
      'Leadwell keeps counts, not your words, unless you choose to keep examples in the options.',
    ),
  );
}

async function render(): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  const settings = await getSettings();
  const weeks = Math.min(12, settings.retentionWeeks + 1);
  const now = Date.now();
  // Only the charted weeks are read: a long retention setting must not slow the page down.
  const from = startOfDay(addDays(weekKey(now, localZone), -7 * (weeks - 1)), localZone);
  // Every record is checked on read: a malformed one is skipped and counted, never the whole page.
  const [{ records, unreadable }, total, retry] = await Promise.all([
    store.readRange(from, Infinity),
    store.count(),
    browser.storage.local.get(RETRY_KEY).then((r) => readRetryState(r[RETRY_KEY])),
  ]);
  $('data-notes').replaceChildren(...dataNotes(unreadable, retry.lost, retry.waiting.length));
  const summary = summarise(records, now, localZone, weeks);
  $('week-range').textContent =
    `Week of ${longDay(summary.thisWeek.week)} · today is ${longDay(summary.today)}`;
  for (const button of dataButtons) button.disabled = total === 0;
  if (!total) {
    content.replaceChildren(emptyState());
  } else {
    const chart = renderChart(summary, weeks);
    const [patterns, pair] = renderInsights(summary);
    content.replaceChildren(
      renderOverview(summary),
      chart.element,
      patterns!,
      pair!,
      el('div', { class: 'pair' }, renderRuleMix(summary), renderSites(summary)),
    );
    chart.mount();
  }
  $('privacy').textContent =
    `Kept only in this browser, for this week and the ${plural(settings.retentionWeeks, 'week')} before it. ` +
    (settings.keepExamples
      ? 'You chose to keep the flagged sentences and your rewrites as examples.'
      : 'No message text is kept.');
  app.dataset.ready = String(Date.now());
  app.setAttribute('aria-busy', 'false');
}

/** Plain words for what the page could not show: records it could not read, messages never recorded. */
function dataNotes(unreadable: number, lost: number, waiting: number): HTMLElement[] {
  const notes: HTMLElement[] = [];
  const say = (attr: string, text: string) => notes.push(el('p', { [attr]: '' }, text));
  if (unreadable)
    say(
      'data-summary-unreadable',
      `${plural(unreadable, 'record')} could not be read (damaged or from another version) and ${unreadable === 1 ? 'is' : 'are'} left out.`,
    );
  if (lost)
    say(
      'data-summary-lost',
      `${plural(lost, 'message')} could not be recorded (the browser refused to store them).`,
    );
  if (waiting)
    say(
      'data-summary-waiting',
      `${plural(waiting, 'message')} could not be stored yet; Leadwell will try again.`,
    );
  return notes;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The stored records; when the store cannot be read the normal way, the valid ones found in it. */
async function readableRecords(): Promise<MessageRecord[]> {
  try {
    return await store.all();
  } catch (error) {
    console.warn('Leadwell: reading the stats store failed, exporting what can be salvaged:', error);
    return store.salvage().catch(() => []);
  }
}

async function exportAs(kind: 'csv' | 'json'): Promise<void> {
  const records = await readableRecords();
  if (!records.length) {
    status.textContent = 'There is nothing readable to export.';
    return;
  }
  const name = `leadwell-${new Date().toISOString().slice(0, 10)}.${kind}`;
  if (kind === 'csv') download(name, 'text/csv;charset=utf-8', toCsv(records, localZone));
  else download(name, 'application/json', toJson(records, Date.now()));
}

/** Delete all, as in Settings: every record (the whole database when unreadable), the settings and added sites. */
async function deleteAll(): Promise<void> {
  const count = await store.count().catch(() => null);
  const what =
    count === null ? "all of Leadwell's saved weekly data" : `all ${plural(count, 'recorded message')}`;
  const question = `Delete ${what}, your settings and the sites you added? This cannot be undone.`;
  if (!window.confirm(question)) return;
  await deleteAllData(store);
  await show();
  status.textContent =
    (count === null ? 'Deleted all saved data.' : `Deleted ${plural(count, 'record')}.`) +
    ' Settings are back to their defaults.';
}

/**
 * What a person sees when the stored data cannot be read: plain words and a way out. The technical detail
 * (e.g. a VersionError after going back to an older Leadwell) goes to the console only.
 */
function unreadableNotice(): HTMLElement {
  const remove = el(
    'button',
    { type: 'button', class: 'danger', 'data-summary-delete-all': '' },
    'Delete all data',
  );
  remove.addEventListener('click', () => void deleteAll());
  return el(
    'section',
    { id: 'unreadable', role: 'alert' },
    el(
      'p',
      {},
      "Leadwell couldn't read its saved weekly data (it may come from a newer version). You can export what's readable or delete it and start fresh.",
    ),
    el('p', { class: 'actions' }, remove),
  );
}

async function show(): Promise<void> {
  try {
    await render();
  } catch (error) {
    console.warn('Leadwell: could not read the weekly summary data:', error);
    for (const button of dataButtons) button.disabled = false;
    content.replaceChildren(unreadableNotice());
    app.setAttribute('aria-busy', 'false');
  }
}

$('export-csv').addEventListener('click', () => void exportAs('csv'));
$('export-json').addEventListener('click', () => void exportAs('json'));
$('print').addEventListener('click', () => window.print());
$('delete').addEventListener('click', () => void deleteAll());
$('delete').title = `Deletes ${DELETES_WHAT}.`;
// Messages sent in other tabs while this page was in the background.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void show();
});

void show();
