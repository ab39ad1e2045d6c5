/** The popup's copy of the engine: leadwell-engine.js, imported by its path on first paste, once. */
import { ENGINE_FILE, engineInThisWorld, type Engine } from '@/lib/engine-chunk';

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* @vite-ignore */ new URL(ENGINE_FILE, location.origin).href).then(() => {
    const engine = engineInThisWorld();
    if (!engine) throw new Error('Leadwell engine did not load');
    return engine;
  });
  loading.catch(() => (loading = null));
  return loading;
}
