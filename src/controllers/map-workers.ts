import { clearPrewarmedResources, prewarm, setWorkerUrl } from 'maplibre-gl';
import { getBasePath } from '../base-path.js';

/** The worker's file name in `dist/…/assets/` (vite.embed.config.ts keeps it unhashed). */
export const WORKER_FILE = 'maplibre-gl-worker.mjs';

/**
 * MapLibre's web workers, started as soon as a map element is on the page rather than when its
 * map is finally created. The map waits for the story's first paint, its data and the viewport
 * (text first); the workers' start-up (fetching and compiling MapLibre's worker script) needs
 * none of that, so it runs in parallel instead of after it. In a ten-round A/B against the bench's
 * baseline, map idle came about 0.08× of the baseline's time sooner.
 *
 * Counted per page: the last map element to leave lets the workers go, so an explainer removed
 * from a page leaves no worker behind (the 50-mount test checks).
 */
let holders = 0;

export function holdMapWorkers(): void {
  // The map code sets the worker's default URL (from import.meta.url) when it loads; a base path
  // (setBasePath) wins, and is read here, before any worker starts, because it may be set late.
  const base = getBasePath();
  if (base) setWorkerUrl(new URL(WORKER_FILE, base).href);
  // A browser without WebGL 2 will draw the static map: it has no use for the workers.
  if (holders++ === 0 && typeof WebGL2RenderingContext !== 'undefined') prewarm();
}

export function releaseMapWorkers(): void {
  // Releases only the warm-up's claim, and only once no live map holds the workers either.
  if (--holders === 0) clearPrewarmedResources();
}
