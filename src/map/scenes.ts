import type { ChapterId } from '../story/types.js';
import { featureById, mdlCoordinates, type GeoBundle } from './geo-data.js';
import { coordsOf, type Bounds, type LngLat } from './geometry.js';
import { CHAPTERS } from '../registry.js';

/** Overlay groups a chapter can show; each maps to one or more style layers and legend entries. */
export type LayerGroup =
  | 'band'
  | 'mdl'
  | 'limit-lines'
  | 'places'
  | 'fog-area'
  | 'jsa-run'
  | 'distance'
  | 'crossings'
  | 'timeline'
  | 'jsa-site';

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
  /** Place ids ringed as crossing sites (the `crossings` group). */
  crossings: string[];
  /** Fog density 0..1 over the crossing area. */
  fog: number;
  /** How much of the JSA run is drawn, 0..1. */
  run: number;
  /**
   * The timeline's year marker: events up to this year are drawn, this year's labelled. With
   * `allYears` (reduced motion) every year is drawn and labelled at once. Null: no timeline.
   */
  year: number | null;
  allYears: boolean;
}

/** What the scenes need from the data, derived once per load. */
export interface SceneData {
  mdl: LngLat[];
  places: Record<string, LngLat>;
  /** Places whose position is a county or city centre, not the spot itself. */
  approximate: ReadonlySet<string>;
  fogArea: LngLat[];
  jsaRun: LngLat[];
}

// Scenes are asked for on every scroll frame: derive once per bundle.
const derived = new WeakMap<GeoBundle, SceneData>();

export function sceneData(bundle: GeoBundle): SceneData {
  let data = derived.get(bundle);
  if (!data) derived.set(bundle, (data = deriveSceneData(bundle)));
  return data;
}

function deriveSceneData(bundle: GeoBundle): SceneData {
  const places: Record<string, LngLat> = {};
  const approximate = new Set<string>();
  for (const f of bundle.places.features) {
    const id: unknown = f.properties?.['id'];
    if (typeof id === 'string' && f.geometry.type === 'Point') {
      places[id] = f.geometry.coordinates as LngLat;
      if (f.properties?.['approximate'] === true) approximate.add(id);
    }
  }
  const pick = (id: string): LngLat[] => {
    const f = featureById(bundle.story, id);
    return f ? coordsOf(f.geometry) : [];
  };
  return { mdl: mdlCoordinates(bundle), places, approximate, fogArea: pick('fog-crossing-area'), jsaRun: pick('jsa-run') };
}

/**
 * The map state for a chapter at a given progress through it, from the chapter's registry entry.
 * Reduced motion keeps every state still: the line chapter shows the whole band instead of
 * travelling, fog and path are complete.
 */
export function sceneFor(id: ChapterId, progress: number, data: SceneData, reducedMotion = false): Scene {
  return CHAPTERS[id].scene(data, Math.max(0, Math.min(1, progress)), reducedMotion);
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

/** Two scenes draw the same map (so a new object need not re-configure anything). */
export function sameScene(a: Scene | undefined, b: Scene | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
