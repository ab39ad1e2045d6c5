import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings } from '@/lib/settings';
import { nextReminderAt, REMINDER_ALARM, REMINDER_NOTIFICATION } from '@/lib/stats/reminder';
import { localZone, nextWeekly } from '@/lib/stats/zone';
import { disableWeeklyReminder, enableWeeklyReminder } from '../options/reminder';
import { onReminderAlarm, scheduleReminder } from './reminder';

/** The optional "notifications" permission, as the browser would answer for it. */
function permission(granted: boolean) {
  const perms = fakeBrowser.permissions as unknown as Record<string, unknown>;
  let has = false;
  perms.request = vi.fn(async () => (has = granted));
  perms.contains = vi.fn(async () => has);
  perms.remove = vi.fn(async () => !(has = false));
  return perms as Record<'request' | 'contains' | 'remove', ReturnType<typeof vi.fn>>;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('weekly reminder (opt-in)', () => {
  it('the switch asks for notifications and saves the setting; the alarm is for the next Friday 16:00', async () => {
    const perms = permission(true);
    expect(await enableWeeklyReminder()).toEqual({ ok: true });
    expect(perms.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((await getSettings()).weeklyReminder).toBe(true);
    const before = Date.now();
    await scheduleReminder(true, before); // what the background's settings watch does on that change
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(nextWeekly(before, 4, 16 * 60, localZone));
    expect(alarm?.scheduledTime).toBe(nextReminderAt(before));
    expect(new Date(alarm!.scheduledTime).getDay()).toBe(5); // Friday, in the local zone
  });

  it('stays off when the permission is refused', async () => {
    permission(false);
    expect(await enableWeeklyReminder()).toEqual({
      ok: false,
      reason: 'notifications permission not granted',
    });
    expect((await getSettings()).weeklyReminder).toBe(false);
  });

  it('on the alarm: shows the notification and schedules the next week; off: neither', async () => {
    const perms = permission(true);
    await enableWeeklyReminder();
    await onReminderAlarm();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();

    await fakeBrowser.notifications.clear(REMINDER_NOTIFICATION);
    await disableWeeklyReminder();
    expect(perms.remove).toHaveBeenCalled();
    await onReminderAlarm(); // a stale alarm firing after the person turned it off
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});
