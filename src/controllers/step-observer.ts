import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StepCallbacks {
  /** A step crossed the trigger line; `direction` is the scroll direction that brought it in. */
  onStepEnter(index: number, direction: 'down' | 'up'): void;
  /** Progress 0..1 of the trigger line through the step. */
  onStepProgress(index: number, progress: number): void;
}

const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * Scrollama's idea in four verbs: `setup`, enter, progress, `destroy` (hostDisconnected).
 * One IntersectionObserver per step, with a root margin that makes the step's intersection
 * ratio equal the fraction of it above the trigger line, so progress needs no scroll listener
 * and no layout reads: the browser computes it off the main thread's hot path.
 */
export class StepObserverController implements ReactiveController {
  /** Each step's progress observer, and the border-box height its root margin was built for. */
  private observers = new Map<HTMLElement, { io: IntersectionObserver; height: number }>();
  private enterObserver?: IntersectionObserver;
  /** The viewport height the observers were built for. */
  private builtFor = 0;
  private resizeObserver?: ResizeObserver;
  private steps: HTMLElement[] = [];
  private lastY = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: StepCallbacks,
    /** Where the trigger line sits, as a fraction of viewport height from the top. */
    public offset = 0.5,
  ) {
    host.addController(this);
  }

  /** Observe these step elements (re-callable; replaces the previous set). */
  setup(steps: HTMLElement[]): void {
    this.teardown();
    this.steps = steps;
    if (steps.length === 0 || typeof IntersectionObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(this.onResize);
    steps.forEach((s) => this.resizeObserver!.observe(s));
    this.observeAll();
  }

  hostConnected(): void {
    if (this.steps.length) this.setup(this.steps);
  }

  hostDisconnected(): void {
    this.teardown();
  }

  /** The trigger line, in px from the viewport's top. */
  private get line(): number {
    return Math.round(this.builtFor * this.offset);
  }

  private observeAll(): void {
    this.disconnectObservers();
    const vh = (this.builtFor = window.innerHeight);
    const line = this.line;
    // A one-pixel band at the trigger line: whichever step covers it is the current one.
    this.enterObserver = new IntersectionObserver(this.onEnter, {
      rootMargin: `${-line}px 0px ${-(vh - line - 1)}px 0px`,
    });
    this.steps.forEach((step) => {
      this.enterObserver!.observe(step);
      this.observeProgress(step, step.offsetHeight);
    });
  }

  private observeProgress(step: HTMLElement, height: number): void {
    this.observers.get(step)?.io.disconnect();
    const line = this.line;
    const h = Math.max(1, Math.round(height));
    const io = new IntersectionObserver((entries) => this.onProgress(step, entries), {
      rootMargin: `${h - line}px 0px ${-(this.builtFor - line)}px 0px`,
      threshold: THRESHOLDS,
    });
    io.observe(step);
    this.observers.set(step, { io, height: h });
  }

  private onEnter = (entries: IntersectionObserverEntry[]): void => {
    const y = window.scrollY;
    const direction = y >= this.lastY ? 'down' : 'up';
    this.lastY = y;
    // On a fast jump several steps change at once: only the one now on the line matters. An
    // entry can also arrive after a later programmatic jump has moved on (two goTo() calls in one
    // frame), so the step is checked against where it is now: one layout read per enter, not per frame.
    const line = window.innerHeight * this.offset;
    const current = entries
      .filter((e) => e.isIntersecting)
      .map((e) => e.target as HTMLElement)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top <= line + 1 && r.bottom >= line - 1;
      })
      .pop();
    if (!current) return;
    const index = this.steps.indexOf(current);
    if (index >= 0) this.callbacks.onStepEnter(index, direction);
  };

  private onProgress(step: HTMLElement, entries: IntersectionObserverEntry[]): void {
    const index = this.steps.indexOf(step);
    const entry = entries[entries.length - 1];
    if (index < 0 || !entry) return;
    const rootTop = entry.rootBounds?.top ?? 0;
    // Above the root band entirely means the step has been fully passed.
    const passed = entry.isIntersecting
      ? entry.intersectionRatio
      : entry.boundingClientRect.bottom <= rootTop + 1
        ? 1
        : 0;
    this.callbacks.onStepProgress(index, Math.min(1, Math.max(0, passed)));
  }

  private onResize = (entries: ResizeObserverEntry[]): void => {
    // A new viewport height moves the trigger line: everything is rebuilt. Otherwise only the steps
    // whose height changed (a chapter laid out for the first time as the reader nears it, new
    // text), from the sizes the observer hands over: no layout is read in the scroll's frames.
    if (window.innerHeight !== this.builtFor) {
      this.observeAll();
      return;
    }
    for (const entry of entries) {
      const step = entry.target as HTMLElement;
      const height = entry.borderBoxSize?.[0]?.blockSize ?? step.offsetHeight;
      const built = this.observers.get(step);
      if (built && Math.abs(built.height - Math.round(height)) >= 1) this.observeProgress(step, height);
    }
  };

  private disconnectObservers(): void {
    this.observers.forEach((o) => o.io.disconnect());
    this.observers.clear();
    this.enterObserver?.disconnect();
    this.enterObserver = undefined;
  }

  private teardown(): void {
    this.disconnectObservers();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }
}
