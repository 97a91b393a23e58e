import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GeoLoadError, loadGeo, type GeoBundle, type GeoUrls } from '../map/geo-data.js';

export type GeoState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: GeoBundle }
  | { status: 'error'; message: string };

// Many explainers on one page share one download per set of URLs.
const cache = new Map<string, Promise<GeoBundle>>();
// Connected controllers only (removed on disconnect, so nothing outlives its element): when one
// recovers with a retry, the others that failed on the same URLs (legend, locator) recover too.
const connected = new Set<GeoDataController>();
const keyOf = (urls: GeoUrls) => JSON.stringify(urls);

/** Loads the committed GeoJSON once per page; a failure is reported, never thrown. */
export class GeoDataController implements ReactiveController {
  state: GeoState = { status: 'idle' };
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly urls: () => GeoUrls,
    private readonly onChange: (state: GeoState) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    if (this.state.status === 'idle' || this.state.status === 'error') void this.load();
  }

  hostDisconnected(): void {
    connected.delete(this);
    // Results arriving after disconnect are dropped: the generation no longer matches.
    this.generation++;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  /** Starts (or restarts, e.g. for a retry button) the load. */
  async load(): Promise<void> {
    const gen = ++this.generation;
    const urls = this.urls();
    const key = keyOf(urls);
    let pending = cache.get(key);
    if (!pending) {
      pending = loadGeo(urls, { timeoutMs: 8000 });
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    this.set({ status: 'loading' });
    try {
      const data = await pending;
      if (gen === this.generation) this.set({ status: 'ready', data });
      for (const other of connected) {
        if (other !== this && other.state.status === 'error' && keyOf(other.urls()) === key) {
          other.generation++;
          other.set({ status: 'ready', data });
        }
      }
    } catch (err) {
      if (gen !== this.generation) return;
      const message = err instanceof GeoLoadError ? err.message : 'The map data could not be loaded.';
      this.set({ status: 'error', message });
    }
  }

  private set(state: GeoState): void {
    this.state = state;
    this.onChange(state);
    this.host.requestUpdate();
  }
}
