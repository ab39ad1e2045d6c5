import type { Plugin } from 'compromise';

/** compromise/three's adjective, adverb, chunk, misc, noun and verb plugins, in the order three adds them. */
export const plugins: Plugin[];
