import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a task once, the next time the browser is idle after `schedule()`: work a reader will need
 * soon, done before they need it and never inside a busy frame. Cancelled if the host leaves
 * first; a later `schedule()` asks again.
 */
export class IdleWorkController implements ReactiveController {
  private handle: number | undefined;
  private done = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: () => void,
  ) {
    host.addController(this);
  }

  schedule(): void {
    if (this.done || this.handle !== undefined) return;
    // Safari has no requestIdleCallback: a short timeout stands in.
    this.handle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(this.run, { timeout: 3000 })
        : window.setTimeout(this.run, 300);
  }

  hostDisconnected(): void {
    if (this.handle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.handle);
    else clearTimeout(this.handle);
    this.handle = undefined;
  }

  private run = (): void => {
    this.handle = undefined;
    this.done = true;
    this.task();
  };
}
