import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a task once, when the browser is next idle after `due()` first holds at one of the host's
 * updates: work a reader will need soon, done before they need it and never in a busy frame.
 * Cancelled if the host leaves first (and tried again when it returns).
 */
export class IdleWorkController implements ReactiveController {
  private handle: number | undefined;
  private done = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly due: () => boolean,
    private readonly task: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.done || this.handle !== undefined || !this.due()) return;
    // Safari has no requestIdleCallback: a short timeout, after the update's frame, stands in.
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
