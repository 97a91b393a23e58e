import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Decides when the printable handout is drawn. Its six static maps are real work, so they wait
 * until the interactive map is up and the browser is idle, instead of competing with MapLibre
 * for the main thread at load; `beforeprint` draws them at once if a reader prints sooner
 * (Lit renders in microtasks, which run before the browser lays out the printed page).
 */
export class PrintController implements ReactiveController {
  ready = false;
  private idle = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call once the map has drawn or failed: the handout is prepared when the page is idle. */
  arm(): void {
    if (this.ready || this.idle) return;
    const ric = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    this.idle = ric(() => this.set(), { timeout: 3000 });
  }

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
