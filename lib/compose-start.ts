/** The page-load script's one message: a box was focused here, start Leadwell in this frame if the site is on. */
export const COMPOSE_START = 'compose/start';

export interface ComposeStart {
  type: typeof COMPOSE_START;
  /** The frame's host (about:blank and srcdoc frames report their creator's). */
  host: string;
}

export function isComposeStart(m: unknown): m is ComposeStart {
  const x = m as ComposeStart | null;
  return !!x && x.type === COMPOSE_START && typeof x.host === 'string' && x.host.length < 300;
}

/** The files the background injects, in order: the engine sets its global, then the app uses it. */
export const COMPOSE_FILES = ['/leadwell-engine.js', '/content-scripts/compose.js'] as const;
