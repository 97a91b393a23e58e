/**
 * Small pure geometry used at run time. The heavy work (buffers, clipping, distances) is done
 * once in the geo pipeline; the browser only needs these few lines, not the whole of turf.
 */
export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

const R = 6371008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine, as turf's `distance`). */
export function distanceM(a: LngLat, b: LngLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function lineLengthM(line: readonly LngLat[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distanceM(line[i - 1]!, line[i]!);
  return total;
}

/** The point a fraction `t` (0..1) of the way along a line, by length. */
export function pointAlong(line: readonly LngLat[], t: number): LngLat {
  if (line.length === 0) throw new Error('pointAlong: empty line');
  const target = Math.max(0, Math.min(1, t)) * lineLengthM(line);
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = distanceM(a, b);
    if (walked + seg >= target && seg > 0) {
      const f = (target - walked) / seg;
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
    }
    walked += seg;
  }
  return line[line.length - 1]!;
}

export function boundsOf(points: readonly LngLat[]): Bounds {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [[w, s], [e, n]];
}

/** Grows bounds by a margin in degrees so a small feature is not framed edge to edge. */
export function padBounds([[w, s], [e, n]]: Bounds, marginDeg: number): Bounds {
  return [[w - marginDeg, s - marginDeg], [e + marginDeg, n + marginDeg]];
}

export function containsPoint([[w, s], [e, n]]: Bounds, [x, y]: LngLat): boolean {
  return x >= w && x <= e && y >= s && y <= n;
}

/** Every coordinate of any GeoJSON geometry, flattened. */
export function coordsOf(geometry: { type: string; coordinates?: unknown }): LngLat[] {
  const out: LngLat[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0], c[1] as number]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}
