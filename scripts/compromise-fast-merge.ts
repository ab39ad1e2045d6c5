/**
 * Build-only (issue 14): compromise's mergeDeep (src/API/extend.js) sets each key of a plugin's model with
 * `Object.assign(model, { [key]: value })`, one throwaway object per key. At load it merges the ~25,000 words
 * of its lexicon that way: 85 ms of the engine's ~270 ms set-up in Chromium here. A plain assignment does the
 * same ([[Set]] on the target, as Object.assign does) for a fifth of the time. A compromise that no longer
 * has those lines fails the build, so an upgrade is looked at rather than silently slower.
 */
import type { Plugin } from 'vite';

const FILE = /[/\\]compromise[/\\]src[/\\]API[/\\]extend\.js$/;
const SLOW: Array<[string, string]> = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

export function fastMerge(code: string): string {
  let out = code;
  for (const [slow, fast] of SLOW) {
    if (!out.includes(slow)) throw new Error(`compromise's mergeDeep changed: "${slow}" not found`);
    out = out.replace(slow, fast);
  }
  return out;
}

export function compromiseFastMergePlugin(): Plugin {
  return {
    name: 'leadwell:compromise-fast-merge',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return FILE.test(id.split('?')[0]!) ? { code: fastMerge(code), map: null } : null;
    },
  };
}
