// `npm run geo:story`: rebuilds geo/story.geojson alone from the committed mdl.geojson and
// dmz.geojson, without the 160 MB OSM input that `npm run geo` installs. The full build writes
// those two files with the same 5-decimal rounding it hands to the story step, so both routes
// give the same bytes (checked when this script was added: a full build, then this, no diff).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { checkJsa } from './jsa.mjs';
import { GEO_DIR } from './sources.mjs';
import { storyFeatures, storyStats } from './story.mjs';
import { writeCollection } from './util.mjs';

const BUDGET_GZ = 300 * 1024;
const OTHERS = ['mdl', 'dmz', 'basemap', 'places'];

const read = (name) => JSON.parse(fs.readFileSync(path.join(GEO_DIR, `${name}.geojson`), 'utf8'));
const mdl = read('mdl').features.find((f) => f.properties.id === 'mdl');
const band = read('dmz').features.find((f) => f.properties.id === 'dmz-band');
if (!mdl || !band) throw new Error('geo: committed mdl.geojson or dmz.geojson lacks mdl / dmz-band');

const story = storyFeatures(mdl, band);
console.log('geo: story', JSON.stringify(storyStats(story)));
console.log('geo: JSA', JSON.stringify(checkJsa(story, mdl)));
const out = writeCollection('story.geojson', story);
const total =
  out.gz +
  OTHERS.reduce((sum, n) => sum + zlib.gzipSync(fs.readFileSync(path.join(GEO_DIR, `${n}.geojson`))).length, 0);
console.log(`geo: story.geojson ${(out.raw / 1024).toFixed(1)} KB raw ${(out.gz / 1024).toFixed(1)} KB gz; total ${(total / 1024).toFixed(1)} KB gz`);
if (total > BUDGET_GZ) throw new Error('geo: payload over budget');
