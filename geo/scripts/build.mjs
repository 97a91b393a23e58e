// `npm run geo`: rebuilds every geo/*.geojson from pinned inputs. Same inputs, same bytes:
// coordinates are rounded to fixed decimals, features and keys are emitted in a fixed order,
// and nothing time- or machine-dependent is written.
import * as turf from '@turf/turf';
import { basemapFeatures, koreaDetail, NE_IDS, neighbours, splitKoreas } from './basemap.mjs';
import { bufferMdl, dmzFeatures } from './dmz.mjs';
import { checkJsa } from './jsa.mjs';
import { checkMdl, extractMdl } from './mdl.mjs';
import { placeFeatures } from './places.mjs';
import { loadGeoMapsKoreas, loadNaturalEarth } from './sources.mjs';
import { storyFeatures, storyStats } from './story.mjs';
import { multiPolygon, polygonsOf, writeCollection } from './util.mjs';

const BUDGET_GZ = 300 * 1024;

function main() {
  const t0 = Date.now();
  const { kr, kp } = loadGeoMapsKoreas();
  const ne = loadNaturalEarth(NE_IDS);

  const { feature: mdl, stats } = extractMdl(kr, kp);
  const check = checkMdl(mdl);
  console.log(
    `geo: MDL ${check.km} km, ${stats.vertices} vertices, ${check.jsaM} m from the JSA point, ` +
      `tracings drift up to ${stats.maxDriftM} m`,
  );

  const { corridor, sides, northHalf, southHalf } = bufferMdl(mdl);
  const koreas = koreaDetail(splitKoreas(kr, kp, { northHalf, southHalf }), mdl);
  // The band is clipped by the very polygons the map draws, so band and coast line up.
  const land = turf.feature(
    multiPolygon([...polygonsOf(koreas.kp), ...polygonsOf(koreas.kr)]),
  );
  const dmz = dmzFeatures(corridor, sides, land);
  const band = dmz[0];
  const story = storyFeatures(mdl, band);
  console.log('geo: story', JSON.stringify(storyStats(story)));
  console.log('geo: JSA', JSON.stringify(checkJsa(story, mdl)));

  const outputs = [
    writeCollection('mdl.geojson', [mdl]),
    writeCollection('dmz.geojson', dmz),
    writeCollection('basemap.geojson', basemapFeatures({ ...neighbours(ne, koreas), ...koreas })),
    writeCollection('places.geojson', placeFeatures()),
    writeCollection('story.geojson', story),
  ];
  let total = 0;
  for (const o of outputs) {
    total += o.gz;
    console.log(`geo: ${o.name.padEnd(16)} ${(o.raw / 1024).toFixed(1).padStart(7)} KB raw ${(o.gz / 1024).toFixed(1).padStart(6)} KB gz`);
  }
  console.log(`geo: total ${(total / 1024).toFixed(1)} KB gz (budget ${BUDGET_GZ / 1024} KB), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (total > BUDGET_GZ) throw new Error('geo: payload over budget');
}

main();
