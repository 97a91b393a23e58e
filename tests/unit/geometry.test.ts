import { describe, expect, it } from 'vitest';
import { distance, length, lineString, along, point } from '@turf/turf';
import { boundsOf, containsPoint, distanceM, lineLengthM, padBounds, pointAlong, type LngLat } from '../../src/map/geometry';
import { fitProjection, pathFor } from '../../src/map/svg';

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
