/**
 * The analysis engine (compromise inside), loaded only once someone writes: the background injects it into
 * a frame when a compose box there is first focused (see entrypoints/compose-loader.ts), just before the
 * compose app; the popup imports it on first paste. It hands its exports over on a global (lib/engine-chunk).
 * Not web-accessible: pages can neither load it nor probe for it.
 */
import { analyse, createAnalyser, createSlicedAnalyser } from '@/lib/analysis/analyse';
import { RULE_INFO } from '@/lib/analysis/rules/info';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine-chunk';

export default defineUnlistedScript(() => {
  const engine: Engine = { analyse, createAnalyser, createSlicedAnalyser, RULE_INFO };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
