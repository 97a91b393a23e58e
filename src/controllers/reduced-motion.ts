import type { ReactiveController, ReactiveControllerHost } from 'lit';

const KEY = 'dmz-explainer:motion';

/**
 * Motion is off when the OS asks for reduced motion or the reader switched it off in the
 * explainer (remembered for the session, as readers expect a toggle to stick while they read).
 */
export class ReducedMotionController implements ReactiveController {
  private query?: MediaQueryList;
  private system = false;
  private user: boolean | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.user = readUserChoice();
  }

  /** True when camera flights, fog animation and drawn paths should not animate. */
  get reduced(): boolean {
    return this.user ?? this.system;
  }

  /** The reader's own choice; `undefined` follows the system setting. */
  setUserChoice(reduce: boolean | undefined): void {
    this.user = reduce;
    try {
      if (reduce === undefined) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, reduce ? 'off' : 'on');
    } catch {
      // Storage can be blocked (sandboxed iframes, privacy modes): the choice then lasts the page.
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.system = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = undefined;
  }

  private onChange = (e: MediaQueryListEvent): void => {
    this.system = e.matches;
    this.host.requestUpdate();
  };
}

function readUserChoice(): boolean | undefined {
  try {
    const v = sessionStorage.getItem(KEY);
    return v === 'off' ? true : v === 'on' ? false : undefined;
  } catch {
    return undefined;
  }
}
