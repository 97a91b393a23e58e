import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MediaQueryController } from './media-query.js';

const KEY = 'dmz-explainer:motion';

/**
 * Motion is off when the OS asks for reduced motion or the reader switched it off in the
 * explainer (remembered for the session, as readers expect a toggle to stick while they read).
 */
export class ReducedMotionController implements ReactiveController {
  private readonly system: MediaQueryController;
  private user: boolean | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.system = new MediaQueryController(host, '(prefers-reduced-motion: reduce)');
    this.user = readUserChoice();
  }

  /** True when camera flights, fog animation and drawn paths should not animate. */
  get reduced(): boolean {
    return this.user ?? this.system.matches;
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

  hostConnected(): void {}
}

function readUserChoice(): boolean | undefined {
  try {
    const v = sessionStorage.getItem(KEY);
    return v === 'off' ? true : v === 'on' ? false : undefined;
  } catch {
    return undefined;
  }
}
