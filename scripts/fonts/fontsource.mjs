// Reads a Fontsource weight CSS file (e.g. @fontsource/noto-sans-kr/400.css) into its
// @font-face chunks: the woff2 file and the unicode-range each one covers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Parses one CSS unicode-range token: U+AC00, U+AC00-D7A3 or U+4?? into [start, end]. */
export function parseRange(token) {
  const t = token.trim();
  let m = /^u\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(t);
  if (m) return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
  m = /^u\+([0-9a-f]*)(\?+)$/i.exec(t);
  if (m) return [parseInt(m[1] + '0'.repeat(m[2].length), 16), parseInt(m[1] + 'f'.repeat(m[2].length), 16)];
  throw new Error(`bad unicode-range token: ${token}`);
}

/**
 * @param {string} cssPath absolute path of the CSS file
 * @returns {{name: string, file: string, ranges: [number, number][]}[]} in CSS order
 */
export function readFontsourceCss(cssPath) {
  const css = readFileSync(cssPath, 'utf8');
  const chunks = [];
  const re = /\/\*\s*([^*]+?)\s*\*\/\s*@font-face\s*{([^}]*)}/g;
  for (const [, name, body] of css.matchAll(re)) {
    const src = /url\(([^)]+\.woff2)\)/.exec(body);
    const range = /unicode-range:\s*([^;]+);/.exec(body);
    if (!src) continue;
    chunks.push({
      name,
      file: join(dirname(cssPath), src[1].replace(/^['"]|['"]$/g, '')),
      ranges: range ? range[1].split(',').map(parseRange) : [[0, 0x10ffff]],
    });
  }
  if (!chunks.length) throw new Error(`no @font-face rules with woff2 files in ${cssPath}`);
  return chunks;
}

export function inRanges(ranges, cp) {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** Compacts sorted codepoints into CSS unicode-range tokens ("U+41-5A", "U+AC00"). */
export function toUnicodeRange(sorted) {
  const out = [];
  const hex = (n) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return out;
}
