import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  type ErrorEvent,
  setWorkerUrl,
  type FontFacesSpecification,
  type LngLatBoundsLike,
  type PaddingOptions,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoBundle } from '../map/geo-data.js';
import { GROUP_LAYERS, OVERLAY_LAYER_IDS, runGradient } from '../map/layers.js';
import { PALETTES, type Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import { buildStyle, mergeOntoBasemap, placesFilter, type StyleOptions } from '../map/style.js';
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
  /** Fired after every camera move ends, for tests and the locator inset. */
  onMoveEnd?(): void;
}

/** Whether this browser can give MapLibre a WebGL context at all. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

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

  constructor(
    host: ReactiveControllerHost,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.release();
  }

  create(container: HTMLElement, config: MapConfig, padding: PaddingOptions): void {
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
        bounds: [[124.6, 34.3], [130.2, 42.6]],
        fitBoundsOptions: { padding },
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
        fadeDuration: 150,
        maxPitch: 0,
      });
    } catch (err) {
      this.map = undefined;
      this.setStatus('no-webgl', `The interactive map could not start: ${(err as Error).message}`);
      return;
    }
    this.styleKey = `${config.theme}|${config.lang}|${config.basemap ?? ''}`;
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    this.map.on('load', this.onLoad);
    this.map.on('error', this.onError);
    this.map.on('moveend', this.onMoveEnd);
    if (config.basemap) this.applyBasemap(config);
  }

  /** Re-styles for a new theme, language or basemap, keeping camera and scene. */
  configure(config: MapConfig): void {
    const key = `${config.theme}|${config.lang}|${config.basemap ?? ''}`;
    if (!this.map || key === this.styleKey) return;
    this.styleKey = key;
    if (config.basemap) this.applyBasemap(config);
    else this.map.setStyle(buildStyle(this.styleOptions(config)), { diff: false });
    this.map.once('styledata', () => this.scene && this.applyLayers(this.scene));
  }

  release(): void {
    if (!this.map) return;
    this.map.off('load', this.onLoad);
    this.map.off('error', this.onError);
    this.map.off('moveend', this.onMoveEnd);
    // remove() frees the WebGL context, which browsers cap at about 16 per page.
    this.map.remove();
    this.map = undefined;
    this.status = 'idle';
  }

  setInteractive(on: boolean): void {
    const m = this.map;
    if (!m) return;
    const handlers = [m.scrollZoom, m.dragPan, m.dragRotate, m.touchZoomRotate, m.doubleClickZoom, m.boxZoom, m.keyboard];
    handlers.forEach((h) => (on ? h.enable() : h.disable()));
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
    const map = this.map;
    if (!map || this.status !== 'ready') return;
    this.applyLayers(scene);
    const cam = scene.camera;
    if (opts.chapterChanged) {
      map.stop();
      this.cameraMoves++;
      if (cam.kind === 'bounds') {
        const options = { padding: opts.padding, maxZoom: cam.maxZoom ?? 12, bearing: cam.bearing ?? 0 };
        if (opts.animate) map.fitBounds(cam.bounds as LngLatBoundsLike, { ...options, duration: 1400, essential: false });
        else map.fitBounds(cam.bounds as LngLatBoundsLike, { ...options, animate: false });
      } else {
        const options = { center: cam.center, zoom: cam.zoom, bearing: cam.bearing ?? 0, padding: opts.padding };
        if (opts.animate) map.flyTo({ ...options, duration: 1400, essential: false });
        else map.jumpTo(options);
      }
    } else if (cam.kind === 'center') {
      // Progress inside a chapter follows the scroll directly; wait for a flight to land first.
      if (map.isMoving()) this.pendingJump = true;
      else map.jumpTo({ center: cam.center, zoom: cam.zoom, padding: opts.padding });
    }
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
    const opts = this.styleOptions(config);
    this.map?.setStyle(config.basemap!, {
      transformStyle: (_prev: StyleSpecification | undefined, next: StyleSpecification) => mergeOntoBasemap(next, opts),
    });
  }

  private onLoad = (): void => {
    this.setStatus('ready');
    if (this.scene) this.applyLayers(this.scene);
  };

  private onError = (e: ErrorEvent): void => {
    const msg = e.error?.message ?? 'unknown map error';
    // A reader-supplied basemap that fails should not take the story down: report and go on.
    console.warn('[dmz-explainer] map error:', msg);
    if (this.status === 'loading') this.setStatus('error', `The map could not load: ${msg}`);
  };

  private onMoveEnd = (): void => {
    if (this.pendingJump && this.scene?.camera.kind === 'center' && this.map) {
      this.pendingJump = false;
      this.map.jumpTo({ center: this.scene.camera.center, zoom: this.scene.camera.zoom });
    }
    this.options.onMoveEnd?.();
  };

  private setStatus(status: MapStatus, message?: string): void {
    this.status = status;
    this.options.onStatus(status, message);
  }
}
