// What the browser benches and probes share: Chromium with (or without) the built extension, the box
// focused at the end of its draft, a top-N table of timings, and the long drafts' flagged sentences.
import { chromium } from 'playwright-core';

/** Headless Debian Chromium, quiet (no sync, updates or background traffic), with `extension` loaded if given. */
export function launchChromium(extension, options = {}) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args,
  });
}

/** Focus the box with the caret at the end of the draft, scrolled there, as when writing on. */
export async function focusEnd(page) {
  await page.evaluate(() => {
    const box = document.getElementById('box');
    box.focus();
    if (box instanceof HTMLTextAreaElement) {
      box.setSelectionRange(box.value.length, box.value.length);
      box.scrollTop = box.scrollHeight;
      return;
    }
    const range = document.createRange();
    range.setStart(document.getElementById('caret'), 0);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    box.scrollTop = box.scrollHeight;
  });
  // A key of the person's own (trusted): Leadwell shows itself in a box only after real input there, not on a
  // scripted focus alone (issue 15). Shift changes neither the text nor the caret.
  await page.keyboard.press('Shift');
}

/** The `n` largest entries of a name → milliseconds map, one per line. */
export const top = (m, n, indent = '') =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${indent}${v.toFixed(1).padStart(7)} ${k}`)
    .join('\n');

/** Sentences that are each an order with no reason (each one distinct, so no cache hides the work). */
export function flaggedSentences(chars) {
  const verbs = ['Send me', 'Update', 'Move', 'Fix', 'Review', 'Print'];
  const out = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = `${verbs[i % verbs.length]} the report for project ${i} by Friday.`;
    out.push(s);
    n += s.length + 1;
  }
  return out;
}
