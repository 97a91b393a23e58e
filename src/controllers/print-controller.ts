import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Decides when the printable handout is rendered. It is hidden on screen, and its six static maps
 * project the whole coastline into SVG: work that would compete with MapLibre for the main thread
 * while the interactive map loads. So it waits until that map is idle (or has failed) and the
 * browser has a moment; `beforeprint` renders it at once if a reader prints sooner (Lit renders in
 * microtasks, which run before the browser lays out the printed page).
 */
export class PrintController implements ReactiveController {
  ready = false;
  private idle = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call once the map is idle or has failed: the handout is rendered when the page is next idle. */
  arm = (): void => {
    if (this.ready || this.idle) return;
    const ric = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    this.idle = ric(() => this.set(), { timeout: 3000 });
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    if (this.idle) (window.cancelIdleCallback ?? window.clearTimeout)(this.idle);
    this.idle = 0;
  }

  private onBeforePrint = (): void => this.set();

  private set(): void {
    this.idle = 0;
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  }
}
