// Geometry the story chapters point at. Every feature here is a drawing aid derived from
// the MDL and the facts sheet, not a surveyed location, so each is flagged approximate.
import * as turf from '@turf/turf';
import { placeCoords } from './places.mjs';
import { feature, polygonsOf, multiPolygon, round, roundLine, roundRing } from './util.mjs';

const FOG_RADIUS_KM = 15;
const JSA_NORTH_M = 10; // facts §3: jeep stuck in a ditch "about 10 m north of the MDL"
const JSA_SOUTH_M = 50; // facts §3: collapsed "roughly 50 m south of the line"

/** Bearing of the MDL at a point, measured over a short stretch to ignore vertex jitter. */
function localBearing(mdl, pt, spanKm = 0.15) {
  const snap = turf.nearestPointOnLine(mdl, pt, { units: 'kilometers' });
  const at = snap.properties.totalDistance;
  const total = turf.length(mdl);
  const a = turf.along(mdl, Math.max(0, at - spanKm));
  const b = turf.along(mdl, Math.min(total, at + spanKm));
  return { snap, bearing: turf.bearing(a, b) };
}

function fogArea(mdl, band) {
  const yeoncheon = turf.point(placeCoords('yeoncheon'));
  const centre = turf.nearestPointOnLine(mdl, yeoncheon);
  const circle = turf.circle(centre, FOG_RADIUS_KM, { units: 'kilometers', steps: 64 });
  const area = turf.intersect(turf.featureCollection([band, circle]));
  const polys = polygonsOf(area.geometry)
    .map((p) => p.map((r) => roundRing(r, 5)).filter(Boolean))
    .filter((p) => p.length);
  return feature(
    {
      id: 'fog-crossing-area',
      kind: 'approximate-area',
      name_en: 'Area of the 21 December 2017 crossing',
      name_ko: '2017년 12월 21일 귀순 추정 지역',
      approximate: true,
      source:
        `Approximate: the JCS named only a "mid-western front" guard post; Korean outlets (YTN, Ilgan Sports) ` +
        `name Yeoncheon County, and the exact spot was not published. Drawn as the DMZ band within ` +
        `${FOG_RADIUS_KM} km of the MDL point nearest Yeoncheon (facts sheet §1-2)`,
    },
    multiPolygon(polys),
  );
}

function jsaRun(mdl) {
  const jsa = turf.point(placeCoords('panmunjom'));
  const { snap, bearing } = localBearing(mdl, jsa);
  // The MDL runs west -> east, so north of it is to the left of the bearing.
  const start = turf.destination(snap, JSA_NORTH_M / 1000, bearing - 90, { units: 'kilometers' });
  const end = turf.destination(snap, JSA_SOUTH_M / 1000, bearing + 90, { units: 'kilometers' });
  const coords = roundLine([start.geometry.coordinates, end.geometry.coordinates], 5);
  const lengthM = turf.length(turf.lineString(coords), { units: 'meters' });
  return feature(
    {
      id: 'jsa-run',
      kind: 'path',
      name_en: "Oh Chong-song's run, 13 November 2017",
      name_ko: '오청성 귀순 경로 (2017년 11월 13일)',
      approximate: true,
      source:
        'Approximate: facts sheet §3 (Hankyoreh; Yonhap; MND): jeep stuck ~10 m north of the MDL, collapsed ~50 m south; ' +
        'drawn perpendicular to the MDL at the point nearest the JSA, not traced from the UNC video',
      length_m: Math.round(lengthM / 5) * 5,
    },
    { type: 'LineString', coordinates: coords },
  );
}

function toMdl(mdl, placeId, nameEn, nameKo, sourceNote) {
  const from = turf.point(placeCoords(placeId));
  const snap = turf.nearestPointOnLine(mdl, from, { units: 'kilometers' });
  const coords = roundLine([from.geometry.coordinates, snap.geometry.coordinates], 5);
  const km = turf.distance(from, snap, { units: 'kilometers' });
  return feature(
    {
      id: `${placeId}-to-mdl`,
      kind: 'distance',
      name_en: nameEn,
      name_ko: nameKo,
      approximate: true,
      source: `Straight line to the nearest point of this MDL; ${sourceNote}`,
      km: Math.round(km),
    },
    { type: 'LineString', coordinates: coords },
  );
}

export function storyFeatures(mdl, band) {
  return [
    fogArea(mdl, band),
    jsaRun(mdl),
    toMdl(mdl, 'seoul', 'Seoul City Hall to the MDL', '서울시청–군사분계선', 'from Seoul City Hall (facts sheet §6: sources say about 40-50 km)'),
    toMdl(mdl, 'pyongyang', 'Kim Il-sung Square to the MDL', '김일성광장–군사분계선', 'from Kim Il-sung Square (facts sheet §6)'),
  ];
}

export const storyStats = (features) =>
  Object.fromEntries(
    features.map((f) => [f.properties.id, f.properties.km ?? f.properties.length_m ?? round(turf.area(f) / 1e6, 1)]),
  );
