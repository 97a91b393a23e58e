#!/usr/bin/env node
// Builds the self-hosted fonts in src/assets/fonts/ (run: `npm run fonts`, i.e. node scripts/fonts.mjs).
//
// - noto-sans-kr-subset.woff2 / noto-sans-kr-subset-700.woff2: ONE font each (Noto Sans KR 400/700)
//   holding exactly the glyphs the explainer can draw (map label names, Korean story, UI strings,
//   ASCII and common punctuation), merged from the @fontsource/noto-sans-kr unicode-range chunks.
//   Used for map labels (MapLibre `font-faces`) and for Korean page text.
// - noto-sans-latin-400.woff2 / -700.woff2: @fontsource/noto-sans latin, copied as is, for English text.
// - codepoints.json: the sorted codepoints in the subsets (the unit tests check against it).
//
// Input: npm packages only (never fonts installed on the machine). Output is deterministic.
// Rerun whenever geo/*.geojson names, src/story/text/ko*, src/i18n or other Korean strings change;
// tests/unit/fonts.test.ts fails when a Hangul character is missing from the subset.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectCodepoints } from './fonts/codepoints.mjs';
import { readFontsourceCss } from './fonts/fontsource.mjs';
import { buildMergedSubset, readWoff2Cmap } from './fonts/subset.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'assets', 'fonts');
const require = createRequire(import.meta.url);
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** Size budget per subset file; the unit test enforces the same number. */
const SUBSET_BUDGET = 150 * 1024;

const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  mkdirSync(outDir, { recursive: true });
  const { codepoints: wanted, sources } = collectCodepoints(root, console.log);
  console.log(`Codepoints wanted: ${wanted.length}`);
  for (const s of sources) console.log(`  ${s.source}: ${s.codepoints} (${s.new} new)`);

  const kr = pkgDir('@fontsource/noto-sans-kr');
  const latin = pkgDir('@fontsource/noto-sans');
  const versions = {
    '@fontsource/noto-sans-kr': JSON.parse(readFileSync(join(kr, 'package.json'), 'utf8')).version,
    '@fontsource/noto-sans': JSON.parse(readFileSync(join(latin, 'package.json'), 'utf8')).version,
  };

  const outputs = [];
  let covered400 = null;
  for (const [weight, file] of [
    [400, 'noto-sans-kr-subset.woff2'],
    [700, 'noto-sans-kr-subset-700.woff2'],
  ]) {
    const chunks = readFontsourceCss(join(kr, `${weight}.css`));
    const res = await buildMergedSubset(chunks, wanted);
    if (res.missing.length) {
      console.warn(
        `  ! ${weight}: ${res.missing.length} codepoint(s) not in Noto Sans KR, left to fallback fonts: ` +
          res.missing.map((cp) => `${hex(cp)} ${String.fromCodePoint(cp)}`).join(', '),
      );
    }
    // Read it back: the file must parse and map every codepoint we meant to put in it.
    const check = await readWoff2Cmap(res.woff2);
    const back = new Set(check.codepoints);
    const lost = res.covered.filter((cp) => !back.has(cp));
    if (lost.length) throw new Error(`${file}: codepoints lost on write: ${lost.map(hex).join(' ')}`);
    if (res.woff2.length > SUBSET_BUDGET) {
      throw new Error(`${file} is ${kb(res.woff2.length)}, over the ${kb(SUBSET_BUDGET)} budget`);
    }
    if (covered400 && covered400.join() !== res.covered.join()) {
      throw new Error('the 400 and 700 subsets cover different codepoints');
    }
    covered400 ??= res.covered;
    writeFileSync(join(outDir, file), res.woff2);
    outputs.push({ file, bytes: res.woff2.length, glyphs: check.glyphs, chunks: res.chunksUsed.length });
    console.log(
      `Wrote ${relative(root, join(outDir, file))}: ${kb(res.woff2.length)}, ${check.glyphs} glyphs ` +
        `from ${res.chunksUsed.length} of ${chunks.length} chunks`,
    );
  }

  for (const weight of [400, 700]) {
    const src = join(latin, 'files', `noto-sans-latin-${weight}-normal.woff2`);
    const file = `noto-sans-latin-${weight}.woff2`;
    copyFileSync(src, join(outDir, file));
    const bytes = readFileSync(src).length;
    outputs.push({ file, bytes });
    console.log(`Copied ${relative(root, join(outDir, file))}: ${kb(bytes)}`);
  }

  writeFileSync(join(outDir, 'codepoints.json'), `${JSON.stringify(covered400)}\n`);
  console.log(`Wrote ${relative(root, join(outDir, 'codepoints.json'))}: ${covered400.length} codepoints`);

  copyFileSync(join(kr, 'LICENSE'), join(outDir, 'LICENSE-noto-sans-kr.txt'));
  copyFileSync(join(latin, 'LICENSE'), join(outDir, 'LICENSE-noto-sans.txt'));
  writeReadme(outputs, covered400, versions);
}

function writeReadme(outputs, covered, versions) {
  const hangul = covered.filter((cp) => cp >= 0xac00 && cp <= 0xd7a3).length;
  const rows = outputs
    .map((o) => `| \`${o.file}\` | ${o.bytes.toLocaleString('en-US')} B (${kb(o.bytes)}) | ${o.glyphs ?? '—'} |`)
    .join('\n');
  const text = `# Self-hosted fonts

Generated by \`npm run fonts\` (\`node scripts/fonts.mjs\`). Do not edit by hand: rerun the script
whenever place names in \`geo/*.geojson\`, the Korean story (\`src/story/text/ko*\`), UI strings
(\`src/i18n/\`) or any other Korean text in \`src/\` change. \`tests/unit/fonts.test.ts\` fails when
a Hangul character used there is missing from the subset.

The explainer must work offline, so there is no font CDN and no glyph server. MapLibre draws the map
labels from \`noto-sans-kr-subset.woff2\` through the style's \`font-faces\` property, and
\`src/fonts.ts\` registers the page fonts (family \`dmz-sans\`) with \`document.fonts\`.

| file | size | glyphs |
| --- | --- | --- |
${rows}

- \`noto-sans-kr-subset.woff2\`, \`noto-sans-kr-subset-700.woff2\`: Noto Sans KR Regular (400) and
  Bold (700), subset to the ${covered.length} codepoints in \`codepoints.json\` (${hangul} Hangul
  syllables, plus printable ASCII, punctuation and the other characters the text uses). Built from the
  \`@fontsource/noto-sans-kr\` ${versions['@fontsource/noto-sans-kr']} woff2 chunks: the chunks whose
  \`unicode-range\` covers a wanted codepoint are subset and merged into one font with
  [fonteditor-core](https://github.com/kekee000/fonteditor-core) (composite glyphs flattened, no
  hinting, no kerning, no glyph names, \`head\` dates kept from the source so the build is reproducible).
- \`noto-sans-latin-400.woff2\`, \`noto-sans-latin-700.woff2\`: \`@fontsource/noto-sans\`
  ${versions['@fontsource/noto-sans']} latin subset, copied unchanged, for English page text.
- \`codepoints.json\`: the sorted codepoints the two subsets map.

## Licence

Noto Sans KR and Noto Sans are licensed under the SIL Open Font License, Version 1.1 (no Reserved
Font Names). The subsets are modified versions under the same licence. The full licence texts, with
the copyright notices, are in \`LICENSE-noto-sans-kr.txt\` and \`LICENSE-noto-sans.txt\` (copied from
the npm packages' \`LICENSE\` files); see also <https://openfontlicense.org>.
`;
  writeFileSync(join(outDir, 'README.md'), text);
}

if (!existsSync(join(root, 'package.json'))) throw new Error('run from the repository');
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
