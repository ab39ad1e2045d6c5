// Inline hints in real Firefox ESR, in every editor fixture: marks on typing, marks that follow a later edit
// (Firefox once froze after the first analysis), the card, Apply through the editor's own model, one Ctrl+Z
// back; no page error and no request from the extension.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyFirstRewrite,
  EDITOR_FIXTURES,
  leadwellBadges,
  leadwellMarks,
  modelText,
  typeInto,
  undo,
  waitForMarks,
  type FixtureName,
} from '../e2e/page-helpers';
import { driver, launchFirefox, type LaunchedFirefox } from './harness';

const COMMAND = 'Send me the report by Friday.';
const LATER = ' You need to fix the build ASAP.';

let ff: LaunchedFirefox;
let tab: Page;

beforeAll(async () => {
  ff = await launchFirefox();
  tab = await ff.newPage();
});
afterAll(async () => {
  await ff?.close();
});

/** Where the error logs stand now, so that each test judges only its own page's errors. */
function errorMark() {
  return { page: ff.pageErrors.length, extension: ff.extensionConsoleErrors.length };
}
function expectNoErrorsSince(mark: ReturnType<typeof errorMark>) {
  expect(ff.pageErrors.slice(mark.page)).toEqual([]);
  expect(ff.extensionConsoleErrors.slice(mark.extension)).toEqual([]);
}

describe.each(EDITOR_FIXTURES)(
  '%s in Firefox',
  (name: FixtureName) => {
    it('marks the draft, follows a later edit, applies through the model, and one Ctrl+Z restores it', async () => {
      const errors = errorMark();
      const page = driver(await ff.openFixture(name, tab));
      await typeInto(page, COMMAND);
      await waitForMarks(page, (m) => m.some((x) => x.rule === 'bare-command' && x.text === COMMAND));

      // A later edit is analysed again: new marks for the new sentence, the first one's mark still in place.
      await typeInto(page, LATER, { focus: false });
      const marks = await waitForMarks(
        page,
        (m) => m.some((x) => x.rule === 'obligation') && m.some((x) => x.rule === 'bare-command'),
      );
      expect(marks.find((x) => x.rule === 'obligation')!.text).toContain('You need to fix the build');
      const badges = await leadwellBadges(page);
      expect(badges).toHaveLength(1);
      expect(badges[0]!.count).toBeGreaterThanOrEqual(2);

      const { card, rewrite } = await applyFirstRewrite(
        page,
        marks.find((x) => x.rule === 'bare-command')!,
      );
      expect(card).toContain(COMMAND);
      expect(rewrite).not.toBe(COMMAND);
      expect(await modelText(page)).not.toContain(COMMAND);
      expect(await modelText(page)).toContain(LATER.trim());
      await expect
        .poll(async () =>
          (await leadwellMarks(page)).some((m) => m.rule === 'bare-command' && m.text === COMMAND),
        )
        .toBe(false);

      await undo(page);
      await expect.poll(() => modelText(page)).toContain(COMMAND);
      expect(await modelText(page)).not.toContain(rewrite);
      expectNoErrorsSince(errors);
    });
  },
  60_000,
);

describe('the outside world', () => {
  it('every fixture asset was served locally, and the extension requested nothing', () => {
    expect(ff.blockedRequests).toEqual([]);
    expect(ff.extensionRequests).toEqual([]);
  });
});
