// Named points. Coordinates come from /work/shared/facts.md (§1, §6) or from the cited
// Wikipedia article; county and city points are article centroids, not the spot where
// anything happened, hence `approximate`.
import { feature } from './util.mjs';

const FACTS = 'DMZ explainer facts sheet';
const W = (title) => `Wikipedia, "${title}"`;

// [id, name_en, name_ko, kind, side, approximate, lat, lon, source]
const PLACES = [
  ['seoul', 'Seoul', '서울', 'capital', 'south', false, 37.566, 126.978,
    `${FACTS} §6: Seoul City Hall`],
  ['pyongyang', 'Pyongyang', '평양', 'capital', 'north', false, 39.019, 125.753,
    `${FACTS} §6: Kim Il-sung Square`],
  ['panmunjom', 'Panmunjom (Joint Security Area)', '판문점', 'site', 'south', false, 37.956, 126.677,
    `${FACTS} §1; ${W('Joint Security Area')} (37°57′21″N 126°40′36″E)`],
  ['kaesong', 'Kaesong', '개성', 'city', 'north', true, 37.97, 126.55,
    `${FACTS} §1 (city centroid, not source-checked)`],
  ['paju', 'Paju', '파주', 'city', 'south', true, 37.87, 126.8, `${FACTS} §1; ${W('Paju')}`],
  ['yeoncheon', 'Yeoncheon', '연천', 'county', 'south', true, 38.1, 127.08,
    `${FACTS} §1; ${W('Yeoncheon County')}`],
  ['cheorwon', 'Cheorwon', '철원', 'county', 'south', true, 38.21, 127.22,
    `${FACTS} §1; ${W('Cheorwon County')}`],
  ['hwacheon', 'Hwacheon', '화천', 'county', 'south', true, 38.11, 127.71,
    `${FACTS} §1; ${W('Hwacheon County')}`],
  ['yanggu', 'Yanggu', '양구', 'county', 'south', true, 38.11, 127.99,
    `${FACTS} §1; ${W('Yanggu County, Gangwon')}`],
  ['inje', 'Inje', '인제', 'county', 'south', true, 38.07, 128.17, `${FACTS} §1; ${W('Inje County')}`],
  ['goseong', 'Goseong', '고성', 'county', 'south', true, 38.38, 128.47,
    `${FACTS} §1; ${W('Goseong, Gangwon')}`],
  ['punggye-ri', 'Punggye-ri nuclear test site', '풍계리', 'site', 'north', true, 41.278, 129.087,
    `${W('Punggye-ri Nuclear Test Site')} (41°16′41″N 129°05′15″E)`],
  ['seongju', 'Seongju (THAAD site area)', '성주', 'county', 'south', true, 35.919, 128.283,
    `${W('Seongju County')} (35°55′09″N 128°16′59″E, county seat; the article puts the THAAD site, Lotte Skyhill Seongju CC, at 36.049 N 128.226 E, ~15 km NNW)`],
  ['suwon', 'Suwon (Ajou University Hospital)', '수원', 'city', 'south', true, 37.267, 127.017,
    `${W('Suwon')} (37°16′N 127°01′E, city centre; the hospital, in Yeongtong-gu, is a few km east)`],
];

export function placeFeatures() {
  return PLACES.map(([id, name_en, name_ko, kind, side, approximate, lat, lon, source]) =>
    feature(
      { id, name_en, name_ko, kind, side, approximate, source },
      { type: 'Point', coordinates: [lon, lat] },
    ),
  );
}

export function placeCoords(id) {
  const p = PLACES.find((x) => x[0] === id);
  if (!p) throw new Error(`geo: no place ${id}`);
  return [p[7], p[6]];
}
