import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OverflowWarning } from './overflow-warning.js';

export type Layout = 'desktop' | 'phone';

/** Width at which the story moves beside the map instead of over it. */
export const DESKTOP_MIN_WIDTH = 900;

/**
 * Picks the layout from the element's own width, not the window's: an explainer embedded in a
 * narrow article column on a wide screen should still get the phone layout.
 */
export class LayoutController implements ReactiveController {
  layout: Layout = 'desktop';
  width = 0;
  height = 0;
  /** The explainer's size unit in px (`--dmz-unit`), for what script must size like the CSS does. */
  unit = 16;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // The pinned layout depends on the host page's CSS too: say so when that CSS undoes it.
    new OverflowWarning(host);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(this.onResize);
    this.observer.observe(this.host);
    this.measure(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private onResize = (entries: ResizeObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (last) this.measure(last.contentRect.width);
  };

  private measure(width: number): void {
    const layout: Layout = width >= DESKTOP_MIN_WIDTH || width === 0 ? 'desktop' : 'phone';
    const height = window.innerHeight;
    // --dmz-unit is 1em on the host: its font size (the reader's default, or --dmz-font-size).
    const unit = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    if (layout !== this.layout || Math.abs(width - this.width) > 1 || height !== this.height || unit !== this.unit) {
      this.layout = layout;
      this.width = width;
      this.height = height;
      this.unit = unit;
      this.host.requestUpdate();
    }
  }
}
