import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The printable handout, which no reader sees on screen, is rendered only on `beforeprint`. Its
 * six static maps project the whole coastline into SVG: nothing to a printout, but work that
 * would compete with MapLibre while the map loads, or cost a scrolling reader frames. Lit renders
 * in microtasks, which run before the browser lays out the printed page.
 */
export class PrintController implements ReactiveController {
  /** Render the handout. */
  ready = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  private onBeforePrint = (): void => {
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  };
}
