import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHAPTER_IDS, type ChapterId } from '../story/types.js';

export interface PresenterActions {
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
  jump(index: number): void;
  toggleFullscreen(): void;
  /** Key points or the full text (T). */
  toggleText(): void;
}

/** What presenter mode drives: the explainer's own navigation. */
export interface Presentable extends ReactiveControllerHost, HTMLElement {
  goTo(id: ChapterId): void;
  next(): void;
  prev(): void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Keyboard and clicker control for presenter mode. Listens on the window because a clicker's
 * PageDown goes to whatever has focus, usually the page body, not our element.
 */
export class PresenterKeysController implements ReactiveController {
  active = false;
  /** Show the chapter's full text instead of its key points (T). */
  fullText = false;
  /** The presenter's actions, for the on-screen bar as well as the keys. */
  readonly actions: PresenterActions;

  constructor(host: Presentable) {
    host.addController(this);
    this.actions = {
      next: () => host.next(),
      prev: () => host.prev(),
      first: () => host.goTo(CHAPTER_IDS[0]),
      last: () => host.goTo(CHAPTER_IDS[CHAPTER_IDS.length - 1]!),
      jump: (i) => CHAPTER_IDS[i] && host.goTo(CHAPTER_IDS[i]),
      toggleText: () => {
        this.fullText = !this.fullText;
        host.requestUpdate();
      },
      toggleFullscreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void host.requestFullscreen?.().catch(() => {});
      },
    };
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (!this.active || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // Typing in a field, or working a focused button with Space, must not change slides.
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const tag = target?.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return;
    if (e.key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return;
    let handled = true;
    if (NEXT.has(e.key)) this.actions.next();
    else if (PREV.has(e.key)) this.actions.prev();
    else if (e.key === 'Home') this.actions.first();
    else if (e.key === 'End') this.actions.last();
    else if (/^[1-9]$/.test(e.key)) this.actions.jump(Number(e.key) - 1);
    else if (e.key === 'f' || e.key === 'F') this.actions.toggleFullscreen();
    else if (e.key === 't' || e.key === 'T') this.actions.toggleText();
    else handled = false;
    if (handled) e.preventDefault();
  };
}
