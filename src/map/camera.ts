import type { Bounds, LngLat } from './geometry.js';
import type { CameraSpec } from './scenes.js';

/** Room around the map's edges covered by text or controls, in CSS pixels. */
export interface Insets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CameraTarget {
  center: LngLat;
  zoom: number;
  bearing: number;
}

const TILE = 512;

/** Web Mercator, as MapLibre uses: lon/lat to the unit square (x east, y south). */
export function toMercator([lon, lat]: LngLat): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [x, y];
}

export function fromMercator([x, y]: [number, number]): LngLat {
  const lon = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
  return [lon, lat];
}

/**
 * The map centre that puts `focus` at the centre of the unobscured area (the viewport less the
 * insets) at a given zoom. The map itself keeps zero padding, so every camera move is a plain
 * centre and zoom: nothing lingers in MapLibre's transform between chapters.
 */
export function centreFor(focus: LngLat, zoom: number, insets: Insets): LngLat {
  const world = TILE * 2 ** zoom;
  const [x, y] = toMercator(focus);
  const dx = (insets.left - insets.right) / 2;
  const dy = (insets.top - insets.bottom) / 2;
  return fromMercator([x - dx / world, y - dy / world]);
}

/** The zoom and centre that fit bounds inside the unobscured area. */
export function fitBounds(bounds: Bounds, width: number, height: number, insets: Insets, maxZoom = 22): CameraTarget {
  const [x0, y1] = toMercator(bounds[0]);
  const [x1, y0] = toMercator(bounds[1]);
  const freeW = Math.max(1, width - insets.left - insets.right);
  const freeH = Math.max(1, height - insets.top - insets.bottom);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(freeW / ((x1 - x0) * TILE), freeH / ((y1 - y0) * TILE))));
  const mid = fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]);
  return { center: centreFor(mid, zoom, insets), zoom, bearing: 0 };
}

/** Where a chapter's camera should be for a map of this size with these insets. */
export function cameraTarget(camera: CameraSpec, width: number, height: number, insets: Insets): CameraTarget {
  if (camera.kind === 'bounds') {
    const t = fitBounds(camera.bounds, width, height, insets, camera.maxZoom ?? 12);
    return { ...t, bearing: camera.bearing ?? 0 };
  }
  return { center: centreFor(camera.center, camera.zoom, insets), zoom: camera.zoom, bearing: camera.bearing ?? 0 };
}

/** Screen position (CSS px from the map's top left) of a point for a given camera. */
export function project(p: LngLat, target: CameraTarget, width: number, height: number): [number, number] {
  const world = TILE * 2 ** target.zoom;
  const [cx, cy] = toMercator(target.center);
  const [x, y] = toMercator(p);
  return [width / 2 + (x - cx) * world, height / 2 + (y - cy) * world];
}

/**
 * What covers the map in each layout, so chapters frame their focus in the clear part: the text
 * column sits beside the map on a desktop, cards cover the lower part on a phone, and presenter
 * mode's card covers the left of a wide screen. `unit` is the explainer's size unit in px
 * (`--dmz-unit`, see unit.ts), which sizes that card.
 */
export function insetsFor(layout: 'desktop' | 'phone', mode: 'scroll' | 'present', width: number, height: number, unit = 16): Insets {
  if (mode === 'present' && layout === 'desktop') {
    // The card: 1.5 units from the left, min(44 units, 45 %) wide (dmz-explainer.present.styles.ts).
    return { top: 48, bottom: 96, right: 48, left: Math.round(1.5 * unit + Math.min(width * 0.45, 44 * unit)) + 24 };
  }
  if (layout === 'phone') return { top: 56, left: 24, right: 24, bottom: Math.round(height * 0.45) };
  return { top: 56, left: 48, right: 48, bottom: 48 };
}
