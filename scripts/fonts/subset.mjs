// Builds ONE subset font out of a Fontsource family split into unicode-range chunks:
// each chunk that covers a wanted codepoint is read (subset to those codepoints, composite
// glyphs flattened), their glyphs are concatenated behind the first chunk's .notdef and the
// result is written as a single woff2. Deterministic: same chunks + codepoints, same bytes.
import { readFileSync } from 'node:fs';
import fonteditor from 'fonteditor-core';
import { inRanges } from './fontsource.mjs';

const { Font, woff2 } = fonteditor;

let woff2Ready;
/** Loads fonteditor-core's woff2 (Google's encoder/decoder compiled to wasm) once. */
export function initWoff2() {
  woff2Ready ??= woff2.init();
  return woff2Ready;
}

/** Which chunk (first in CSS order whose unicode-range claims it) supplies each codepoint. */
export function assignChunks(chunks, codepoints) {
  const byChunk = new Map();
  const unclaimed = [];
  for (const cp of codepoints) {
    const i = chunks.findIndex((c) => inRanges(c.ranges, cp));
    if (i < 0) {
      unclaimed.push(cp);
      continue;
    }
    if (!byChunk.has(i)) byChunk.set(i, []);
    byChunk.get(i).push(cp);
  }
  return { byChunk: [...byChunk.entries()].sort((a, b) => a[0] - b[0]), unclaimed };
}

/** Reads one woff2 chunk, keeping only the glyphs of `cps` (each glyph's unicode list trimmed to cps). */
function readChunk(file, cps) {
  const font = Font.create(readFileSync(file), {
    type: 'woff2',
    subset: cps,
    hinting: false,
    kerning: false,
    compound2simple: true,
  });
  const ttf = font.get();
  const want = new Set(cps);
  const glyphs = [];
  for (const g of ttf.glyf.slice(1)) {
    const unicode = (g.unicode ?? []).filter((u) => want.has(u)).sort((a, b) => a - b);
    if (!unicode.length) continue; // components of flattened composites, or codepoints owned by another chunk
    glyphs.push({ ...g, unicode, name: '' });
  }
  return { ttf, notdef: ttf.glyf[0], glyphs };
}

/**
 * @param {{name: string, file: string, ranges: [number, number][]}[]} chunks Fontsource chunks of one weight
 * @param {number[]} codepoints sorted
 * @returns {Promise<{woff2: Buffer, covered: number[], missing: number[], chunksUsed: string[]}>}
 */
export async function buildMergedSubset(chunks, codepoints) {
  await initWoff2();
  const { byChunk, unclaimed } = assignChunks(chunks, codepoints);
  if (!byChunk.length) throw new Error('no chunk covers any wanted codepoint');

  let base = null;
  const glyphs = [];
  const chunksUsed = [];
  for (const [i, cps] of byChunk) {
    const part = readChunk(chunks[i].file, cps);
    base ??= part;
    glyphs.push(...part.glyphs);
    chunksUsed.push(chunks[i].name);
  }

  const ttf = base.ttf;
  ttf.glyf = [{ ...base.notdef, unicode: [], name: '' }, ...glyphs];
  const covered = glyphs.flatMap((g) => g.unicode).sort((a, b) => a - b);
  const coveredSet = new Set(covered);
  if (coveredSet.size !== covered.length) throw new Error('a codepoint came from two chunks');
  const missing = [...unclaimed, ...codepoints.filter((cp) => !coveredSet.has(cp) && !unclaimed.includes(cp))].sort(
    (a, b) => a - b,
  );

  // No glyph names (post format 3), keep the source's own timestamps: the output depends only on input.
  ttf.post = { ...ttf.post, format: 3 };
  delete ttf.GPOS;
  delete ttf.kern;
  delete ttf.kerx;
  const name = ttf.name ?? {};
  ttf.name = {
    ...name,
    // Make clear this is a modified (subset) build; the family name stays Noto Sans KR (no Reserved Font Name).
    version: `${name.version ?? 'Version'}; dmz-explainer subset`,
    uniqueSubFamily: `${name.uniqueSubFamily ?? name.fullName ?? 'NotoSansKR'}; dmz-explainer subset`,
  };

  const out = Font.create();
  out.set(ttf);
  const bytes = out.write({ type: 'woff2', hinting: false, kerning: false, toBuffer: true });
  return { woff2: Buffer.from(bytes), covered, missing, chunksUsed };
}

/** Parses a woff2 file and returns its cmap codepoints (sorted) and glyph count; for checks. */
export async function readWoff2Cmap(buffer) {
  await initWoff2();
  const ttf = Font.create(buffer, { type: 'woff2' }).get();
  return {
    codepoints: Object.keys(ttf.cmap).map(Number).sort((a, b) => a - b),
    glyphs: ttf.glyf.length,
    ttf,
  };
}
