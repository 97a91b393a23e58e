import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Plays a chapter's progress from 0 to 1 over time, for presenter mode where nobody scrolls:
 * the same choreography (camera travel, fog, drawn path) runs as a short animation instead.
 */
export class ProgressAnimatorController implements ReactiveController {
  private frame = 0;
  private start = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onProgress: (p: number) => void,
    private readonly durationMs = 6000,
  ) {
    host.addController(this);
  }

  /** Starts from 0; with `still` it jumps straight to the end state. */
  play(still: boolean): void {
    this.stop();
    if (still) {
      this.onProgress(1);
      return;
    }
    this.start = performance.now();
    this.onProgress(0);
    this.frame = requestAnimationFrame(this.tick);
  }

  stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  private tick = (now: number): void => {
    const t = Math.min(1, (now - this.start) / this.durationMs);
    // Ease in-out so the camera settles instead of stopping dead.
    this.onProgress(t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
    this.frame = t < 1 ? requestAnimationFrame(this.tick) : 0;
  };
}
