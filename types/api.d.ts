/**
 * The public interface of the `dmz-explainer` package, written by hand so that consumers see the
 * element, its events and nothing of its insides (Lit, MapLibre, GeoJSON types). `npm run
 * typecheck` proves the implementation conforms (tests/types/public-api.ts); the globals
 * (`HTMLElementTagNameMap`, `HTMLElementEventMap`) are in index.d.ts.
 */

/** Stable chapter ids, in reading order. */
export type ChapterId = 'intro' | 'the-line' | 'fog-crossing' | 'jsa-shooting' | 'defections' | 'buildup' | 'since-2017' | 'sources';

/** The story's languages. */
export type Lang = 'en' | 'ko';

/** Why a `dmz-error` fired. */
export type ErrorReason = 'invalid-attribute' | 'webgl-unavailable' | 'geo-load-failed' | 'basemap-failed' | 'map-error';

/** Fired when the explainer moves to another chapter (scroll, keyboard, deep link or API). */
export declare class ChapterChangeEvent extends Event {
  static readonly type: 'dmz-chapter-change';
  constructor(id: ChapterId, index: number, total: number);
  readonly id: ChapterId;
  /** 0-based position of the chapter. */
  readonly index: number;
  /** Number of chapters. */
  readonly total: number;
  get detail(): { id: ChapterId; index: number; total: number };
}

/** Fired once the story is rendered and the map has drawn its first frame (`map: true`) or failed. */
export declare class ReadyEvent extends Event {
  static readonly type: 'dmz-ready';
  constructor(map: boolean);
  readonly map: boolean;
  get detail(): { map: boolean };
}

/** Fired when something went wrong but the explainer carries on (bad input, no WebGL, data failure). */
export declare class ExplainerErrorEvent extends Event {
  static readonly type: 'dmz-error';
  constructor(reason: ErrorReason, message: string);
  readonly reason: ErrorReason;
  readonly message: string;
  get detail(): { reason: ErrorReason; detail: string };
}

/**
 * `<dmz-explainer>`: a scroll-driven map explainer of the Korean DMZ. Importing the package
 * registers it. Unknown attribute values log a warning, fire `dmz-error` and fall back to the default.
 *
 * @fires dmz-ready - {@link ReadyEvent}
 * @fires dmz-chapter-change - {@link ChapterChangeEvent}
 * @fires dmz-error - {@link ExplainerErrorEvent}
 */
export declare class DmzExplainer extends HTMLElement {
  /** The current chapter id. Reflects the reader's position; setting it jumps there. */
  chapter: ChapterId;
  /** `en` or `ko`. */
  lang: string;
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  theme: string;
  /** Optional http(s) URL of a MapLibre style to draw under the explainer's own layers. */
  basemap: string | undefined;
  /** `scroll` (default) or `present` (one chapter at a time). */
  mode: string;
  /** Heading level of the title (attribute `heading-level`); chapter headings are one level below. */
  headingLevel: number;
  /** Keep `#chapter-id` in the page URL and open at the chapter it names (attribute `deep-link`). */
  deepLink: boolean;
  /** Resolves once pending property changes have rendered. */
  readonly updateComplete: Promise<boolean>;
  /** Jump to a chapter by id. Unknown ids are reported with `dmz-error` and ignored. */
  // `& Record<never, never>` keeps the chapter ids in editors' completion; any string is accepted.
  goTo(id: ChapterId | (string & Record<never, never>)): void;
  /** Go to the next chapter (none after the last). */
  next(): void;
  /** Go to the previous chapter (none before the first). */
  prev(): void;
}

/**
 * Tells the explainer where its asset files are (GeoJSON, fonts, MapLibre's worker: the files of
 * the package's `dist/package/assets/`), as a folder URL absolute or relative to the page. Needed
 * where a bundler rewrites `import.meta.url` (Next.js); call it before the first element connects.
 * `<script data-dmz-base-path="/dmz-explainer/">` anywhere on the page does the same. On a server
 * it does nothing.
 */
export declare function setBasePath(path: string | undefined): void;

/** The folder set by {@link setBasePath} or `data-dmz-base-path`, or `undefined` (the default). */
export declare function getBasePath(): string | undefined;

/**
 * The element's attributes as a template writes them (React, Vue, Svelte, Preact): what the
 * framework declarations in frameworks.d.ts add to each framework's own element attributes.
 */
export interface DmzExplainerAttributes {
  chapter?: ChapterId;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  basemap?: string;
  mode?: 'scroll' | 'present';
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  'deep-link'?: boolean;
}

/**
 * The events as `on…` attributes, the way React 19 and Svelte 5 attach listeners to a custom
 * element. (React 19 drops such listeners when it hydrates server-rendered HTML: there, add them
 * through a ref; docs/EMBED.md shows how.)
 */
export interface DmzExplainerEventAttributes {
  'ondmz-ready'?: (event: ReadyEvent) => void;
  'ondmz-chapter-change'?: (event: ChapterChangeEvent) => void;
  'ondmz-error'?: (event: ExplainerErrorEvent) => void;
}
