// The compromise/three plugins the engine uses (see nlp.ts). compromise publishes its source but not these
// paths in its package exports, so relative paths reach them; this file is plain JS because the plugin
// sources carry no types (nlp-plugins.d.ts declares what they export).
import adjectives from '../../node_modules/compromise/src/3-three/adjectives/plugin.js';
import adverbs from '../../node_modules/compromise/src/3-three/adverbs/plugin.js';
import chunker from '../../node_modules/compromise/src/3-three/chunker/plugin.js';
import misc from '../../node_modules/compromise/src/3-three/misc/plugin.js';
import nouns from '../../node_modules/compromise/src/3-three/nouns/plugin.js';
import verbs from '../../node_modules/compromise/src/3-three/verbs/plugin.js';

export const plugins = [adjectives, adverbs, chunker, misc, nouns, verbs];
