import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the host is near the viewport. Browsers cap live WebGL contexts (about 16 in
 * Chromium), so a page with twenty explainers must only hold maps for the ones a reader can reach.
 */
export class NearViewportController implements ReactiveController {
  near = false;
  private observer?: IntersectionObserver;
  private firstLook?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (near: boolean) => void,
    /** How far off screen still counts as near, in viewport heights above and below. */
    private readonly reach = 1,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.set(true);
      return;
    }
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: `${this.reach * 100}% 0px` });
    this.observer.observe(this.host);
    // The intersection observer's first answer is a task queued after the first frame, behind
    // whatever the page does next (parsing the map data, re-rendering with it). A resize observer
    // is called inside that frame, right after layout, when reading the host's box costs nothing:
    // it gives the first "near" sooner, so the map can start before the next paint.
    if (typeof ResizeObserver !== 'undefined') {
      this.firstLook = new ResizeObserver(this.onFirstLayout);
      this.firstLook.observe(this.host);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopFirstLook();
    this.near = false;
  }

  private onIntersect = (entries: IntersectionObserverEntry[]): void => {
    this.stopFirstLook();
    const last = entries[entries.length - 1];
    if (last) this.set(last.isIntersecting);
  };

  private onFirstLayout = (): void => {
    this.stopFirstLook();
    this.look();
  };

  /**
   * Answers now, from the host's box, without waiting for a frame: the host calls this when it
   * has everything else it needs. On a busy page the first frame after the data arrives can be
   * half a second away, and the map should not wait for it. Only ever says "near": the
   * intersection observer has the last word either way.
   */
  look(): boolean {
    if (this.near || !this.host.isConnected) return this.near;
    const r = this.host.getBoundingClientRect();
    const reach = innerHeight * this.reach;
    if (r.width > 0 && r.height > 0 && r.bottom >= -reach && r.top <= innerHeight + reach && r.right >= 0 && r.left <= innerWidth) {
      this.stopFirstLook();
      this.set(true);
    }
    return this.near;
  }

  private stopFirstLook(): void {
    this.firstLook?.disconnect();
    this.firstLook = undefined;
  }

  private set(near: boolean): void {
    if (near === this.near) return;
    this.near = near;
    this.onChange(near);
  }
}
