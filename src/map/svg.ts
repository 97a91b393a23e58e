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

type Pt = [number, number];

/** How far outside the drawing a path may reach before it is cut: more than any stroke. */
const MARGIN = 16;

/** Points closer than this (in drawing units) to the last one drawn add nothing visible. */
const STEP = 0.5;

/** Path data for points, leaving out those within a half unit of the point drawn before. */
function draw(pts: readonly Pt[], close: boolean): string {
  let body = '';
  let last: Pt | undefined;
  pts.forEach((p, i) => {
    const end = i === pts.length - 1 && !close;
    if (last && Math.abs(p[0] - last[0]) < STEP && Math.abs(p[1] - last[1]) < STEP && !end) return;
    body += `${last ? 'L' : 'M'}${fmt(p[0])} ${fmt(p[1])}`;
    last = p;
  });
  return body && close ? `${body}Z` : body;
}

/** Sutherland–Hodgman: the part of a closed ring inside the box. */
function clipRing(pts: Pt[], [x0, y0, x1, y1]: readonly number[]): Pt[] {
  const at = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const sides: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= x0!, (a, b) => at(a, b, (x0! - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= x1!, (a, b) => at(a, b, (x1! - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= y0!, (a, b) => at(a, b, (y0! - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= y1!, (a, b) => at(a, b, (y1! - a[1]) / (b[1] - a[1]))],
  ];
  let out = pts;
  for (const [inside, cut] of sides) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    });
    if (out.length === 0) break;
  }
  return out;
}

/** Path data for a line, keeping only the runs of segments whose extent touches the box. */
function clipLine(pts: Pt[], [x0, y0, x1, y1]: readonly number[]): string {
  let body = '';
  let run: Pt[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if ((a[0] < x0! && b[0] < x0!) || (a[0] > x1! && b[0] > x1!) || (a[1] < y0! && b[1] < y0!) || (a[1] > y1! && b[1] > y1!)) {
      body += draw(run, false);
      run = [];
      continue;
    }
    if (run.length === 0) run.push(a);
    run.push(b);
  }
  return body + draw(run, false);
}

/**
 * Drops the points within half a unit of the point kept before (the last one always stays), before
 * any clipping: the locator inset maps the whole coastline into 96 × 132 units, where most points
 * share a pixel with their neighbour, and clipping them one by one cost a scrolling reader a frame.
 */
export function thin(pts: Pt[]): Pt[] {
  if (pts.length < 3) return pts;
  const out: Pt[] = [pts[0]!];
  let last = pts[0]!;
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i]!;
    if (Math.abs(p[0] - last[0]) < STEP && Math.abs(p[1] - last[1]) < STEP) continue;
    out.push(p);
    last = p;
  }
  out.push(pts[pts.length - 1]!);
  return out;
}

// A zoomed-in static map (a handout's JSA scene) projects the whole coastline: most of it lies far
// outside the drawing, and a small inset maps many points to the same pixel. Both are left out,
// or the page holds megabytes of path strings nobody sees.
function ring(coords: number[][], proj: Projection, close: boolean): string {
  const pts = thin(coords.map((c) => proj.project(c as LngLat)));
  if (pts.length === 0) return '';
  const box = [-MARGIN, -MARGIN, proj.width + MARGIN, proj.height + MARGIN] as const;
  if (!close) return clipLine(pts, box);
  const clipped = clipRing(pts, box);
  return clipped.length >= 3 ? draw(clipped, true) : '';
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
