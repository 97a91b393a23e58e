import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { locatorPaths } from '../components/dmz-locator.js';
import { Memo, sameList } from '../components/memo.js';
import type { GeoBundle } from '../map/geo-data.js';
import { DEFAULT_GEO_URLS } from '../map/geo-urls.js';
import { legendEntries, type LegendEntry } from '../map/legend.js';
import { sameScene, sceneData, sceneFor, type Scene } from '../map/scenes.js';
import { TIMELINE } from '../story/timeline.js';
import type { ChapterId } from '../story/types.js';
import { GeoDataController } from './geo-data-controller.js';
import { IdleWorkController } from './idle-work.js';

/**
 * The map's data, loaded once for the whole explainer, and what it derives from it: the scene
 * for the current chapter and the legend for that scene. The map, the legend, the locator and
 * the handout all get these from here, as properties; none loads anything itself.
 */
export class MapDataController implements ReactiveController {
  private readonly geo: GeoDataController;
  private readonly memo = new Memo();
  // The first zoomed-in chapter's inset, drawn while the reader is still on the first chapter.
  private readonly warm: IdleWorkController;

  constructor(host: ReactiveControllerHost, onError: (message: string) => void) {
    host.addController(this);
    this.geo = new GeoDataController(host, () => DEFAULT_GEO_URLS, (s) => s.status === 'error' && onError(s.message));
    this.warm = new IdleWorkController(host, () => this.data && locatorPaths(this.data));
  }

  hostConnected(): void {}

  get data(): GeoBundle | undefined {
    return this.geo.state.status === 'ready' ? this.geo.state.data : undefined;
  }

  /** Why the data could not be loaded, or ''. */
  get error(): string {
    return this.geo.state.status === 'error' ? this.geo.state.message : '';
  }

  /** The scene at a chapter and progress, the same object while it is unchanged. */
  scene(id: ChapterId, progress: number, reducedMotion: boolean): Scene | undefined {
    const data = this.data;
    if (!data) return undefined;
    return this.memo.keep('scene', sceneFor(id, progress, sceneData(data), reducedMotion), sameScene);
  }

  /** What the legend lists for a scene: what the map draws. */
  legend(scene: Scene | undefined): LegendEntry[] {
    const data = this.data;
    if (!scene || !data) return [];
    return this.memo.keep('legend', legendEntries(scene, sceneData(data), TIMELINE), sameList);
  }

  /** The map is up: prepare the locator's paths when the browser is idle. */
  warmUp(): void {
    this.warm.schedule();
  }

  retry(): void {
    void this.geo.load();
  }
}
