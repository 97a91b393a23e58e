// Small planar helpers and the deterministic writer shared by the build steps.
// Distances here use a local equirectangular projection centred on the DMZ's latitude:
// over the few hundred kilometres involved its scale error is well under 1%, which is
// plenty for 10-100 m thresholds and far cheaper than geodesics on 10^5 vertices.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const M_PER_DEG = 111320;
const K = Math.cos((38 * Math.PI) / 180);

export const toXY = ([lon, lat]) => [lon * K * M_PER_DEG, lat * M_PER_DEG];
export const fromXY = ([x, y]) => [x / (K * M_PER_DEG), y / M_PER_DEG];

export function segProject(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  const q = [a[0] + t * dx, a[1] + t * dy];
  return { q, d: Math.hypot(q[0] - p[0], q[1] - p[1]) };
}

/**
 * Nearest point on a polyline (in XY metres), with a uniform grid index because the
 * MDL step asks this for thousands of vertices against thousands of segments.
 */
export function makeNearest(lineXY, cell = 2000) {
  const grid = new Map();
  const key = (i, j) => `${i},${j}`;
  for (let s = 0; s < lineXY.length - 1; s++) {
    const [a, b] = [lineXY[s], lineXY[s + 1]];
    const i0 = Math.floor(Math.min(a[0], b[0]) / cell);
    const i1 = Math.floor(Math.max(a[0], b[0]) / cell);
    const j0 = Math.floor(Math.min(a[1], b[1]) / cell);
    const j1 = Math.floor(Math.max(a[1], b[1]) / cell);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = key(i, j);
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(s);
      }
    }
  }
  const visit = (p, i, j, best) => {
    for (const s of grid.get(key(i, j)) || []) {
      const hit = segProject(p, lineXY[s], lineXY[s + 1]);
      if (hit.d < best.d) best = { ...hit, seg: s };
    }
    return best;
  };
  // Search square rings of cells outwards until the best hit is provably nearer than any
  // unvisited cell, or until maxDist is exceeded (then d is Infinity: "not near").
  return (p, maxDist = Infinity) => {
    let best = { q: null, d: Infinity, seg: -1 };
    const ci = Math.floor(p[0] / cell);
    const cj = Math.floor(p[1] / cell);
    for (let r = 0; ; r++) {
      if (r === 0) best = visit(p, ci, cj, best);
      for (let t = -r; t < r; t++) {
        best = visit(p, ci + t, cj - r, best);
        best = visit(p, ci + r, cj + t, best);
        best = visit(p, ci - t, cj + r, best);
        best = visit(p, ci - r, cj - t, best);
      }
      if (best.d <= r * cell) break;
      if (r * cell > maxDist) return { q: null, d: Infinity, seg: -1 };
    }
    return best;
  };
}

/** Douglas-Peucker on an open polyline in XY; endpoints are always kept. */
function dpKeep(pts, tol, keep, lo, hi) {
  const stack = [[lo, hi]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let idx = -1;
    let max = tol;
    for (let i = a + 1; i < b; i++) {
      const d = segProject(pts[i], pts[a], pts[b]).d;
      if (d > max) {
        max = d;
        idx = i;
      }
    }
    if (idx >= 0) {
      keep[idx] = true;
      stack.push([a, idx], [idx, b]);
    }
  }
}

/**
 * Simplifies a closed ring but never drops a vertex for which `locked` is true. The two
 * Koreas share their MDL edge vertex for vertex; simplifying each ring between the same
 * locked vertices keeps that shared edge identical in both, so no sliver opens up.
 */
export function simplifyRing(ring, tolMetres, locked) {
  const open = ring.slice(0, -1);
  const n = open.length;
  if (n < 4) return ring;
  const xy = open.map(toXY);
  const keep = open.map((c, i) => Boolean(locked && locked(c, i)));
  if (!keep.some(Boolean)) keep[0] = true;
  const anchors = keep.flatMap((k, i) => (k ? [i] : []));
  if (anchors.length === 1) {
    // A lone anchor cannot bound a chord; add the vertex farthest from it.
    const a = anchors[0];
    let far = a;
    let fd = -1;
    xy.forEach((p, i) => {
      const d = Math.hypot(p[0] - xy[a][0], p[1] - xy[a][1]);
      if (d > fd) [fd, far] = [d, i];
    });
    keep[far] = true;
    anchors.push(far);
    anchors.sort((x, y) => x - y);
  }
  const rot = (i) => (i + anchors[0]) % n;
  const pts = [];
  const kp = [];
  for (let i = 0; i <= n; i++) {
    pts.push(xy[rot(i)]);
    kp.push(keep[rot(i)]);
  }
  const idx = kp.flatMap((k, i) => (k ? [i] : []));
  for (let s = 0; s < idx.length - 1; s++) dpKeep(pts, tolMetres, kp, idx[s], idx[s + 1]);
  const out = [];
  for (let i = 0; i < n; i++) if (kp[i]) out.push(open[rot(i)]);
  out.push(out[0]);
  return out;
}

export const round = (v, dp) => {
  const f = 10 ** dp;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export function roundLine(coords, dp) {
  const dpOf = typeof dp === 'function' ? dp : () => dp;
  const out = [];
  for (const c of coords) {
    const d = dpOf(c);
    const r = [round(c[0], d), round(c[1], d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** Rounds a ring (`dp`: decimals, or decimals per vertex); returns null when rounding collapses it. */
export function roundRing(ring, dp) {
  const out = roundLine(ring, dp);
  if (out.length > 1) {
    const [f, l] = [out[0], out[out.length - 1]];
    if (f[0] !== l[0] || f[1] !== l[1]) out.push([f[0], f[1]]);
  }
  return out.length >= 4 ? out : null;
}

/** Polygon | MultiPolygon -> array of polygons (arrays of rings). */
export const polygonsOf = (g) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

export function multiPolygon(polys) {
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** Planar ring area in m^2 (unsigned), for dropping specks after simplification. */
export function ringAreaM2(ring) {
  let s = 0;
  const xy = ring.map(toXY);
  for (let i = 0; i < xy.length - 1; i++) s += xy[i][0] * xy[i + 1][1] - xy[i + 1][0] * xy[i][1];
  return Math.abs(s / 2);
}

export function feature(properties, geometry) {
  return { type: 'Feature', properties, geometry };
}

/**
 * One feature per line: small diffs in review, and byte-identical output for identical
 * input because key order comes from the literal objects built in the steps.
 */
export function writeCollection(name, features) {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', name);
  fs.writeFileSync(file, text);
  const gz = zlib.gzipSync(Buffer.from(text)).length;
  return { name, raw: Buffer.byteLength(text), gz };
}
