/**
 * The engine chunk (entrypoints/leadwell-engine.ts → leadwell-engine.js): what it hands over, and where.
 * Shared by the compose app (the background injects the chunk into the frame first) and the popup (which
 * imports it on first paste), so neither imports the other.
 */
import type { analyse, createAnalyser, createSlicedAnalyser } from './analysis/analyse';
import type { RULE_INFO } from './analysis/rules/info';

export interface Engine {
  analyse: typeof analyse;
  createAnalyser: typeof createAnalyser;
  createSlicedAnalyser: typeof createSlicedAnalyser;
  RULE_INFO: typeof RULE_INFO;
}

/** The built file, from the extension's root. */
export const ENGINE_FILE = '/leadwell-engine.js';
/** The global the chunk sets in the world that runs it (a content script's isolated world, or a page). */
export const ENGINE_GLOBAL = '__leadwellEngine';

/** The engine, once leadwell-engine.js has run in this world. */
export function engineInThisWorld(): Engine | null {
  return ((globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined) ?? null;
}
