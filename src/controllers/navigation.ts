import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Mode } from '../attributes.js';
import { ChapterChangeEvent } from '../events.js';
import { CHAPTER_IDS, type Chapter, type ChapterId } from '../story/types.js';
import { HashSyncController } from './hash-sync.js';
import { SETTLE_MS } from './map-camera.js';
import { ProgressAnimatorController } from './progress-animator.js';
import { ScrollAnchorController } from './scroll-anchor.js';

/** How a chapter change came about: only the reader's own scrolling needs no scroll. */
export type NavigationSource = 'scroll' | 'keys' | 'hash' | 'property' | 'api';

export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  readonly chapters: Chapter[];
  readonly resolvedMode: Mode;
  navigate(id: string, source: NavigationSource): void;
}

/**
 * The one owner of where the reader is. `go()` is the only way the current chapter changes; the
 * `chapter` property, the URL hash, the screen-reader announcement, the event and the scroll
 * position all follow from it, whichever way the reader moved.
 */
export class NavigationController implements ReactiveController {
  current: ChapterId = 'intro';
  /** The last move was the reader scrolling: the map's camera waits for the chapter to hold. */
  settleMs = 0;
  /** What the live region says about the chapter just reached. */
  announcement = '';
  readonly hash: HashSyncController;
  readonly anchor: ScrollAnchorController;
  private readonly animator: ProgressAnimatorController;

  constructor(
    private readonly host: NavigationHost,
    private readonly opts: {
      /** Progress through the chapter as presenter mode plays it. */
      onProgress: (p: number) => void;
      /** The chapter changed from `old` (reset progress, reflect the property). */
      onChange: (old: ChapterId) => void;
      reducedMotion: () => boolean;
    },
  ) {
    host.addController(this);
    this.hash = new HashSyncController(host, (id) => host.navigate(id, 'hash'));
    this.anchor = new ScrollAnchorController(host, () => this.section(this.current));
    this.animator = new ProgressAnimatorController(host, opts.onProgress);
  }

  /** A change made before the element was on the page (an attribute parsed with it): told once it is. */
  private untold?: ChapterChangeEvent;

  hostConnected(): void {
    if (this.untold) this.host.dispatchEvent(this.untold);
    this.untold = undefined;
  }

  go(target: ChapterId, source: NavigationSource): void {
    if (target !== this.current) {
      this.settleMs = source === 'scroll' ? SETTLE_MS : 0;
      const old = this.current;
      this.current = target;
      this.opts.onChange(old);
      const index = CHAPTER_IDS.indexOf(target);
      const c = this.host.chapters[index];
      if (c) this.announcement = `${c.heading}. ${c.mapDescription}`;
      this.hash.write(target);
      const event = new ChapterChangeEvent(target, index, CHAPTER_IDS.length);
      if (this.host.isConnected) this.host.dispatchEvent(event);
      else this.untold = event;
    }
    if (this.host.resolvedMode === 'present') this.play();
    // The reader's own scrolling needs no scroll; any other way of moving brings the chapter into view.
    else if (source !== 'scroll' && this.host.hasUpdated) this.scrollToCurrent();
  }

  /** The next (1) or previous (-1) chapter, if there is one. */
  step(delta: 1 | -1): void {
    const next = CHAPTER_IDS[CHAPTER_IDS.indexOf(this.current) + delta];
    if (next) this.host.navigate(next, 'keys');
  }

  /** Presenter mode plays the chapter's choreography over a few seconds (at once when still). */
  play(): void {
    this.animator.play(this.opts.reducedMotion());
  }

  /** An instant jump: the step observer then sees only the final chapter, never the ones between. */
  scrollToCurrent(): void {
    if (this.host.resolvedMode !== 'scroll') return;
    const target = this.current;
    void this.host.updateComplete.then(() => {
      if (this.current !== target) return;
      this.section(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
      this.anchor.pin();
    });
  }

  section(id: ChapterId): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`section[data-chapter="${id}"]`);
  }
}
