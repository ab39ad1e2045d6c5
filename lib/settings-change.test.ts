// Settings changes as operations, applied one at a time by one writer: a stale copy cannot undo a change made
// meanwhile, and a compose page can only switch rules off.
import { describe, expect, it } from 'vitest';
import {
  applySettingsChange,
  createSettingsWriter,
  diffSettings,
  isSettingsChange,
  onlyDisablesRules,
} from './settings-change';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

describe('settings changes', () => {
  it('diff → apply reproduces the change, on top of what is stored now', () => {
    const before: Settings = { ...DEFAULT_SETTINGS, disabledRules: ['obligation'] };
    const after: Settings = { ...before, disabledRules: ['bare-command'], retentionWeeks: 8 };
    const change = diffSettings(before, after);
    expect(change).toEqual({
      set: { retentionWeeks: 8 },
      add: { disabledRules: ['bare-command'] },
      remove: { disabledRules: ['obligation'] },
    });
    // Meanwhile another writer switched 'urgency' off and kept examples: both survive this change.
    const stored: Settings = { ...before, disabledRules: ['obligation', 'urgency'], keepExamples: true };
    expect(applySettingsChange(stored, change)).toEqual({
      ...stored,
      disabledRules: ['bare-command', 'urgency'],
      retentionWeeks: 8,
    });
  });

  it('the writer applies concurrent changes one after another, none lost', async () => {
    let stored: Settings = { ...DEFAULT_SETTINGS };
    const write = createSettingsWriter({
      read: async () => stored,
      write: async (s) => {
        await new Promise((r) => setTimeout(r, 5)); // a slow storage write: a race would show here
        stored = s;
      },
    });
    await Promise.all([
      write({ add: { disabledRules: ['obligation'] } }),
      write({ add: { disabledRules: ['urgency'] } }),
      write({ set: { keepExamples: true } }),
    ]);
    expect(stored.disabledRules).toEqual(['obligation', 'urgency']);
    expect(stored.keepExamples).toBe(true);
  });

  it('checks the shape of a change from messaging, and normalises values when applied', () => {
    expect(isSettingsChange({ add: { disabledRules: ['obligation'] } })).toBe(true);
    expect(isSettingsChange({ set: { retentionWeeks: 4 } })).toBe(true);
    for (const bad of [null, [], 'x', { put: {} }, { set: { evil: 1 } }, { add: { disabledRules: 'x' } }]) {
      expect(isSettingsChange(bad)).toBe(false);
    }
    const applied = applySettingsChange(DEFAULT_SETTINGS, {
      add: { disabledRules: ['no-such-rule'] },
      set: { retentionWeeks: -5 },
    });
    expect(applied).toEqual(DEFAULT_SETTINGS);
  });

  it('a compose page may only switch rules off', () => {
    expect(onlyDisablesRules({ add: { disabledRules: ['obligation'] } })).toBe(true);
    expect(onlyDisablesRules({ add: { addedSites: ['evil.example'] } })).toBe(false);
    expect(onlyDisablesRules({ add: { disabledRules: ['x'] }, set: { pausedUntil: -1 } })).toBe(false);
    expect(onlyDisablesRules({ remove: { disabledRules: ['obligation'] } })).toBe(false);
  });
});
