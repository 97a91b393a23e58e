// The Joint Security Area at site scale: the features the `jsa-shooting` chapter draws around
// Oh Chong-song's run (facts sheet §1, §3). Only the 72-Hour Bridge has a published coordinate.
// Everything else is described, not surveyed: a distance from the MDL ("about 10 m north",
// "roughly 50 m south") or a relation ("near a row of conference buildings"). Those features are
// built from the committed MDL and those distances, flagged `schematic`, and labelled as such.
import * as turf from '@turf/turf';
import { placeCoords } from './places.mjs';
import { feature, round, roundLine, roundRing } from './util.mjs';

const FACTS = 'facts sheet';
/** No-break spaces: MapLibre then wraps a label before its "(…)" and never inside it. */
const NBSP = '\u00A0';
const keep = (s) => s.replace(/ /g, NBSP);

/** facts §3: the jeep's wheels dropped into a drainage ditch "about 10 m north of the MDL". */
export const JSA_NORTH_M = 10;
/** facts §3: he collapsed by a low wall "roughly 50 m south of the line" (NYT: 55 yards). */
export const JSA_SOUTH_M = 50;

/**
 * Wikipedia, "72-Hour Bridge": 37°57′34″N 126°40′14″E. Whole arc seconds, so good to ~30 m.
 * The article gives no orientation for the 150 m span, so the bridge is drawn as a point.
 */
const BRIDGE_72H = [126 + 40 / 60 + 14 / 3600, 37 + 57 / 60 + 34 / 3600];

// The conference row is a drawing device: blocks centred on the MDL, beside the run. Nothing
// here is a measured building size; the numbers only make the row read as a row at zoom 16-17.
const ROW = { blocks: 5, alongM: 9, acrossM: 18, gapM: 5, offsetM: 16 };
const MDL_LOCAL = { westM: 500, eastM: 300 };
/** The "MDL" label sits on the line this far west of the run, in open ground away from the site's labels. */
const MDL_LABEL_WEST_M = 350;
/** The note sits in open ground south-west of the wall, clear of the labels around the run. */
const NOTE_OFFSET = { southM: 180, westM: 120 };
/** The row's label hangs below a point just south of the middle block (the layer adds a zoom-scaled gap). */
const ROW_LABEL_SOUTH_M = ROW.acrossM / 2 + 6;

const RUN_SOURCE =
  `${FACTS} §3 (Hankyoreh; Yonhap; MND): the jeep's wheels went into a ditch about ${JSA_NORTH_M} m north of the MDL ` +
  `and he ran south; he collapsed by a low wall roughly ${JSA_SOUTH_M} m south of the line (NYT: 55 yards; ` +
  'Korea Herald: "more than 50 meters"). Drawn perpendicular to the MDL at the point nearest the JSA, ' +
  'not traced from the UNC video';

/** Bearing of the MDL at a point, measured over a short stretch to ignore vertex jitter. */
export function localBearing(mdl, pt, spanKm = 0.15) {
  const snap = turf.nearestPointOnLine(mdl, pt, { units: 'kilometers' });
  const at = snap.properties.totalDistance;
  const total = turf.length(mdl);
  const a = turf.along(mdl, Math.max(0, at - spanKm));
  const b = turf.along(mdl, Math.min(total, at + spanKm));
  return { snap, at, bearing: turf.bearing(a, b) };
}

const km = (m) => m / 1000;
const move = (from, m, bearing) => turf.destination(from, km(m), bearing, { units: 'kilometers' });
const pointGeom = (pt) => ({ type: 'Point', coordinates: roundLine([turf.getCoord(pt)], 5)[0] });

function props(id, kind, nameEn, nameKo, schematic, source, extra = {}) {
  return { id, kind, name_en: nameEn, name_ko: nameKo, approximate: true, schematic, source, ...extra };
}

/** A block `alongM` x `acrossM` centred on `c`, its long side across the line at `bearing`. */
function block(c, bearing) {
  const [ha, hx] = [ROW.alongM / 2, ROW.acrossM / 2];
  const corner = (sa, sx) => move(move(c, ha, bearing + (sa > 0 ? 0 : 180)), hx, bearing + (sx > 0 ? 90 : -90));
  const ring = [corner(1, 1), corner(1, -1), corner(-1, -1), corner(-1, 1)].map((p) => turf.getCoord(p));
  return [roundRing([...ring, ring[0]], 5)];
}

function conferenceRow(mdl, at) {
  const total = turf.length(mdl);
  const step = ROW.alongM + ROW.gapM;
  const blocks = [];
  const centres = [];
  for (let i = 0; i < ROW.blocks; i++) {
    // Each block sits on the MDL itself and turns with it, so every block straddles the line.
    const d = at + km(ROW.offsetM + ROW.alongM / 2 + i * step);
    const c = turf.along(mdl, d);
    const bearing = turf.bearing(turf.along(mdl, Math.max(0, d - 0.01)), turf.along(mdl, Math.min(total, d + 0.01)));
    blocks.push(block(c, bearing));
    centres.push({ c, bearing });
  }
  const mid = centres[Math.floor(centres.length / 2)];
  return {
    row: feature(
      props(
        'jsa-conference-row',
        'buildings',
        'Conference buildings (schematic)',
        '회담장 건물 (개략도)',
        true,
        `Schematic. ${FACTS} §1 (Wikipedia, "Joint Security Area"): inside the JSA the MDL is a concrete slab between ` +
          'the conference huts, which straddle it; AP (Stars and Stripes, 22 Nov 2017): the jeep "gets stuck in a ditch ' +
          'near a row of conference buildings". Five blocks drawn on the MDL just east of the run; their number, size, ' +
          'spacing and side of the run are a drawing device, not measured',
      ),
      { type: 'MultiPolygon', coordinates: blocks },
    ),
    label: feature(
      props(
        'jsa-conference-row-label',
        'label',
        'Conference buildings (schematic)',
        '회담장 건물 (개략도)',
        true,
        `Label anchor for jsa-conference-row, ${ROW_LABEL_SOUTH_M} m south of its middle block`,
      ),
      pointGeom(move(mid.c, ROW_LABEL_SOUTH_M, mid.bearing + 90)),
    ),
  };
}

function mdlLabel(mdl, at) {
  return feature(
    props('jsa-mdl-label', 'label', 'MDL', '군사분계선', false,
      `Label anchor for jsa-mdl-local: the committed MDL, ${MDL_LABEL_WEST_M} m west of the run along the line`),
    pointGeom(turf.along(mdl, Math.max(0, at - km(MDL_LABEL_WEST_M)))),
  );
}

function mdlLocal(mdl, at) {
  const total = turf.length(mdl);
  const slice = turf.lineSliceAlong(mdl, Math.max(0, at - km(MDL_LOCAL.westM)), Math.min(total, at + km(MDL_LOCAL.eastM)));
  return feature(
    props(
      'jsa-mdl-local',
      'mdl',
      'MDL',
      '군사분계선',
      false,
      'The committed MDL (mdl.geojson, OpenStreetMap via @geo-maps) where it passes the JSA: a slice of that line, ' +
        `not a survey of the slab between the conference huts (${FACTS} §1). Good to about 10 m`,
    ),
    { type: 'LineString', coordinates: roundLine(slice.geometry.coordinates, 5) },
  );
}

/**
 * Every JSA site feature, west-to-east MDL first. The run keeps its id and geometry from before
 * this module existed: scenes frame it and tests measure it.
 */
export function jsaFeatures(mdl) {
  const jsa = turf.point(placeCoords('panmunjom'));
  const { snap, at, bearing } = localBearing(mdl, jsa);
  // The MDL runs west -> east, so north of it is to the left of the bearing.
  const north = bearing - 90;
  const south = bearing + 90;
  const start = move(snap, JSA_NORTH_M, north);
  const end = move(snap, JSA_SOUTH_M, south);
  const runCoords = roundLine([turf.getCoord(start), turf.getCoord(end)], 5);
  const runM = Math.round(turf.length(turf.lineString(runCoords), { units: 'meters' }) / 5) * 5;
  const { row, label } = conferenceRow(mdl, at);

  return [
    mdlLocal(mdl, at),
    mdlLabel(mdl, at),
    row,
    label,
    feature(
      props(
        'jsa-72-hour-bridge',
        'bridge',
        '72-Hour Bridge',
        '72시간 다리',
        false,
        `Wikipedia, "72-Hour Bridge" (37°57′34″N 126°40′14″E): North Korea's access road into the JSA over the Sachon ` +
          `stream, built after the 1976 axe killings (${FACTS} §1; Hankyoreh). Oh drove over it (${FACTS} §3). ` +
          'Position good to ~30 m; its 150 m span is drawn as a point because no orientation was published',
      ),
      { type: 'Point', coordinates: [round(BRIDGE_72H[0], 5), round(BRIDGE_72H[1], 5)] },
    ),
    feature(
      props(
        'jsa-jeep-stop',
        'event-point',
        `Jeep stuck in ditch ${keep('(~10 m short of the MDL)')}`,
        `지프가 배수로에 빠진 곳 ${keep('(군사분계선 약 10m 앞)')}`,
        true,
        `Schematic. ${FACTS} §3 (Hankyoreh; Yonhap; MND): the wheels dropped into a drainage ditch about ` +
          `${JSA_NORTH_M} m north of the MDL. Drawn ${JSA_NORTH_M} m north of the MDL point nearest the JSA; the start of jsa-run`,
      ),
      { type: 'Point', coordinates: runCoords[0] },
    ),
    feature(props('jsa-run', 'path', "Oh Chong-song's run, 13 November 2017", '오청성 귀순 경로 (2017년 11월 13일)', true,
      `Approximate, schematic. ${RUN_SOURCE}`, { length_m: runM }),
    { type: 'LineString', coordinates: runCoords }),
    feature(
      props('jsa-run-mid', 'label', `Oh's run, about ${runM}${NBSP}m`, `오청성이 달린 길, 약 ${runM}m`, true,
        'Label anchor for jsa-run: its midpoint'),
      pointGeom(turf.midpoint(runCoords[0], runCoords[1])),
    ),
    feature(
      props(
        'jsa-wall',
        'event-point',
        `Fell by a low wall ${keep('(~50 m south)')}`,
        `낮은 담 옆에 쓰러진 곳 ${keep('(남쪽 약 50m)')}`,
        true,
        `Schematic. ${FACTS} §3: he collapsed by a low wall roughly ${JSA_SOUTH_M} m south of the line (NYT: 55 yards; ` +
          'AP: "lying prone against a wall"). Drawn at the end of jsa-run; the wall itself was not located',
      ),
      { type: 'Point', coordinates: runCoords[runCoords.length - 1] },
    ),
    feature(
      props(
        'jsa-schematic-note',
        'note',
        'Schematic: positions approximate',
        '개략도: 위치는 대략적임',
        true,
        `Map note. Only the MDL and the 72-Hour Bridge come from coordinates; the rest is drawn from the distances in ${FACTS} §3`,
      ),
      pointGeom(move(move(end, NOTE_OFFSET.southM, 180), NOTE_OFFSET.westM, 270)),
    ),
  ];
}

/**
 * Fails the build rather than write a JSA drawing that contradicts the facts sheet: the jeep stop
 * and the wall at their described distances on the right sides of the line, a run of about 60 m,
 * every conference block on the MDL, and the 72-Hour Bridge on the North's side.
 */
export function checkJsa(features, mdl) {
  const byId = (id) => {
    const f = features.find((x) => x.properties.id === id);
    if (!f) throw new Error(`geo: JSA feature ${id} missing`);
    return f;
  };
  const toLine = (p) => turf.pointToLineDistance(p, mdl, { units: 'meters' });
  // Side of the MDL from the sign of the cross product against the nearest segment.
  const side = (p) => {
    const snap = turf.nearestPointOnLine(mdl, p);
    const c = mdl.geometry.coordinates;
    const i = Math.min(snap.properties.index, c.length - 2);
    const [a, b, q] = [c[i], c[i + 1], turf.getCoord(p)];
    const cross = (b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]);
    return cross > 0 ? 'north' : 'south';
  };
  const jeep = byId('jsa-jeep-stop');
  const wall = byId('jsa-wall');
  const run = byId('jsa-run');
  const bridge = byId('jsa-72-hour-bridge');
  const stats = {
    jeepM: round(toLine(jeep), 1),
    wallM: round(toLine(wall), 1),
    runM: round(turf.length(run, { units: 'meters' }), 1),
    bridgeM: round(toLine(bridge), 0),
    blockMaxM: round(
      Math.max(...byId('jsa-conference-row').geometry.coordinates.map((poly) => toLine(turf.centroid(turf.polygon(poly))))),
      1,
    ),
    localOffMaxM: round(Math.max(...byId('jsa-mdl-local').geometry.coordinates.map((c) => toLine(turf.point(c)))), 1),
  };
  // Literal ranges from facts §3, not the constants above: editing those must trip this check.
  const within = (v, lo, hi) => v >= lo && v <= hi;
  const problems = [];
  if (!within(stats.jeepM, 7, 13) || side(jeep) !== 'north') problems.push('jeep stop not ~10 m north');
  if (!within(stats.wallM, 45, 55) || side(wall) !== 'south') problems.push('wall not ~50 m south');
  if (!within(stats.runM, 55, 65)) problems.push('run not ~60 m');
  if (side(bridge) !== 'north') problems.push('72-Hour Bridge not north of the MDL');
  if (stats.blockMaxM > 2) problems.push('a conference block is off the MDL');
  if (stats.localOffMaxM > 1) problems.push('jsa-mdl-local is not on the MDL');
  if (problems.length) throw new Error(`geo: JSA check failed: ${problems.join('; ')} ${JSON.stringify(stats)}`);
  return stats;
}
