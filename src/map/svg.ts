import type { FeatureCollection, Geometry } from 'geojson';
import type { Bounds, LngLat } from './geometry.js';

/**
 * A static equirectangular projection for the SVG fallback map (no WebGL, print handout).
 * Longitudes are scaled by cos(latitude) so the peninsula keeps its shape at these latitudes.
 */
export interface Projection {
  width: number;
  height: number;
  project(p: LngLat): [number, number];
}

export function fitProjection([[w, s], [e, n]]: Bounds, width: number, height: number): Projection {
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = (e - w) * k;
  const spanY = n - s;
  const scale = Math.min(width / spanX, height / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  return {
    width,
    height,
    project: ([x, y]) => [offX + (x - w) * k * scale, offY + (n - y) * scale],
  };
}

const fmt = (v: number) => Math.round(v * 10) / 10;

function ring(coords: number[][], proj: Projection, close: boolean): string {
  const pts = coords.map((c) => proj.project(c as LngLat));
  if (pts.length === 0) return '';
  const body = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${fmt(x)} ${fmt(y)}`).join('');
  return close ? `${body}Z` : body;
}

/** SVG path data for any (multi)line or (multi)polygon geometry. */
export function pathFor(geometry: Geometry, proj: Projection): string {
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, proj, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, proj, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, proj, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((r) => ring(r, proj, true))).join('');
    default:
      return '';
  }
}

/** Path data for the features of a collection that match a predicate, joined into one path. */
export function pathsWhere(
  fc: FeatureCollection,
  proj: Projection,
  keep: (props: Record<string, unknown>) => boolean,
): string {
  return fc.features
    .filter((f) => keep((f.properties ?? {}) as Record<string, unknown>))
    .map((f) => pathFor(f.geometry, proj))
    .join('');
}
