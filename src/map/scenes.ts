import type { ChapterId } from '../story/types.js';
import { featureById, mdlCoordinates, type GeoBundle } from './geo-data.js';
import { boundsOf, coordsOf, padBounds, pointAlong, type Bounds, type LngLat } from './geometry.js';

/** Overlay groups a chapter can show; each maps to one or more style layers and one legend entry. */
export type LayerGroup =
  | 'band'
  | 'mdl'
  | 'limit-lines'
  | 'places'
  | 'fog-area'
  | 'jsa-run'
  | 'distance'
  | 'crossings';

export type CameraSpec =
  | { kind: 'bounds'; bounds: Bounds; maxZoom?: number; bearing?: number }
  | { kind: 'center'; center: LngLat; zoom: number; bearing?: number };

/** Everything the map shows for one chapter at one scroll progress. Pure data. */
export interface Scene {
  id: ChapterId;
  camera: CameraSpec;
  /** The place the chapter talks about: must stay in the unobscured part of the map. */
  focus: LngLat;
  /** The area a chapter's camera is expected to centre in (tests and sanity checks). */
  area: Bounds;
  groups: LayerGroup[];
  /** Place ids labelled in this chapter. */
  places: string[];
  /** Fog density 0..1 over the crossing area. */
  fog: number;
  /** How much of the JSA run is drawn, 0..1. */
  run: number;
}

/** What the scenes need from the data, derived once per load. */
export interface SceneData {
  mdl: LngLat[];
  places: Record<string, LngLat>;
  fogArea: LngLat[];
  jsaRun: LngLat[];
  seoulToMdl: LngLat[];
}

// Scenes are asked for on every scroll frame, by more than one element: derive once per bundle.
const derived = new WeakMap<GeoBundle, SceneData>();
const boundsCache = new WeakMap<readonly LngLat[], Bounds>();
const cachedBounds = (points: readonly LngLat[]): Bounds => {
  let b = boundsCache.get(points);
  if (!b) boundsCache.set(points, (b = boundsOf(points)));
  return b;
};

export function sceneData(bundle: GeoBundle): SceneData {
  let data = derived.get(bundle);
  if (!data) derived.set(bundle, (data = deriveSceneData(bundle)));
  return data;
}

function deriveSceneData(bundle: GeoBundle): SceneData {
  const places: Record<string, LngLat> = {};
  for (const f of bundle.places.features) {
    const id = f.properties?.['id'];
    if (typeof id === 'string' && f.geometry.type === 'Point') {
      places[id] = f.geometry.coordinates as LngLat;
    }
  }
  const pick = (id: string): LngLat[] => {
    const f = featureById(bundle.story, id);
    return f ? coordsOf(f.geometry) : [];
  };
  return {
    mdl: mdlCoordinates(bundle),
    places,
    fogArea: pick('fog-crossing-area'),
    jsaRun: pick('jsa-run'),
    seoulToMdl: pick('seoul-to-mdl'),
  };
}

const PENINSULA: Bounds = [[124.6, 34.3], [130.2, 42.6]];
const clamp01 = (t: number) => Math.max(0, Math.min(1, t));
const centre = ([[w, s], [e, n]]: Bounds): LngLat => [(w + e) / 2, (s + n) / 2];

/** Where the soldiers of 2017 crossed, per the facts sheet (Yeoncheon twice, Cheorwon, the JSA). */
export const CROSSING_PLACES = ['panmunjom', 'yeoncheon', 'cheorwon'];

/**
 * The map state for a chapter at a given progress through it. Reduced motion keeps every state
 * still: the line chapter shows the whole band instead of travelling, fog and path are complete.
 */
export function sceneFor(id: ChapterId, progress: number, data: SceneData, reducedMotion = false): Scene {
  const t = clamp01(progress);
  const base = { id, fog: 0, run: 0, places: [] as string[] };
  switch (id) {
    case 'intro':
    case 'sources':
      return {
        ...base,
        camera: { kind: 'bounds', bounds: PENINSULA },
        focus: data.places['panmunjom'] ?? centre(PENINSULA),
        area: PENINSULA,
        groups: ['band', 'mdl', 'places'],
        places: ['seoul', 'pyongyang', 'panmunjom'],
      };
    case 'the-line': {
      const mdlBounds = cachedBounds(data.mdl);
      const along = pointAlong(data.mdl, 0.05 + 0.9 * t);
      return {
        ...base,
        camera: reducedMotion
          ? { kind: 'bounds', bounds: padBounds(mdlBounds, 0.15) }
          : { kind: 'center', center: along, zoom: 8.6 },
        focus: reducedMotion ? centre(mdlBounds) : along,
        area: padBounds(mdlBounds, 0.3),
        groups: ['band', 'mdl', 'limit-lines', 'places'],
        places: ['panmunjom', 'kaesong', 'paju', 'cheorwon', 'yanggu', 'goseong'],
      };
    }
    case 'fog-crossing': {
      const area = cachedBounds(data.fogArea);
      return {
        ...base,
        camera: { kind: 'bounds', bounds: padBounds(area, 0.12), maxZoom: 11 },
        focus: centre(area),
        area: padBounds(area, 0.2),
        groups: ['band', 'mdl', 'limit-lines', 'fog-area', 'places'],
        places: ['yeoncheon', 'cheorwon', 'paju'],
        fog: reducedMotion ? 0.6 : 0.15 + 0.7 * t,
      };
    }
    case 'jsa-shooting': {
      const run = cachedBounds(data.jsaRun);
      return {
        ...base,
        camera: { kind: 'bounds', bounds: padBounds(run, 0.002), maxZoom: 16.3 },
        focus: centre(run),
        area: padBounds(run, 0.01),
        groups: ['band', 'mdl', 'jsa-run', 'places'],
        places: ['panmunjom'],
        run: reducedMotion ? 1 : clamp01(t * 1.25),
      };
    }
    case 'defections': {
      const mdlBounds = cachedBounds(data.mdl);
      return {
        ...base,
        camera: { kind: 'bounds', bounds: padBounds(mdlBounds, 0.25) },
        focus: centre(mdlBounds),
        area: padBounds(mdlBounds, 0.5),
        groups: ['band', 'mdl', 'crossings', 'places'],
        places: CROSSING_PLACES,
      };
    }
    case 'buildup': {
      const pts = ['seoul', 'pyongyang', 'punggye-ri', 'seongju']
        .map((p) => data.places[p])
        .filter((p): p is LngLat => Array.isArray(p));
      const b = padBounds(boundsOf([...pts, ...cachedBounds(data.mdl)]), 0.3);
      return {
        ...base,
        camera: { kind: 'bounds', bounds: b },
        focus: data.places['seoul'] ?? centre(b),
        area: b,
        groups: ['band', 'mdl', 'distance', 'places'],
        places: ['seoul', 'pyongyang', 'punggye-ri', 'seongju'],
      };
    }
  }
}

/**
 * Roughly what a scene's camera shows, for the locator inset. A centre camera is taken as a
 * view about 900 px wide, which is near enough for a 100 px inset.
 */
export function viewBounds(scene: Scene): Bounds {
  const cam = scene.camera;
  if (cam.kind === 'bounds') return cam.bounds;
  const lonSpan = (360 * 900) / (512 * 2 ** cam.zoom);
  const latSpan = lonSpan * Math.cos((cam.center[1] * Math.PI) / 180) * 0.75;
  const [x, y] = cam.center;
  return [[x - lonSpan / 2, y - latSpan / 2], [x + lonSpan / 2, y + latSpan / 2]];
}
