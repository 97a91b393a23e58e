// Gathers the codepoints the explainer can draw: map label names, the Korean story,
// UI strings and any other non-ASCII text in the sources, plus ASCII and common punctuation.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Place and line names that must always be in the font, even before geo/ is generated. */
export const EXTRA_NAMES = [
  '서울', '평양', '판문점', '개성', '파주', '연천', '철원', '화천', '양구', '인제', '고성',
  '풍계리', '성주', '수원', '군사분계선', '북방한계선', '남방한계선', '비무장지대', '북한', '남한',
  '조선민주주의인민공화국', '대한민국', '중국', '일본', '러시아', '공동경비구역', '한국', '휴전선',
  '북', '남', '동해', '서해', '황해', '임진강', '한강', '도라산', '도라전망대', '판문각', '자유의 집',
];

/**
 * Typographic punctuation used in English and Korean text: dashes, curly quotes, ellipsis,
 * middle dot, degrees, primes, squared, times, arrows, bullets, Korean/CJK brackets and marks,
 * and the no-break space.
 */
export const PUNCTUATION =
  '\u00A0' + // no-break space (Noto Sans KR has no thin or narrow no-break space)
  '–—‘’“”…·•°′″²³×÷±≈≤≥−→←↑↓↔' +
  '©®™€£¥₩§¶†‡№' +
  '「」『』〈〉《》【】〔〕、。〃～・※○●◎◇◆□■△▲▽▼' +
  '\u3000' + // ideographic space
  '\u00B7\u318D'; // middle dot and Hangul araea (used as a middle dot in Korean)

/** Printable ASCII, U+0020..U+007E. */
export function asciiPrintable() {
  const out = [];
  for (let c = 0x20; c <= 0x7e; c++) out.push(c);
  return out;
}

/** Every file under dir (recursively) for which keep(path) is true, sorted for determinism. */
export function walk(dir, keep, skip = () => false) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (skip(p)) continue;
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p, keep, skip));
    else if (keep(p)) out.push(p);
  }
  return out;
}

/** All string values under `properties` of every feature (names, labels), in a GeoJSON file. */
export function geojsonStrings(json) {
  const out = [];
  const visitValue = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(visitValue);
    else if (v && typeof v === 'object') Object.values(v).forEach(visitValue);
  };
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.properties && typeof node.properties === 'object') visitValue(node.properties);
    if (Array.isArray(node.features)) node.features.forEach(visit);
    if (Array.isArray(node.geometries)) node.geometries.forEach(visit);
    // TopoJSON: objects.<name>.geometries[].properties
    if (node.objects && typeof node.objects === 'object') Object.values(node.objects).forEach(visit);
  };
  visit(json);
  return out;
}

/** Codepoints of every character in s that is not plain ASCII (>= U+0080), minus controls. */
export function nonAscii(s) {
  const out = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp >= 0xa0 && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfeff && !(cp >= 0xfe00 && cp <= 0xfe0f)) {
      out.push(cp);
    }
  }
  return out;
}

/**
 * Collects the wanted codepoints. Returns { codepoints: sorted number[], sources: [{file, count}] }.
 * root is the repo root.
 */
export function collectCodepoints(root, log = () => {}) {
  const set = new Set(asciiPrintable());
  const sources = [];
  const add = (label, cps) => {
    let fresh = 0;
    for (const cp of cps) {
      if (!set.has(cp)) fresh++;
      set.add(cp);
    }
    sources.push({ source: label, codepoints: new Set(cps).size, new: fresh });
  };
  const cpsOf = (s) => [...s].map((c) => c.codePointAt(0));

  add('built-in punctuation', cpsOf(PUNCTUATION));
  add('built-in place names', cpsOf(EXTRA_NAMES.join('')));

  // Map data: every string property of every feature in geo/**/*.geojson (and any .geojson in src/).
  const geoFiles = [
    ...walk(join(root, 'geo'), (p) => /\.(geo|topo)json$/i.test(p)),
    ...walk(join(root, 'src'), (p) => /\.(geo|topo)json$/i.test(p)),
  ];
  for (const file of geoFiles) {
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      log(`  ! skipping ${relative(root, file)}: ${e.message}`);
      continue;
    }
    add(relative(root, file), geojsonStrings(json).flatMap((s) => cpsOf(s)).filter((cp) => cp >= 0x20));
  }

  // Story text, UI strings and any other literal in the app source: every non-ASCII character.
  // (src/story/text/ko.ts, src/story/text/ko/**/*.ts, src/i18n/*.ts, labels in src/map/*.ts, geo/scripts)
  const textFiles = [
    ...walk(
      join(root, 'src'),
      (p) => /\.(ts|js|mjs|json|html|css)$/i.test(p) && !/\.(geo|topo)json$/i.test(p),
      (p) => p.startsWith(join(root, 'src', 'assets', 'fonts')),
    ),
    ...[join(root, 'index.html')].filter((p) => existsSync(p)),
    // The geo build scripts hold the place names before geo/*.geojson is (re)generated.
    ...walk(join(root, 'geo'), (p) => /\.(mjs|js|ts)$/i.test(p)),
  ];
  for (const file of textFiles) {
    const cps = nonAscii(readFileSync(file, 'utf8'));
    if (cps.length) add(relative(root, file), cps);
  }

  return { codepoints: [...set].sort((a, b) => a - b), sources };
}
