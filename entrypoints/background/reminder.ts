/** The weekly reminder's alarm and notification (the facts are in lib/stats/reminder.ts). */
import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/settings';
import { nextReminderAt, NOTIFICATIONS, REMINDER_ALARM, REMINDER_NOTIFICATION } from '@/lib/stats/reminder';

/** Sets (or clears) the one-shot alarm for the next Friday 16:00; re-set after each firing. */
export async function scheduleReminder(on: boolean, now = Date.now()): Promise<void> {
  await browser.alarms.clear(REMINDER_ALARM);
  if (on) await browser.alarms.create(REMINDER_ALARM, { when: nextReminderAt(now) });
}

/** The alarm fired: show the notification when still wanted and allowed, then schedule the next one. */
export async function onReminderAlarm(): Promise<void> {
  const { weeklyReminder } = await getSettings();
  const allowed = await browser.permissions.contains(NOTIFICATIONS).catch(() => false);
  if (weeklyReminder && allowed && browser.notifications) {
    await browser.notifications.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: 'Your Leadwell week',
      message: 'See how your messages led people this week, and one habit to try next week.',
    });
  }
  await scheduleReminder(weeklyReminder);
}

export async function openSummary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/summary.html') });
}
