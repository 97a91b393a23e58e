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
 * sticky layout), so the story drifts a few hundred pixels. The pin holds for a few seconds, and
 * lets go as soon as anything else scrolls the page: the reader, a host page driving an iframe
 * embed, another explainer's jump.
 */
export class ScrollAnchorController implements ReactiveController {
  private pinned?: { top: number };
  /** Where the pin last left the page: a scroll to anywhere else was someone else's. */
  private expectedY = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resize?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  /** Holds the target where it is now if the reader is looking at it and it is not held already (call before a text swap). */
  keep(): void {
    const r = this.target()?.getBoundingClientRect();
    if (!this.pinned && r && r.bottom > 0 && r.top < window.innerHeight) this.pin();
  }

  /** Holds the target where it is now (call right after jumping to it). */
  pin(): void {
    const el = this.target();
    if (!el) return;
    this.pinned = { top: el.getBoundingClientRect().top };
    this.expectedY = window.scrollY;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.release, PIN_MS);
    if (!this.resize) {
      this.resize = new ResizeObserver(() => this.restore());
      this.resize.observe(this.host);
      for (const type of READER_INPUT) window.addEventListener(type, this.release, { capture: true, passive: true });
      window.addEventListener('scroll', this.onScroll, { passive: true });
    }
  }

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
    this.expectedY = window.scrollY;
  }

  private onScroll = (): void => {
    if (Math.abs(window.scrollY - this.expectedY) > 1) this.release();
  };

  private release = (): void => {
    this.pinned = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    for (const type of READER_INPUT) window.removeEventListener(type, this.release, { capture: true });
    window.removeEventListener('scroll', this.onScroll);
  };
}
