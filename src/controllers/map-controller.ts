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
import { GROUP_LAYERS, OVERLAY_LAYER_IDS, runGradient } from '../map/layers.js';
import { PALETTES, type Theme } from '../map/palette.js';
import { cameraTarget } from '../map/camera.js';
import type { CameraSpec, Scene } from '../map/scenes.js';
import { sanitizeBasemap } from '../map/basemap-safety.js';
import { buildStyle, mergeOntoBasemap, placesFilter, type StyleOptions } from '../map/style.js';
import { webglAvailable } from '../map/webgl.js';
import { holdMapWorkers, releaseMapWorkers } from './map-workers.js';
import type { Lang } from '../story/types.js';

// Resolved against this module, so a host page on any path still finds the worker.
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export type MapStatus = 'idle' | 'loading' | 'ready' | 'no-webgl' | 'error';

export interface MapConfig {
  data: GeoBundle;
  theme: Theme;
  lang: Lang;
  basemap?: string | undefined;
  fontFaces?: FontFacesSpecification;
}

export interface MapControllerOptions {
  onStatus(status: MapStatus, message?: string): void;
  /** Something went wrong but the map carries on (a reader-supplied basemap was refused or failed). */
  onProblem?(reason: 'basemap-failed', message: string): void;
  /** Fired after every camera move ends, for tests and the locator inset. */
  onMoveEnd?(): void;
}

/** How long a lost WebGL context may take to come back before the static map replaces it. */
const CONTEXT_RESTORE_MS = 3000;

/**
 * Owns one MapLibre map: created by `create()` when the element has a container and data,
 * destroyed in hostDisconnected (or `release()` when scrolled far away), WebGL context included.
 */
export class MapController implements ReactiveController {
  map?: MapLibreMap;
  status: MapStatus = 'idle';
  /** Camera moves started since creation; tests read it through the element. */
  cameraMoves = 0;
  private scene?: Scene;
  private styleKey = '';
  private pendingJump = false;
  private padding: PaddingOptions = { top: 0, bottom: 0, left: 0, right: 0 };
  private interactive = false;
  /** True from asking for a reader's basemap until it has loaded or been given up on. */
  private basemapPending = false;
  private config?: MapConfig;
  private lostTimer: ReturnType<typeof setTimeout> | undefined;

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

  create(container: HTMLElement, config: MapConfig, padding: PaddingOptions, opts: { reducedMotion?: boolean } = {}): void {
    if (this.map) return;
    if (!webglAvailable()) {
      this.setStatus('no-webgl', 'This browser cannot draw the interactive map (WebGL is unavailable).');
      return;
    }
    this.setStatus('loading');
    try {
      this.map = new MapLibreMap({
        container,
        style: buildStyle(this.styleOptions(config)),
        ...this.initialCamera(container, padding),
        attributionControl: false,
        // The reader scrolls the story; the map only takes gestures in explore mode.
        interactive: true,
        scrollZoom: false,
        dragPan: false,
        dragRotate: false,
        touchZoomRotate: false,
        touchPitch: false,
        doubleClickZoom: false,
        boxZoom: false,
        keyboard: false,
        pitchWithRotate: false,
        // Label fades are motion too: none when the reader asked for less.
        fadeDuration: opts.reducedMotion ? 0 : 150,
        maxPitch: 0,
      });
    } catch (err) {
      this.map = undefined;
      this.setStatus('no-webgl', `The interactive map could not start: ${(err as Error).message}`);
      return;
    }
    this.styleKey = `${config.theme}|${config.lang}|${config.basemap ?? ''}`;
    this.config = config;
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    this.map.on('load', this.onLoad);
    this.map.on('error', this.onError);
    this.map.on('moveend', this.onMoveEnd);
    this.map.on('resize', this.onResize);
    this.map.on('webglcontextlost', this.onContextLost);
    this.map.on('webglcontextrestored', this.onContextRestored);
    this.setInteractive(this.interactive);
    if (config.basemap) this.applyBasemap(config);
  }

  /** Re-styles for a new theme, language or basemap, keeping camera and scene. */
  configure(config: MapConfig): void {
    const key = `${config.theme}|${config.lang}|${config.basemap ?? ''}`;
    this.config = config;
    if (!this.map || key === this.styleKey) return;
    this.styleKey = key;
    if (config.basemap) this.applyBasemap(config);
    else this.map.setStyle(buildStyle(this.styleOptions(config)), { diff: false });
    this.map.once('styledata', () => this.scene && this.applyLayers(this.scene));
  }

  release(): void {
    clearTimeout(this.lostTimer);
    this.lostTimer = undefined;
    this.pendingJump = false;
    this.basemapPending = false;
    const map = this.map;
    if (!map) return;
    this.map = undefined;
    this.status = 'idle';
    map.off('load', this.onLoad);
    map.off('error', this.onError);
    map.off('moveend', this.onMoveEnd);
    map.off('resize', this.onResize);
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
  setInteractive(on: boolean): void {
    this.interactive = on;
    if (on) this.pendingJump = false;
    const m = this.map;
    if (!m) return;
    const handlers = [m.scrollZoom, m.dragPan, m.dragRotate, m.touchZoomRotate, m.doubleClickZoom, m.boxZoom, m.keyboard];
    handlers.forEach((h) => (on ? h.enable() : h.disable()));
    m.getCanvas().tabIndex = on ? 0 : -1;
    if (on && !m.hasControl(this.nav)) m.addControl(this.nav, 'top-right');
    if (!on && m.hasControl(this.nav)) m.removeControl(this.nav);
  }
  private nav = new NavigationControl({ showCompass: false });

  /**
   * Shows a scene. A chapter change animates (unless `animate` is false) and cancels any
   * flight still running, so a fast scroll never leaves a queue of flights behind.
   */
  show(scene: Scene, opts: { chapterChanged: boolean; animate: boolean; padding: PaddingOptions }): void {
    this.scene = scene;
    this.padding = opts.padding;
    const map = this.map;
    if (!map || this.status !== 'ready') return;
    this.applyLayers(scene);
    const target = this.target(scene);
    if (opts.chapterChanged) {
      map.stop();
      this.cameraMoves++;
      if (opts.animate) map.flyTo({ ...target, duration: 1400, essential: false });
      else map.jumpTo(target);
    } else if (scene.camera.kind === 'center') {
      // Progress inside a chapter follows the scroll directly; wait for a flight to land first.
      if (map.isMoving()) this.pendingJump = true;
      else map.jumpTo(target);
    }
  }

  /** Re-frames the current scene without animation (after a resize or a padding change). */
  reframe(): void {
    if (!this.map || !this.scene || this.status !== 'ready') return;
    this.map.stop();
    this.map.jumpTo(this.target(this.scene));
  }

  private target(scene: Scene): { center: [number, number]; zoom: number; bearing: number } {
    const canvas = this.map!.getContainer();
    const p = this.padding;
    return cameraTarget(scene.camera, canvas.clientWidth, canvas.clientHeight, {
      top: p.top ?? 0,
      bottom: p.bottom ?? 0,
      left: p.left ?? 0,
      right: p.right ?? 0,
    });
  }

  private applyLayers(scene: Scene): void {
    const map = this.map;
    if (!map || !map.isStyleLoaded()) return;
    const visible = new Set(scene.groups.flatMap((g) => GROUP_LAYERS[g]));
    for (const id of OVERLAY_LAYER_IDS) {
      if (!map.getLayer(id)) continue;
      const want = visible.has(id) ? 'visible' : 'none';
      if (map.getLayoutProperty(id, 'visibility') !== want) map.setLayoutProperty(id, 'visibility', want);
    }
    const filter = placesFilter(scene.places);
    if (map.getLayer('places-dot')) map.setFilter('places-dot', filter);
    if (map.getLayer('places-label')) map.setFilter('places-label', filter);
    if (map.getLayer('fog')) map.setPaintProperty('fog', 'fill-opacity', 0.85 * scene.fog);
    if (map.getLayer('jsa-run')) {
      map.setPaintProperty('jsa-run', 'line-gradient', runGradient(this.palette().run, scene.run));
    }
  }

  private palette() {
    return PALETTES[(this.styleKey.split('|')[0] as Theme) || 'light'];
  }

  private styleOptions(config: MapConfig): StyleOptions {
    return { data: config.data, theme: config.theme, lang: config.lang, ...(config.fontFaces ? { fontFaces: config.fontFaces } : {}) };
  }

  private applyBasemap(config: MapConfig): void {
    const map = this.map;
    if (!map) return;
    const opts = this.styleOptions(config);
    this.basemapPending = true;
    map.once('style.load', () => (this.basemapPending = false));
    map.setStyle(config.basemap!, {
      transformStyle: (_prev: StyleSpecification | undefined, next: StyleSpecification) => {
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
    const message = `The basemap ${this.config?.basemap ?? ''} could not be used (${why}); showing the built-in map.`;
    console.warn(`[dmz-explainer] ${message}`);
    this.options.onProblem?.('basemap-failed', message);
  }

  private onLoad = (): void => {
    this.setStatus('ready');
    if (this.scene) this.applyLayers(this.scene);
  };

  private onError = (e: ErrorEvent): void => {
    const msg = e.error?.message ?? 'unknown map error';
    if (this.basemapPending && this.map && this.config) {
      this.basemapFailed(msg);
      this.map.setStyle(buildStyle(this.styleOptions(this.config)), { diff: false });
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

  // A container resize (layout switch, presenter mode, rotation) re-frames the chapter at once.
  private onResize = (): void => {
    if (this.map?.dragPan.isEnabled()) return;
    requestAnimationFrame(() => this.reframe());
  };

  private initialCamera(container: HTMLElement, padding: PaddingOptions) {
    this.padding = padding;
    const spec: CameraSpec = { kind: 'bounds', bounds: [[124.6, 34.3], [130.2, 42.6]] };
    const t = cameraTarget(spec, container.clientWidth || 800, container.clientHeight || 600, {
      top: padding.top ?? 0, bottom: padding.bottom ?? 0, left: padding.left ?? 0, right: padding.right ?? 0,
    });
    return { center: t.center, zoom: t.zoom };
  }

  private onMoveEnd = (): void => {
    // While the reader explores, the camera is theirs: a story jump left pending must not snap it back.
    if (this.pendingJump && this.interactive) this.pendingJump = false;
    if (this.pendingJump && this.scene?.camera.kind === 'center' && this.map) {
      this.pendingJump = false;
      this.map.jumpTo(this.target(this.scene));
    }
    this.options.onMoveEnd?.();
  };

  private setStatus(status: MapStatus, message?: string): void {
    this.status = status;
    this.options.onStatus(status, message);
  }
}
