import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a jump's target is held in place while the page settles. */
const PIN_MS = 3000;
/** Input that means the reader is scrolling for themselves: the pin lets go at once. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Keeps the chapter a reader jumped to where the jump put it while the page settles: web fonts
 * arriving, or the text swapped for another language (`?lang=ko#chapter` jumps while the English
 * text is still showing, then the Korean chunk arrives), change the height of everything above
 * it. CSS scroll anchoring only partly covers this (it cannot anchor inside the shadow root's
 * sticky layout), so the story drifts a few hundred pixels. The pin holds until the reader
 * scrolls, or for a few seconds.
 */
export class ScrollAnchorController implements ReactiveController {
  private pinned?: { top: number };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resize?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  /** Holds the target where it is now, unless it is held already (call before a text swap). */
  keep(): void {
    if (!this.pinned) this.pin();
  }

  /** Holds the target where it is now (call right after jumping to it). */
  pin(): void {
    const el = this.target();
    if (!el) return;
    this.pinned = { top: el.getBoundingClientRect().top };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.release, PIN_MS);
    if (!this.resize) {
      this.resize = new ResizeObserver(() => this.restore());
      this.resize.observe(this.host);
      for (const type of READER_INPUT) window.addEventListener(type, this.release, { capture: true, passive: true });
    }
  }

  hostConnected(): void {}

  hostUpdated(): void {
    // Child elements (the chart, the sources) render after the host: restore once they have,
    // still before the frame is painted.
    if (this.pinned) requestAnimationFrame(() => this.restore());
  }

  hostDisconnected(): void {
    this.release();
  }

  private restore(): void {
    const el = this.target();
    if (!this.pinned || !el) return;
    const shift = el.getBoundingClientRect().top - this.pinned.top;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
  }

  private release = (): void => {
    this.pinned = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    for (const type of READER_INPUT) window.removeEventListener(type, this.release, { capture: true });
  };
}
