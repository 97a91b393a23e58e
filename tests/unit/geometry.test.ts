import { describe, expect, it } from 'vitest';
import { distance, length, lineString, along, point } from '@turf/turf';
import { boundsOf, containsPoint, distanceM, lineLengthM, padBounds, pointAlong, type LngLat } from '../../src/map/geometry';
import { fitProjection, pathFor, thin } from '../../src/map/svg';

const line: LngLat[] = [
  [126.1, 37.7],
  [126.7, 37.96],
  [127.2, 38.25],
  [128.4, 38.6],
];

describe('run-time geometry agrees with turf', () => {
  it('distance', () => {
    const turf = distance(point(line[0]!), point(line[3]!), { units: 'meters' });
    expect(distanceM(line[0]!, line[3]!)).toBeCloseTo(turf, 0);
  });
  it('length', () => {
    expect(lineLengthM(line) / 1000).toBeCloseTo(length(lineString(line), { units: 'kilometers' }), 3);
  });
  it('point along', () => {
    for (const t of [0, 0.25, 0.5, 0.9, 1]) {
      const km = t * length(lineString(line));
      const expected = along(lineString(line), km).geometry.coordinates;
      const got = pointAlong(line, t);
      expect(got[0]).toBeCloseTo(expected[0]!, 2); // linear vs great-circle: ~100 m on a 110 km segment, fine for a camera
      expect(got[1]).toBeCloseTo(expected[1]!, 2);
    }
  });
  it('bounds', () => {
    const b = boundsOf(line);
    expect(b).toEqual([[126.1, 37.7], [128.4, 38.6]]);
    expect(containsPoint(padBounds(b, 0.1), [128.45, 38.65])).toBe(true);
    expect(containsPoint(b, [128.45, 38.65])).toBe(false);
  });
});

describe('static map projection', () => {
  it('maps the bounds inside the viewport, north up', () => {
    const proj = fitProjection([[126, 37], [129, 39]], 400, 300);
    const [x1, y1] = proj.project([126, 39]);
    const [x2, y2] = proj.project([129, 37]);
    expect(x1).toBeGreaterThanOrEqual(0);
    expect(x2).toBeLessThanOrEqual(400.001);
    expect(y1).toBeLessThan(y2);
    expect(pathFor({ type: 'LineString', coordinates: line }, proj)).toMatch(/^M[\d.]+ [\d.]+L/);
  });
});

describe('thinning before clipping', () => {
  it('drops points within half a unit of the last kept one, keeping both ends', () => {
    const pts: [number, number][] = [[0, 0], [0.2, 0.1], [0.4, 0.3], [1, 0], [1.1, 0.2], [5, 5], [5.1, 5.1]];
    expect(thin(pts)).toEqual([[0, 0], [1, 0], [5, 5], [5.1, 5.1]]);
    expect(thin([[0, 0], [0.1, 0.1]])).toEqual([[0, 0], [0.1, 0.1]]);
  });

  it('a dense coastline in a small inset keeps its shape with far fewer points', () => {
    // A circle of 20,000 points, 40 units across: the inset case (many points per pixel).
    const n = 20_000;
    const circle = Array.from({ length: n + 1 }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [127 + 0.2 * Math.cos(a), 38 + 0.2 * Math.sin(a)];
    });
    const proj = fitProjection([[126.7, 37.7], [127.3, 38.3]], 60, 60);
    const d = pathFor({ type: 'Polygon', coordinates: [circle] }, proj);
    const points = d.match(/[ML]/g)!.length;
    expect(points).toBeLessThan(400);
    expect(points).toBeGreaterThan(40);
    // Every drawn point still lies on the ring (an ellipse once longitudes are scaled), to within
    // about the half unit thinning may drop.
    const [cx, cy] = proj.project([127, 38]);
    const rx = proj.project([127.2, 38])[0] - cx;
    const ry = cy - proj.project([127, 38.2])[1];
    for (const m of d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)) {
      const off = Math.hypot((+m[1]! - cx) / rx, (+m[2]! - cy) / ry) - 1;
      expect(Math.abs(off) * Math.min(rx, ry)).toBeLessThan(0.75);
    }
  });
});
