// The DMZ band and its two boundary lines. Armistice Article I(1): each side pulls back
// 2 km from the MDL, so the band is the MDL buffered by 2 km, and its northern/southern
// boundaries are the buffer outline minus the round end caps.
import * as turf from '@turf/turf';
import { feature, makeNearest, multiPolygon, polygonsOf, roundLine, roundRing, toXY } from './util.mjs';

export const HALF_WIDTH_KM = 2;

/** Returns the flat-ended corridor, its two halves and the north/south outline chains (west -> east). */
export function bufferMdl(mdl) {
  const buf = turf.buffer(mdl, HALF_WIDTH_KM, { units: 'kilometers', steps: 16 });
  const polys = polygonsOf(buf.geometry);
  if (polys.length !== 1) throw new Error('geo: MDL buffer is not one polygon');
  const ring = polys[0][0].slice(0, -1);
  const line = mdl.geometry.coordinates;
  const lineXY = line.map(toXY);
  const [first, last] = [lineXY[0], lineXY[lineXY.length - 1]];
  const dirW = unit(sub(first, lineXY[1]));
  const dirE = unit(sub(last, lineXY[lineXY.length - 2]));

  // A cap vertex lies beyond an end of the line; anything else is on one of the sides.
  const isCap = (p) => dot(sub(p, first), dirW) > 5 || dot(sub(p, last), dirE) > 5;
  const flags = ring.map((c) => isCap(toXY(c)));
  const startAt = flags.indexOf(true);
  if (startAt < 0) throw new Error('geo: MDL buffer has no end caps');
  const chains = [];
  let cur = null;
  for (let k = 0; k < ring.length; k++) {
    const i = (startAt + k) % ring.length;
    if (flags[i]) cur = null;
    else {
      if (!cur) chains.push((cur = []));
      cur.push(ring[i]);
    }
  }
  if (chains.length !== 2) throw new Error(`geo: expected 2 buffer sides, got ${chains.length}`);

  const nearest = makeNearest(lineXY);
  const sides = {};
  for (const chain of chains) {
    // West -> east travel puts north on the left (positive cross product). One vertex can
    // mislead where its nearest point is a sharp corner of the line, so let many vote.
    let votes = 0;
    for (let i = 0; i < chain.length; i += Math.max(1, Math.floor(chain.length / 25))) {
      const p = toXY(chain[i]);
      const { seg } = nearest(p);
      votes += Math.sign(cross(sub(lineXY[seg + 1], lineXY[seg]), sub(p, lineXY[seg])));
    }
    const side = votes > 0 ? 'north' : 'south';
    const ordered = chain[0][0] <= chain[chain.length - 1][0] ? chain : chain.slice().reverse();
    sides[side] = ordered;
  }
  if (!sides.north || !sides.south) throw new Error('geo: buffer sides not on both sides');

  // Each half of the corridor: the MDL, then back along one side. Used to hand the land
  // on either side of the MDL to the right Korea, closing the slivers between tracings.
  const half = (side) =>
    turf.polygon([[...line, ...sides[side].slice().reverse(), line[0]]]);
  const northHalf = half('north');
  const southHalf = half('south');
  // Flat ends: the zone stops where the MDL does (the Imjin bank, the east coast) instead
  // of spilling round the ends as the buffer's round caps would.
  const corridor = turf.union(turf.featureCollection([northHalf, southHalf]));
  return { corridor, sides, northHalf, southHalf };
}

/** Parts of a line that lie on land (a polygon feature), as a list of coordinate arrays. */
export function clipLineToLand(coords, land) {
  const [x0, y0, x1, y1] = turf.bbox(turf.lineString(coords));
  const rings = polygonsOf(land.geometry)
    .flat()
    .filter((r) => {
      const [a, b, c, d] = turf.bbox(turf.lineString(r));
      return a <= x1 && c >= x0 && b <= y1 && d >= y0;
    });
  const splitter = turf.multiLineString(rings);
  const pieces = turf.lineSplit(turf.lineString(coords), splitter);
  const parts = pieces.features.length ? pieces.features : [turf.lineString(coords)];
  const kept = [];
  for (const part of parts) {
    const len = turf.length(part);
    if (len < 0.02) continue; // rounding dust from the split
    const probe = turf.along(part, len / 2);
    if (turf.booleanPointInPolygon(probe, land)) kept.push(part.geometry.coordinates);
  }
  return kept;
}

/**
 * Decimals of the band and its boundaries: 4 (~10 m). They are a 2 km buffer of the MDL, not a
 * survey, and are drawn out to about zoom 11; their coast edges come from the land polygons, whose
 * coasts have 4 decimals too, so band and coast still line up exactly.
 */
const BAND_DP = 4;

export function dmzFeatures(corridor, sides, land) {
  const band = turf.intersect(turf.featureCollection([corridor, land]));
  if (!band) throw new Error('geo: DMZ band does not touch land');
  const bandPolys = polygonsOf(band.geometry)
    .map((p) => p.map((r) => roundRing(r, BAND_DP)).filter(Boolean))
    .filter((p) => p.length && p[0]);
  const features = [
    feature(
      {
        id: 'dmz-band',
        kind: 'band',
        name_en: 'Demilitarized Zone',
        name_ko: '비무장지대',
        half_width_km: HALF_WIDTH_KM,
        source:
          'Armistice Agreement Art. I(1): 2 km either side of the MDL; drawn as a 2 km buffer of the MDL with flat ends, clipped to land',
      },
      multiPolygon(bandPolys),
    ),
  ];
  const names = {
    north: { name_en: 'Northern boundary of the DMZ', name_ko: '북방한계선' },
    south: { name_en: 'Southern boundary of the DMZ', name_ko: '남방한계선' },
  };
  for (const side of ['north', 'south']) {
    const parts = clipLineToLand(sides[side], land)
      .map((c) => roundLine(c, BAND_DP))
      .filter((c) => c.length >= 2);
    const geometry =
      parts.length === 1
        ? { type: 'LineString', coordinates: parts[0] }
        : { type: 'MultiLineString', coordinates: parts };
    features.push(
      feature(
        {
          id: `${side === 'north' ? 'northern' : 'southern'}-boundary`,
          kind: 'limit-line',
          side,
          ...names[side],
          source: 'Armistice Agreement Art. I(1): the line 2 km from the MDL on this side, clipped to land',
        },
        geometry,
      ),
    );
  }
  return features;
}

const sub = (a, b) => [a[0] - b[0], a[1] - b[1]];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1];
const cross = (a, b) => a[0] * b[1] - a[1] * b[0];
const unit = (v) => {
  const l = Math.hypot(v[0], v[1]);
  return [v[0] / l, v[1] / l];
};
