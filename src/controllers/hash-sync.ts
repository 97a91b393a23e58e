import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseChapter } from '../attributes.js';
import type { ChapterId } from '../story/types.js';

/**
 * Keeps `#chapter-id` in the page URL in step with the story, for deep links a teacher can share.
 * Uses replaceState so scrolling does not fill the back button with one entry per chapter.
 */
export class HashSyncController implements ReactiveController {
  enabled = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onNavigate: (id: ChapterId) => void,
  ) {
    host.addController(this);
  }

  /** The chapter named by the current URL hash, if any. */
  initial(): ChapterId | undefined {
    let raw = location.hash.slice(1);
    // A malformed escape (`#%E0%A4%A`) is just a hash that names no chapter.
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    return parseChapter(raw).value;
  }

  write(id: ChapterId): void {
    if (!this.enabled) return;
    const hash = `#${id}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private onHashChange = (): void => {
    if (!this.enabled) return;
    const id = this.initial();
    if (id) this.onNavigate(id);
  };
}
