/**
 * Background wiring for the weekly summary: 'stats/record' messages → recorder (failed writes wait in the
 * retry queue, kept in storage.local), a daily alarm that prunes and retries, the opt-in reminder alarm and its
 * notification. Listeners are added synchronously, as MV3 requires.
 */
import { browser } from 'wxt/browser';
import { isMessage } from '@/lib/messages';
import { getSettings, settingsItem } from '@/lib/settings';
import { createRecorder } from '@/lib/stats/recorder';
import { REMINDER_ALARM, REMINDER_NOTIFICATION } from '@/lib/stats/reminder';
import { createRetryQueue, RETRY_KEY } from '@/lib/stats/retry-queue';
import { openStatsStore } from '@/lib/stats/store';
import { onReminderAlarm, openSummary, scheduleReminder } from './reminder';

export const PRUNE_ALARM = 'leadwell-stats-prune';

export function startStats(): void {
  const store = openStatsStore();
  const queue = createRetryQueue({
    load: async () => (await browser.storage.local.get(RETRY_KEY))[RETRY_KEY],
    save: (state) => browser.storage.local.set({ [RETRY_KEY]: state }),
    write: (record) => store.add(record),
  });
  const recorder = createRecorder({ store, settings: getSettings, queue });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type !== 'stats/record') return undefined; // someone else's message
    return recorder.record(message.record, { tab: sender.tab });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void recorder.prune().then(recorder.retry);
    if (alarm.name === REMINDER_ALARM)
      void onReminderAlarm().catch((e) => console.warn('[leadwell] reminder', e));
  });
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  void recorder.retry(); // records that waited while the browser was closed

  // The options page's switch changes the setting: the alarm follows it here.
  settingsItem.watch((next, previous) => {
    if (next?.weeklyReminder !== previous?.weeklyReminder) void scheduleReminder(!!next?.weeklyReminder);
  });
  void getSettings().then(async ({ weeklyReminder }) => {
    if (weeklyReminder && !(await browser.alarms.get(REMINDER_ALARM))) await scheduleReminder(true);
  });

  // browser.notifications exists only once the optional permission is granted: listen now, or on the grant.
  let listening = false;
  const listenForClicks = () => {
    if (listening || !browser.notifications) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => {
      if (id === REMINDER_NOTIFICATION) void openSummary();
    });
  };
  listenForClicks();
  browser.permissions.onAdded.addListener(listenForClicks);
}
