import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  type ErrorEvent,
  setWorkerUrl,
  type FontFacesSpecification,
  type PaddingOptions,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoBundle } from '../map/geo-data.js';
import { applyStates, layerStates, type LayerState } from '../map/layer-state.js';
import { PALETTES, type Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import { sanitizeBasemap } from '../map/basemap-safety.js';
import { buildStyle, mergeOntoBasemap, type StyleOptions } from '../map/style.js';
import { webglAvailable } from '../map/webgl.js';
import { CameraDirector } from './map-camera.js';
import { holdMapWorkers, releaseMapWorkers } from './map-workers.js';
import type { Lang } from '../story/types.js';

// Resolved against this module, so a host page on any path still finds the worker.
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export type MapStatus = 'idle' | 'loading' | 'ready' | 'no-webgl' | 'error';

/** Everything the map should show. The controller converges on the latest one it was given. */
export interface MapState {
  data: GeoBundle;
  theme: Theme;
  lang: Lang;
  basemap?: string | undefined;
  fontFaces?: FontFacesSpecification | undefined;
  scene: Scene;
  padding: PaddingOptions;
  /** Chapter changes fly (false: the reader asked for less motion; they jump). */
  animate: boolean;
  /** Explore mode: gestures on, the camera is the reader's. */
  exploring: boolean;
  /** How long a new chapter must hold before its camera moves (see CameraWish). */
  settleMs: number;
}

export interface MapControllerOptions {
  onStatus(status: MapStatus, message?: string): void;
  /** Something went wrong but the map carries on (a reader-supplied basemap was refused or failed). */
  onProblem?(reason: 'basemap-failed', message: string): void;
  /** The camera is on its way to a chapter (waiting for the scroll to rest, or flying), or has arrived. */
  onBusy?(busy: boolean): void;
}

/** How long a lost WebGL context may take to come back before the static map replaces it. */
const CONTEXT_RESTORE_MS = 3000;

/**
 * Whether two states need different styles. Font faces by identity (the explainer passes one
 * object): serialising their unicode ranges on every scroll frame cost more than the check saves.
 */
const sameStyle = (a: MapState, b: MapState) =>
  a.theme === b.theme && a.lang === b.lang && a.basemap === b.basemap && a.fontFaces === b.fontFaces;

/**
 * Owns one MapLibre map and renders a desired state into it. `render()` can be called at any
 * time, as often as wanted: the latest state wins. Style-level changes (theme, language, basemap)
 * build a new style with the current scene already baked in; scene changes are applied as a diff
 * of layer states; and after every style (re)load the current state is applied again in full, so
 * a request that arrived while the style was busy is never lost.
 */
export class MapController implements ReactiveController {
  map?: MapLibreMap;
  status: MapStatus = 'idle';
  private state?: MapState;
  /** The state the live style was built for. */
  private styled?: MapState;
  /** The layer states on the live style, or undefined while a style is loading. */
  private applied?: Map<string, LayerState>;
  private camera?: CameraDirector;
  /** True from asking for a reader's basemap until it has loaded or been given up on. */
  private basemapPending = false;
  private lostTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly nav = new NavigationControl({ showCompass: false });

  constructor(
    host: ReactiveControllerHost,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    holdMapWorkers();
  }

  hostDisconnected(): void {
    this.release();
    releaseMapWorkers();
  }

  create(container: HTMLElement, state: MapState, opts: { reducedMotion?: boolean } = {}): void {
    if (this.map) return;
    if (!webglAvailable()) {
      this.setStatus('no-webgl', 'This browser cannot draw the interactive map (WebGL is unavailable).');
      return;
    }
    this.setStatus('loading');
    this.state = state;
    this.styled = state;
    try {
      this.map = new MapLibreMap({
        container,
        style: buildStyle(this.styleOptions(state)),
        center: [127.4, 38.4],
        zoom: 5,
        attributionControl: false,
        // The reader scrolls the story; the map only takes gestures in explore mode (setInteractive).
        ...{ interactive: true, scrollZoom: false, dragPan: false, dragRotate: false, touchZoomRotate: false },
        ...{ touchPitch: false, doubleClickZoom: false, boxZoom: false, keyboard: false, pitchWithRotate: false },
        // Label fades are motion too: none when the reader asked for less.
        fadeDuration: opts.reducedMotion ? 0 : 150,
        maxPitch: 0,
      });
    } catch (err) {
      this.map = undefined;
      this.setStatus('no-webgl', `The interactive map could not start: ${(err as Error).message}`);
      return;
    }
    const map = this.map;
    this.camera = new CameraDirector(map, (busy) => this.options.onBusy?.(busy));
    this.camera.jump(this.wish(state));
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    map.on('style.load', this.onStyleLoad);
    map.on('load', this.onLoad);
    map.on('error', this.onError);
    map.on('webglcontextlost', this.onContextLost);
    map.on('webglcontextrestored', this.onContextRestored);
    this.setInteractive(state.exploring);
    if (state.basemap) this.restyle();
  }

  /** Shows this state: restyles if theme, language or basemap changed, else applies the difference. */
  render(state: MapState): void {
    const previous = this.state;
    this.state = state;
    const map = this.map;
    if (!map) return;
    if (previous?.exploring !== state.exploring) this.setInteractive(state.exploring);
    if (!this.styled || !sameStyle(this.styled, state)) {
      this.styled = state;
      this.restyle();
    } else if (this.applied) {
      const next = layerStates(state.scene, PALETTES[state.theme]);
      applyStates(map, this.applied, next);
      this.applied = next;
    }
    if (this.status === 'ready') this.camera?.update(this.wish(state));
  }

  release(): void {
    clearTimeout(this.lostTimer);
    this.lostTimer = undefined;
    this.basemapPending = false;
    this.applied = undefined;
    this.camera?.dispose();
    this.camera = undefined;
    const map = this.map;
    if (!map) return;
    this.map = undefined;
    this.status = 'idle';
    map.off('style.load', this.onStyleLoad);
    map.off('load', this.onLoad);
    map.off('error', this.onError);
    map.off('webglcontextlost', this.onContextLost);
    map.off('webglcontextrestored', this.onContextRestored);
    try {
      // remove() frees the WebGL context, which browsers cap at about 16 per page.
      map.remove();
    } catch (err) {
      // After a lost context MapLibre's teardown can trip over its own destroyed painter.
      console.warn('[dmz-explainer] map teardown:', (err as Error).message);
    }
  }

  /**
   * Map gestures are opt-in (explore mode): otherwise wheel and touch scroll the story and the
   * canvas is not a tab stop, since it would be a focusable thing that does nothing.
   */
  private setInteractive(on: boolean): void {
    const m = this.map;
    if (!m) return;
    const handlers = [m.scrollZoom, m.dragPan, m.dragRotate, m.touchZoomRotate, m.doubleClickZoom, m.boxZoom, m.keyboard];
    handlers.forEach((h) => (on ? h.enable() : h.disable()));
    m.getCanvas().tabIndex = on ? 0 : -1;
    if (on && !m.hasControl(this.nav)) m.addControl(this.nav, 'top-right');
    if (!on && m.hasControl(this.nav)) m.removeControl(this.nav);
  }

  private wish(s: MapState) {
    return { scene: s.scene, padding: s.padding, animate: s.animate, exploring: s.exploring, settleMs: s.settleMs };
  }

  private styleOptions(s: MapState): StyleOptions {
    return { data: s.data, theme: s.theme, lang: s.lang, scene: s.scene, ...(s.fontFaces ? { fontFaces: s.fontFaces } : {}) };
  }

  /** A new style with the current scene baked in; the rest is applied when it has loaded. */
  private restyle(): void {
    const map = this.map;
    const state = this.state;
    if (!map || !state) return;
    this.applied = undefined;
    if (!state.basemap) {
      this.basemapPending = false;
      map.setStyle(buildStyle(this.styleOptions(state)), { diff: false });
      return;
    }
    this.basemapPending = true;
    map.setStyle(state.basemap, {
      transformStyle: (_prev: StyleSpecification | undefined, next: StyleSpecification) => {
        // The state may have moved on while the basemap downloaded: bake the latest.
        const opts = this.styleOptions(this.state ?? state);
        const safe = sanitizeBasemap(next);
        if (safe) return mergeOntoBasemap(safe, opts);
        this.basemapFailed('it is not a MapLibre style');
        return buildStyle(opts);
      },
    });
  }

  /** A reader-supplied basemap that fails must not take the map down: report it and draw our own style. */
  private basemapFailed(why: string): void {
    this.basemapPending = false;
    const message = `The basemap ${this.state?.basemap ?? ''} could not be used (${why}); showing the built-in map.`;
    console.warn(`[dmz-explainer] ${message}`);
    this.options.onProblem?.('basemap-failed', message);
  }

  private onStyleLoad = (): void => {
    this.basemapPending = false;
    const map = this.map;
    const state = this.state;
    if (!map || !state) return;
    // Whatever was asked for while the style loaded is applied now, in full.
    const states = layerStates(state.scene, PALETTES[state.theme]);
    applyStates(map, undefined, states);
    this.applied = states;
  };

  private onLoad = (): void => {
    this.setStatus('ready');
    // The first view is shown at once: a flight from the initial frame only delays the map's idle.
    if (this.state) this.camera?.jump(this.wish(this.state));
  };

  private onError = (e: ErrorEvent): void => {
    const msg = e.error?.message ?? 'unknown map error';
    if (this.basemapPending && this.map && this.state) {
      this.basemapFailed(msg);
      this.applied = undefined;
      this.map.setStyle(buildStyle(this.styleOptions(this.state)), { diff: false });
      return;
    }
    console.warn('[dmz-explainer] map error:', msg);
    if (this.status === 'loading') this.setStatus('error', `The map could not load: ${msg}`);
  };

  /**
   * A GPU reset restores contexts, and MapLibre redraws by itself. A context the browser took
   * for another page's map (Chromium keeps about 16) never comes back: after a grace period the
   * map is released and the element falls back to the static map.
   */
  private onContextLost = (): void => {
    clearTimeout(this.lostTimer);
    this.lostTimer = setTimeout(() => {
      this.release();
      this.setStatus('no-webgl', 'The interactive map lost its graphics context (too many maps on the page, or a GPU reset).');
    }, CONTEXT_RESTORE_MS);
  };

  private onContextRestored = (): void => {
    clearTimeout(this.lostTimer);
    this.lostTimer = undefined;
  };

  private setStatus(status: MapStatus, message?: string): void {
    this.status = status;
    this.options.onStatus(status, message);
  }
}
