/**
 * The bench's baseline: the explainer's map and nothing else. Same MapLibre, same style
 * (`buildStyle` through the same MapController), same committed GeoJSON, same font faces, same
 * first view and the same camera choreography when "scrolled"; no Lit, no story, no step
 * observer. Whatever the explainer costs beyond this page is the cost of the story around the map.
 *
 * Exposes `window.__benchMap` (the MapLibre map, for the bench's probe) and
 * `window.__benchDrive(ms)` (runs the chapters' scenes in the time the explainer's scroll takes).
 */
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { MapController, type MapState } from '../../src/controllers/map-controller.js';
import { SETTLE_MS } from '../../src/controllers/map-camera.js';
import { mapFontFaces } from '../../src/fonts.js';
import { DESKTOP_MIN_WIDTH } from '../../src/controllers/layout-controller.js';
import { insetsFor } from '../../src/map/camera.js';
import { loadGeo, type GeoBundle, type GeoUrls } from '../../src/map/geo-data.js';
import { sceneData, sceneFor, type Scene, type SceneData } from '../../src/map/scenes.js';
import { CHAPTER_IDS } from '../../src/story/types.js';

declare global {
  interface Window {
    __benchMap?: MapLibreMap;
    __benchDrive?: (ms: number) => Promise<number>;
  }
}

// The same files the explainer loads: Vite hashes them by content, so the served names match too.
const GEO_URLS: GeoUrls = {
  basemap: new URL('../../geo/basemap.geojson', import.meta.url).href,
  mdl: new URL('../../geo/mdl.geojson', import.meta.url).href,
  dmz: new URL('../../geo/dmz.geojson', import.meta.url).href,
  places: new URL('../../geo/places.geojson', import.meta.url).href,
  story: new URL('../../geo/story.geojson', import.meta.url).href,
};

// The explainer's map padding for the layout this viewport gets (desktop beside, phone behind).
const PADDING: PaddingOptions = insetsFor(
  innerWidth >= DESKTOP_MIN_WIDTH ? 'desktop' : 'phone',
  'scroll',
  innerWidth,
  innerHeight,
);

// MapController only needs somewhere to register; this page has no reactive host.
const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

// The explainer ships MapLibre's CSS inside its JS (it must go into a shadow root); so does the
// baseline, or the explainer's JS budget would be charged for MapLibre's stylesheet.
const sheet = new CSSStyleSheet();
sheet.replaceSync(maplibreCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

async function start(): Promise<void> {
  const container = document.getElementById('map')!;
  const data: GeoBundle = await loadGeo(GEO_URLS, { timeoutMs: 8000 });
  const scenes: SceneData = sceneData(data);
  // The first view is shown at once on load (the controller jumps, no flight), as in the explainer.
  const mapper = new MapController(host, { onStatus: () => {} });
  const fontFaces = mapFontFaces();
  const state = (scene: Scene): MapState => ({ data, theme: 'light', lang: 'en', fontFaces, scene, padding: PADDING, animate: true, exploring: false, settleMs: SETTLE_MS });
  mapper.create(container, state(sceneFor('intro', 0, scenes)));
  window.__benchMap = mapper.map;
  window.__benchDrive = (ms) => drive(mapper, scenes, state, ms);
}

/**
 * What the explainer's map does while a reader scrolls through every chapter in `ms`: each
 * chapter gets an equal share of the time, with progress rising through it frame by frame.
 * Resolves with the number of frames driven.
 */
function drive(mapper: MapController, scenes: SceneData, state: (scene: Scene) => MapState, ms: number): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let frames = 0;
    const step = (now: number): void => {
      // A frame's timestamp is when the frame began, which can be a little before t0.
      const x = Math.min(1, Math.max(0, (now - t0) / ms)) * CHAPTER_IDS.length;
      const index = Math.min(CHAPTER_IDS.length - 1, Math.floor(x));
      const scene = sceneFor(CHAPTER_IDS[index]!, x - index, scenes);
      mapper.render(state(scene));
      frames++;
      if (now - t0 < ms) requestAnimationFrame(step);
      else resolve(frames);
    };
    requestAnimationFrame(step);
  });
}

void start();
