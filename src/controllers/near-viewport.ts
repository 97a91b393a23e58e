import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the host is near the viewport. Browsers cap live WebGL contexts (about 16 in
 * Chromium), so a page with twenty explainers must only hold maps for the ones a reader can reach.
 */
export class NearViewportController implements ReactiveController {
  near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (near: boolean) => void,
    private readonly margin = '100% 0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.set(true);
      return;
    }
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: this.margin });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = false;
  }

  private onIntersect = (entries: IntersectionObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (last) this.set(last.isIntersecting);
  };

  private set(near: boolean): void {
    if (near === this.near) return;
    this.near = near;
    this.onChange(near);
  }
}
