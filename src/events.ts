import type { ChapterId } from './story/types.js';

/** Fired when the explainer moves to another chapter (scroll, keyboard, deep link or API). */
export class ChapterChangeEvent extends Event {
  static readonly type = 'dmz-chapter-change';
  constructor(
    readonly id: ChapterId,
    readonly index: number,
    readonly total: number,
  ) {
    super(ChapterChangeEvent.type, { bubbles: true, composed: true });
  }
  /** The same data as a plain object, for hosts that read `event.detail`. */
  get detail(): { id: ChapterId; index: number; total: number } {
    return { id: this.id, index: this.index, total: this.total };
  }
}

/** Fired once the story is rendered and the map (if any) has drawn its first frame or failed. */
export class ReadyEvent extends Event {
  static readonly type = 'dmz-ready';
  constructor(readonly map: boolean) {
    super(ReadyEvent.type, { bubbles: true, composed: true });
  }
  get detail(): { map: boolean } {
    return { map: this.map };
  }
}

export type ErrorReason =
  | 'invalid-attribute'
  | 'webgl-unavailable'
  | 'geo-load-failed'
  | 'basemap-failed'
  | 'map-error';

/** Fired when something went wrong but the explainer carries on (bad input, no WebGL, data failure). */
export class ExplainerErrorEvent extends Event {
  static readonly type = 'dmz-error';
  constructor(
    readonly reason: ErrorReason,
    readonly message: string,
  ) {
    super(ExplainerErrorEvent.type, { bubbles: true, composed: true });
  }
  get detail(): { reason: ErrorReason; detail: string } {
    return { reason: this.reason, detail: this.message };
  }
}

declare global {
  interface HTMLElementEventMap {
    'dmz-chapter-change': ChapterChangeEvent;
    'dmz-ready': ReadyEvent;
    'dmz-error': ExplainerErrorEvent;
  }
}
