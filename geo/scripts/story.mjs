// Geometry the story chapters point at. Every feature here is a drawing aid derived from
// the MDL and the facts sheet, not a surveyed location, so each is flagged approximate.
// The JSA site features (the run and what surrounds it) live in jsa.mjs.
import * as turf from '@turf/turf';
import { jsaFeatures } from './jsa.mjs';
import { placeCoords } from './places.mjs';
import { feature, polygonsOf, multiPolygon, round, roundLine, roundRing } from './util.mjs';

const FOG_RADIUS_KM = 15;

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
    ...jsaFeatures(mdl),
    toMdl(mdl, 'seoul', 'Seoul City Hall to the MDL', '서울시청–군사분계선', 'from Seoul City Hall (facts sheet §6: sources say about 40-50 km)'),
    toMdl(mdl, 'pyongyang', 'Kim Il-sung Square to the MDL', '김일성광장–군사분계선', 'from Kim Il-sung Square (facts sheet §6)'),
  ];
}

export const storyStats = (features) =>
  Object.fromEntries(
    features
      .filter((f) => f.properties.km != null || f.properties.length_m != null || f.properties.kind === 'approximate-area')
      .map((f) => [f.properties.id, f.properties.km ?? f.properties.length_m ?? round(turf.area(f) / 1e6, 1)]),
  );
