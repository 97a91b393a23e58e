import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { cameraTarget, type CameraTarget } from '../map/camera.js';
import type { Scene } from '../map/scenes.js';
import type { ChapterId } from '../story/types.js';

/** How long a chapter must stay current before its camera moves: chapters a fast scroll passes do not fly. */
export const SETTLE_MS = 250;
/**
 * The page has come to rest when two frames pass without a scroll. Counted in frames, not
 * milliseconds: on a slow or busy device a flick's frames can be far apart, and a gap between
 * them is not an arrival.
 */
const QUIET_FRAMES = 2;
/** A reader who keeps scrolling slowly through a chapter gets its camera after this many frames anyway. */
const MAX_HELD_FRAMES = 90;

export interface CameraWish {
  scene: Scene;
  padding: PaddingOptions;
  /** The explainer decided to animate chapter changes (false: the reader asked for less motion). */
  animate: boolean;
  /** The reader is exploring: the camera is theirs. */
  exploring: boolean;
  /**
   * How long a new chapter must hold before its camera moves: SETTLE_MS when the reader scrolled
   * there (a fast scroll passes chapters), 0 for a jump (the next frame: jumps in one frame coalesce).
   */
  settleMs: number;
}

/**
 * Decides when and how the camera moves, so that one jump is one move however many chapters the
 * reader passed: a new chapter's camera waits until that chapter has held for SETTLE_MS and the
 * page has stopped scrolling (or the reader has kept scrolling slowly for MAX_WAIT_MS), and only
 * the final chapter's then runs. Progress within a chapter
 * (the camera travelling along the line) follows the scroll directly.
 */
export class CameraDirector {
  /** The chapter whose camera the map shows or is flying to. */
  private shown?: ChapterId;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private settleFrame = 0;
  private pendingJump = false;
  private last?: string;
  private wish?: CameraWish;
  private scrolled = false;
  private quietFrames = 0;
  private heldFrames = 0;

  private busy = false;

  constructor(
    private readonly map: MapLibreMap,
    /** The camera has somewhere to go (a chapter waiting to settle, or a flight under way), or not. */
    private readonly onBusy: (busy: boolean) => void = () => {},
  ) {
    map.on('moveend', this.onMoveEnd);
    map.on('resize', this.onResize);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.measure();
  }

  /** The map's size, read once and on resize only: reading it on every scroll frame forced a layout in the frame. */
  private size = { width: 0, height: 0 };

  private measure(): void {
    const c = this.map.getContainer();
    this.size = { width: c.clientWidth, height: c.clientHeight };
  }

  // A container resize (layout switch, presenter mode, rotation) re-frames the chapter at once.
  private onResize = (): void => {
    this.measure();
    requestAnimationFrame(() => this.reframe());
  };

  /** Puts the camera on the scene at once (the first view: a flight would only delay the map's idle). */
  jump(wish: CameraWish): void {
    this.wish = wish;
    this.shown = wish.scene.id;
    this.go(false);
  }

  update(wish: CameraWish): void {
    const paddingChanged = !!this.wish && !samePadding(this.wish.padding, wish.padding);
    this.wish = wish;
    if (wish.exploring) {
      this.cancel();
      this.setBusy(false);
      // Back from exploring, the chapter's camera returns: treat it as not shown.
      this.shown = undefined;
      this.pendingJump = false;
      return;
    }
    if (wish.scene.id !== this.shown) {
      this.cancel();
      this.setBusy(true);
      if (wish.settleMs > 0) this.settleTimer = setTimeout(this.settle, wish.settleMs);
      else this.settleFrame = requestAnimationFrame(this.settle);
      return;
    }
    // Back on the chapter the camera shows before another one settled: nothing to do.
    if (this.settleTimer !== undefined || this.settleFrame) {
      this.cancel();
      if (!this.map.isMoving()) this.setBusy(false);
    }
    if (paddingChanged) this.go(false);
    else if (wish.scene.camera.kind === 'center') {
      if (this.map.isMoving()) this.pendingJump = true;
      else this.go(false);
    }
  }

  /** Re-frames the current scene without animation (after a resize). */
  reframe(): void {
    if (this.wish && !this.wish.exploring && this.shown === this.wish.scene.id) {
      this.map.stop();
      this.go(false, true);
    }
  }

  dispose(): void {
    this.cancel();
    this.setBusy(false);
    this.map.off('moveend', this.onMoveEnd);
    this.map.off('resize', this.onResize);
    window.removeEventListener('scroll', this.onScroll);
  }

  private cancel(): void {
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.settleFrame);
    this.settleTimer = undefined;
    this.settleFrame = 0;
  }

  private settle = (): void => {
    this.settleTimer = undefined;
    this.settleFrame = 0;
    if (!this.wish || this.wish.exploring) return;
    if (this.wish.settleMs === 0) return this.arrive();
    // Still scrolling (a flick's momentum, a drag of the scrollbar)? Watch frame by frame until it rests.
    this.quietFrames = 0;
    this.heldFrames = 0;
    this.settleFrame = requestAnimationFrame(this.watch);
  };

  private watch = (): void => {
    this.settleFrame = 0;
    this.heldFrames++;
    this.quietFrames = this.scrolled ? 0 : this.quietFrames + 1;
    this.scrolled = false;
    if (this.quietFrames >= QUIET_FRAMES || this.heldFrames >= MAX_HELD_FRAMES) this.arrive();
    else this.settleFrame = requestAnimationFrame(this.watch);
  };

  private arrive(): void {
    if (!this.wish || this.wish.exploring) return;
    this.shown = this.wish.scene.id;
    this.map.stop();
    // A jump ends within the call; a flight when it lands (onMoveEnd); no move at all, now.
    if (!this.go(this.wish.animate) || !this.map.isMoving()) this.setBusy(false);
  }

  private setBusy(busy: boolean): void {
    if (busy === this.busy) return;
    this.busy = busy;
    this.onBusy(busy);
  }

  /** Moves the camera to the wish's target; false when there was nothing to do. */
  private go(animate: boolean, force = false): boolean {
    const target = this.target();
    if (!target) return false;
    const key = JSON.stringify(target);
    if (!force && !animate && key === this.last) return false;
    this.last = key;
    this.pendingJump = false;
    // essential: the explainer (or the reader's own motion switch) decided to animate; MapLibre's
    // own reduced-motion check must not overrule a reader who chose "Motion: on".
    if (animate) this.map.flyTo({ ...target, duration: 1400, essential: true });
    else this.map.jumpTo(target);
    return true;
  }

  private target(): CameraTarget | undefined {
    if (!this.wish) return undefined;
    // Not laid out yet (display: none, or before the first frame): measured again on load.
    if (this.size.width < 1 || this.size.height < 1) this.measure();
    const { width, height } = this.size;
    if (width < 1 || height < 1) return undefined;
    const p = this.wish.padding;
    return cameraTarget(this.wish.scene.camera, width, height, {
      top: p.top ?? 0,
      bottom: p.bottom ?? 0,
      left: p.left ?? 0,
      right: p.right ?? 0,
    });
  }

  private onMoveEnd = (): void => {
    if (this.settleTimer === undefined && !this.settleFrame) this.setBusy(false);
    if (this.pendingJump && this.wish && !this.wish.exploring && this.shown === this.wish.scene.id) this.go(false);
  };

  private onScroll = (): void => {
    this.scrolled = true;
  };
}

function samePadding(a: PaddingOptions, b: PaddingOptions): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}
