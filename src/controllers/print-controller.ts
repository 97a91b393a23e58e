import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** When the map never comes (blocked, or far down a page), the handout's code is fetched anyway. */
const FALLBACK_MS = 10_000;

/**
 * The printable handout, which no reader sees on screen. Its code (the handout and its six static
 * maps) is a chunk of its own, fetched once the interactive map is idle (or could not start), so
 * it competes with neither the story's first paint nor the map's loading; and it is rendered only
 * on `beforeprint`: Lit renders in microtasks, which run before the printed page is laid out, and
 * projecting six maps' coastlines costs a printout nothing but would cost a scrolling reader frames.
 * Printed in the first seconds, before its code has arrived, the story itself prints plainly.
 */
export class PrintController implements ReactiveController {
  /** Render the handout. */
  ready = false;
  private loaded = false;
  private loading?: Promise<unknown>;
  private idle = 0;
  private fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  /** Call once the map is idle or cannot start: the handout's code is fetched, when the page is next idle. */
  arm = (): void => {
    if (this.loading || this.idle) return;
    const ric = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    this.idle = ric(() => this.fetch(), { timeout: 5000 });
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.fallback ??= setTimeout(this.arm, FALLBACK_MS);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    if (this.idle) (window.cancelIdleCallback ?? window.clearTimeout)(this.idle);
    this.idle = 0;
    clearTimeout(this.fallback);
    this.fallback = undefined;
  }

  private fetch(): void {
    this.idle = 0;
    this.loading ??= this.load().then(
      () => (this.loaded = true),
      () => (this.loading = undefined),
    );
  }

  private onBeforePrint = (): void => {
    if (!this.loaded) {
      this.fetch();
      return;
    }
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  };
}
