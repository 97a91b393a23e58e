/**
 * Where the explainer's asset files live: the GeoJSON, the fonts and MapLibre's worker, the files
 * of `dist/embed/assets/` (script embed) or `dist/package/assets/` (npm package), which carry the
 * same names in both.
 *
 * By default each file is resolved from `new URL('…', import.meta.url)`: right for the script
 * embed, and for bundlers that copy such files (Vite, Rollup, esbuild). Bundlers that rewrite
 * `import.meta.url` into a `file://` path at build time (Next.js, with webpack or Turbopack) need
 * to be told: {@link setBasePath}, or `data-dmz-base-path` on a `<script>` element, the pattern of
 * Shoelace's `setBasePath` and `data-shoelace`.
 */

/** The attribute on a `<script>` element that names the assets folder. */
export const BASE_PATH_ATTRIBUTE = 'data-dmz-base-path';

let explicit: string | undefined;

/** A folder URL ends in `/`, or `new URL('x.geojson', base)` would replace its last segment. */
function folder(path: string): string {
  const base = globalThis.document?.baseURI;
  const url = base ? new URL(path, base).href : path;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Tells the explainer where its asset files are: a folder URL, absolute or relative to the page
 * (`'/dmz-explainer/'`, `'https://cdn.example/dmz/assets/'`). Call it before the first
 * `<dmz-explainer>` connects. Calling it again replaces the folder; `undefined` goes back to the default.
 */
export function setBasePath(path: string | undefined): void {
  explicit = path === undefined ? undefined : folder(path);
}

/**
 * The folder set by {@link setBasePath}, else by the first `<script data-dmz-base-path="…">` on the
 * page, else `undefined` (each file then resolves from its module's `import.meta.url`).
 */
export function getBasePath(): string | undefined {
  if (explicit !== undefined) return explicit;
  const doc = globalThis.document;
  // A document without querySelector is a stand-in (a test's, a server's): no script to read.
  const script = typeof doc?.querySelector === 'function' ? doc.querySelector(`script[${BASE_PATH_ATTRIBUTE}]`) : null;
  const value = script?.getAttribute(BASE_PATH_ATTRIBUTE)?.trim();
  return value ? folder(value) : undefined;
}

/**
 * The URL of the asset file `name` (its name in `dist/…/assets/`): in the base path's folder if one
 * is set, else `fallback()`, the bundler-visible `new URL('…', import.meta.url).href` for that file.
 */
export function assetUrl(name: string, fallback: () => string): string {
  const base = getBasePath();
  return base ? new URL(name, base).href : fallback();
}
