import type { Bounds, LngLat } from './geometry.js';
import { boundsOf, padBounds, pointAlong } from './geometry.js';
import type { Scene, SceneData } from './scenes.js';
import type { ChapterId } from '../story/types.js';
import { JSA_SITE_CAMERA } from './jsa-layers.js';

/** Builds a chapter's scene at a progress 0..1 through it (sceneFor clamps it); `reduced` asks for a still state. */
export type SceneBuilder = (data: SceneData, t: number, reduced: boolean) => Scene;

const boundsCache = new WeakMap<readonly LngLat[], Bounds>();
const cachedBounds = (points: readonly LngLat[]): Bounds => {
  let b = boundsCache.get(points);
  if (!b) boundsCache.set(points, (b = boundsOf(points)));
  return b;
};
const centre = ([[w, s], [e, n]]: Bounds): LngLat => [(w + e) / 2, (s + n) / 2];

export const PENINSULA: Bounds = [[124.6, 34.3], [130.2, 42.6]];

const base = (id: ChapterId) => ({ id, fog: 0, run: 0, places: [] as string[], crossings: [] as string[], year: null, allYears: false });

/** The whole peninsula with the band across it: the opening and closing view. */
export const peninsula =
  (id: ChapterId, places: string[]): SceneBuilder =>
  (data) => ({
    ...base(id),
    camera: { kind: 'bounds', bounds: PENINSULA },
    focus: data.places['panmunjom'] ?? centre(PENINSULA),
    area: PENINSULA,
    groups: ['band', 'mdl', 'places'],
    places,
  });

/** The camera travels west to east along the MDL with progress (the whole band when still). */
export const alongTheLine =
  (id: ChapterId, places: string[]): SceneBuilder =>
  (data, t, reduced) => {
    const mdlBounds = cachedBounds(data.mdl);
    const along = pointAlong(data.mdl, 0.05 + 0.9 * t);
    return {
      ...base(id),
      camera: reduced ? { kind: 'bounds', bounds: padBounds(mdlBounds, 0.15) } : { kind: 'center', center: along, zoom: 8.6 },
      focus: reduced ? centre(mdlBounds) : along,
      area: padBounds(mdlBounds, 0.3),
      groups: ['band', 'mdl', 'limit-lines', 'places'],
      places,
    };
  };

/** The approximate crossing area; fog thickens as the reader scrolls (fixed when still). */
export const fogCrossing =
  (id: ChapterId, places: string[]): SceneBuilder =>
  (data, t, reduced) => {
    const area = cachedBounds(data.fogArea);
    return {
      ...base(id),
      camera: { kind: 'bounds', bounds: padBounds(area, 0.12), maxZoom: 11 },
      focus: centre(area),
      area: padBounds(area, 0.2),
      groups: ['band', 'mdl', 'limit-lines', 'fog-area', 'places'],
      places,
      fog: reduced ? 0.6 : 0.15 + 0.7 * t,
    };
  };

/**
 * Site scale at the JSA, framed from the 72-Hour Bridge to the wall where Oh fell: the whole run
 * and every labelled feature are on screen on arrival, so no reader misses them.
 */
export const jsaSite =
  (id: ChapterId, places: string[]): SceneBuilder =>
  (data) => {
    const run = cachedBounds(data.jsaRun);
    const [[w, s], [e, n]] = JSA_SITE_CAMERA.bounds;
    // A little more room to the south: the legend sits over the map's lower corner on a desktop,
    // and the "schematic" note is the southernmost label.
    const bounds: Bounds = [[w, s - 0.0012], [e, n]];
    return {
      ...base(id),
      camera: { kind: 'bounds', bounds, maxZoom: JSA_SITE_CAMERA.maxZoom },
      focus: centre(run),
      area: padBounds(JSA_SITE_CAMERA.bounds, 0.01),
      groups: ['band', 'mdl', 'jsa-site', ...(places.length ? (['places'] as const) : [])],
      places,
      run: 1,
    };
  };

/** The whole line, with rings where soldiers crossed. */
export const crossings =
  (id: ChapterId, places: string[], rings: string[]): SceneBuilder =>
  (data) => {
    const mdlBounds = cachedBounds(data.mdl);
    return {
      ...base(id),
      camera: { kind: 'bounds', bounds: padBounds(mdlBounds, 0.25) },
      focus: centre(mdlBounds),
      area: padBounds(mdlBounds, 0.5),
      groups: ['band', 'mdl', 'crossings', 'places'],
      places,
      crossings: rings,
    };
  };

/** The capitals and sites of the buildup, with the distances to the line. */
export const buildup =
  (id: ChapterId, places: string[]): SceneBuilder =>
  (data) => {
    const pts = places.map((p) => data.places[p]).filter((p): p is LngLat => Array.isArray(p));
    const b = padBounds(boundsOf([...pts, ...cachedBounds(data.mdl)]), 0.3);
    return {
      ...base(id),
      camera: { kind: 'bounds', bounds: b },
      focus: data.places['seoul'] ?? centre(b),
      area: b,
      groups: ['band', 'mdl', 'distance', 'places'],
      places,
    };
  };

/**
 * The years since 2017 as a timeline the reader scrubs: the year marker advances with progress
 * through `years`, and each year's events appear at their places (all at once when still).
 */
export const timeline =
  (id: ChapterId, places: string[], eventPlaces: readonly string[], years: readonly number[]): SceneBuilder =>
  (data, t, reduced) => {
    const pts = [...new Set([...places, ...eventPlaces])].map((p) => data.places[p]).filter((p): p is LngLat => Array.isArray(p));
    const [[w, south], [e, n]] = padBounds(boundsOf([...pts, ...cachedBounds(data.mdl)]), 0.15);
    // Labels run sideways from the places at both ends of the line: room for them on a narrow phone.
    const b: Bounds = [[w - 0.6, south], [e + 0.6, n]];
    const i = Math.min(years.length - 1, Math.floor(t * years.length));
    return {
      ...base(id),
      camera: { kind: 'bounds', bounds: b },
      focus: data.places['panmunjom'] ?? centre(b),
      area: b,
      groups: ['band', 'mdl', 'places', 'timeline'],
      places,
      year: reduced ? years[years.length - 1]! : years[i]!,
      allYears: reduced,
    };
  };
