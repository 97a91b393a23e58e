/**
 * The package on a server (`exports` condition `node`, see package.json): what a server-rendered
 * page (Next.js, Remix, Astro, Nuxt, SvelteKit) gets from `import 'dmz-explainer'`. It registers
 * nothing and touches no DOM global, so the import is harmless; the server renders
 * `<dmz-explainer>` as a plain tag and the browser's copy of the package (condition `browser` or
 * `import`) upgrades it after hydration.
 */
export * from './events.js';
export type { ChapterId, Lang } from './story/types.js';

/**
 * The browser's `DmzExplainer` is an `HTMLElement`, which a server does not have: here it is an
 * empty stand-in, so that `import { DmzExplainer }` resolves on both sides. Never construct it.
 */
export class DmzExplainer {
  private constructor() {
    throw new TypeError('<dmz-explainer> exists only in a browser.');
  }
}

/** Does nothing on a server: the base path matters only where the element loads its files. */
export function setBasePath(_path: string | undefined): void {}

/** Always `undefined` on a server. */
export function getBasePath(): string | undefined {
  return undefined;
}
