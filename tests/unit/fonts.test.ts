import { Font, woff2 } from 'fonteditor-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import codepoints from '../../src/assets/fonts/codepoints.json';
import {
  FONT_URLS,
  HANGUL_UNICODE_RANGE,
  MAP_FONT_NAME,
  PAGE_FONT_FAMILY,
  mapFontFaces,
  registerPageFonts,
  resetPageFontsForTests,
  toUnicodeRanges,
} from '../../src/fonts';

/** Same budget as scripts/fonts.mjs. */
const SUBSET_BUDGET = 150 * 1024;
const RERUN = 'rerun `npm run fonts` (node scripts/fonts.mjs) and commit src/assets/fonts/';

// Files are read through Vite's glob imports, so the test needs no Node typings.
const fontFiles = import.meta.glob<string>('../../src/assets/fonts/*.woff2', {
  query: '?inline',
  import: 'default',
  eager: true,
});
const geoFiles = import.meta.glob<string>(['../../geo/**/*.geojson', '!**/node_modules/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const koStory = import.meta.glob<string>(['../../src/story/text/ko.ts', '../../src/story/text/ko/**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sourceText = import.meta.glob<string>(['../../src/**/*.ts', '!../../src/assets/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function bytesOf(name: string): Uint8Array {
  const key = `../../src/assets/fonts/${name}`;
  const dataUrl = fontFiles[key];
  if (!dataUrl) throw new Error(`missing ${key}; ${RERUN}`);
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/gu;
const hangulIn = (s: string): number[] => [...s.matchAll(HANGUL)].map((m) => m[0].codePointAt(0)!);
const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`;

/** Every string under a feature's `properties` (names and labels). */
function propertyStrings(node: unknown, out: string[] = []): string[] {
  const values = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(values);
    else if (v && typeof v === 'object') Object.values(v).forEach(values);
  };
  if (Array.isArray(node)) node.forEach((n) => propertyStrings(n, out));
  else if (node && typeof node === 'object') {
    const n = node as { properties?: unknown; features?: unknown; geometries?: unknown };
    if (n.properties) values(n.properties);
    if (Array.isArray(n.features)) propertyStrings(n.features, out);
    if (Array.isArray(n.geometries)) propertyStrings(n.geometries, out);
  }
  return out;
}

const covered = new Set<number>(codepoints);

function uncovered(cps: Iterable<number>): string[] {
  return [...new Set(cps)].filter((cp) => !covered.has(cp)).sort((a, b) => a - b).map(hex);
}

const SUBSETS = ['noto-sans-kr-subset.woff2', 'noto-sans-kr-subset-700.woff2'] as const;
const LATIN = ['noto-sans-latin-400.woff2', 'noto-sans-latin-700.woff2'] as const;

beforeAll(async () => {
  await woff2.init();
});

describe('font files', () => {
  it.each([...SUBSETS, ...LATIN])('%s is a woff2 file', (name) => {
    const bytes = bytesOf(name);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('wOF2');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it.each(SUBSETS)('%s is within the size budget', (name) => {
    expect(bytesOf(name).length).toBeLessThanOrEqual(SUBSET_BUDGET);
  });

  it.each(SUBSETS)('%s has a glyph for every codepoint in codepoints.json, and no others', (name) => {
    const bytes = bytesOf(name);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const ttf = Font.create(buffer, { type: 'woff2' }).get();
    const cmap = Object.keys(ttf.cmap).map(Number);
    const inFont = new Set(cmap);
    expect(codepoints.filter((cp) => !inFont.has(cp)).map(hex)).toEqual([]);
    expect(cmap.length).toBe(codepoints.length);
    // A glyph with an outline for every non-space codepoint (e.g. Hangul, Latin letters).
    for (const cp of [0x41, 0x61, 0x30, 0xc11c, 0xc6b8]) {
      const glyph = ttf.glyf[ttf.cmap[String(cp)]!]!;
      expect(glyph.contours.length, hex(cp)).toBeGreaterThan(0);
    }
  });
});

describe('codepoints.json', () => {
  it('is sorted, unique and includes printable ASCII', () => {
    expect(codepoints).toEqual([...new Set(codepoints)].sort((a, b) => a - b));
    for (let cp = 0x20; cp <= 0x7e; cp++) expect(covered.has(cp), hex(cp)).toBe(true);
  });

  it('covers the built-in place and line names', () => {
    const names = '서울 평양 판문점 개성 파주 연천 철원 화천 양구 인제 고성 풍계리 성주 수원 군사분계선 북방한계선 남방한계선 비무장지대 북한 남한 조선민주주의인민공화국 대한민국 중국 일본 러시아';
    expect(uncovered(hangulIn(names))).toEqual([]);
  });

  it('covers every Hangul character in the names in geo/*.geojson', () => {
    for (const [file, text] of Object.entries(geoFiles)) {
      const strings = propertyStrings(JSON.parse(text) as unknown);
      expect(uncovered(strings.flatMap(hangulIn)), `${file}: ${RERUN}`).toEqual([]);
    }
  });

  it('covers every Hangul character in the Korean story (src/story/text/ko*)', () => {
    for (const [file, text] of Object.entries(koStory)) {
      expect(uncovered(hangulIn(text)), `${file}: ${RERUN}`).toEqual([]);
    }
  });

  it('covers every Hangul character anywhere in src/**/*.ts (UI strings, map labels)', () => {
    for (const [file, text] of Object.entries(sourceText)) {
      expect(uncovered(hangulIn(text)), `${file}: ${RERUN}`).toEqual([]);
    }
  });
});

describe('src/fonts.ts', () => {
  it('points at the generated files', () => {
    expect(FONT_URLS.krRegular).toMatch(/noto-sans-kr-subset\.woff2$/);
    expect(FONT_URLS.krBold).toMatch(/noto-sans-kr-subset-700\.woff2$/);
    expect(FONT_URLS.latinRegular).toMatch(/noto-sans-latin-400\.woff2$/);
    expect(FONT_URLS.latinBold).toMatch(/noto-sans-latin-700\.woff2$/);
  });

  it('toUnicodeRanges compacts runs', () => {
    expect(toUnicodeRanges([0x41, 0x42, 0x43, 0x45, 0xac00])).toEqual(['U+41-43', 'U+45', 'U+AC00']);
    expect(toUnicodeRanges([])).toEqual([]);
  });

  it('mapFontFaces declares the Latin file first, then the subset with its exact unicode-range', () => {
    const faces = mapFontFaces();
    const regular = faces[MAP_FONT_NAME];
    expect(Array.isArray(regular)).toBe(true);
    const [latin, face] = regular as { url: string; 'unicode-range'?: string[] }[];
    // English labels (A–Z, digits, the usual punctuation) fall in the Latin file's range.
    expect(latin!.url).toBe(FONT_URLS.latinRegular);
    const covers = (ranges: string[], cp: number) =>
      ranges.some((r) => {
        const [a, b = a] = r.slice(2).split('-').map((h) => parseInt(h, 16));
        return cp >= a! && cp <= b!;
      });
    for (const ch of 'Panmunjom (JSA) 2018 – Seoul’s') expect(covers(latin!['unicode-range']!, ch.codePointAt(0)!), ch).toBe(true);
    expect(covers(latin!['unicode-range']!, '판'.codePointAt(0)!)).toBe(false);
    expect(face!.url).toBe(FONT_URLS.krRegular);
    const ranges = face!['unicode-range']!;
    expect(ranges.every((r) => /^U\+[0-9A-F]{1,6}(-[0-9A-F]{1,6})?$/.test(r))).toBe(true);
    const expanded: number[] = [];
    for (const r of ranges) {
      const [a, b = a] = r.slice(2).split('-').map((h) => parseInt(h, 16));
      for (let cp = a!; cp <= b!; cp++) expanded.push(cp);
    }
    expect(expanded).toEqual(codepoints);
  });

  describe('registerPageFonts', () => {
    class FakeFontFace {
      status = 'unloaded';
      readonly loaded: Promise<FakeFontFace>;
      readonly weight: string;
      readonly unicodeRange: string;
      constructor(
        readonly family: string,
        readonly source: string,
        descriptors: { weight?: string; unicodeRange?: string } = {},
      ) {
        this.weight = descriptors.weight ?? 'normal';
        this.unicodeRange = descriptors.unicodeRange ?? 'U+0-10FFFF';
        this.loaded = new Promise(() => {});
      }
      load(): Promise<FakeFontFace> {
        this.status = 'loaded';
        return Promise.resolve(this);
      }
    }
    let added: FakeFontFace[];

    afterEach(() => {
      vi.unstubAllGlobals();
      resetPageFontsForTests();
    });

    function stubDocument(): void {
      added = [];
      vi.stubGlobal('FontFace', FakeFontFace);
      vi.stubGlobal('document', {
        fonts: {
          add: (f: FakeFontFace) => added.push(f),
          forEach: (cb: (f: FakeFontFace) => void) => added.forEach(cb),
        },
      });
    }

    it('registers Latin and Hangul faces in both weights, once', async () => {
      stubDocument();
      await Promise.all([registerPageFonts(), registerPageFonts()]);
      await registerPageFonts();
      expect(added).toHaveLength(4);
      expect(new Set(added.map((f) => f.family))).toEqual(new Set([PAGE_FONT_FAMILY]));
      expect(added.map((f) => f.weight).sort()).toEqual(['400', '400', '700', '700']);
      const hangul = added.filter((f) => f.unicodeRange === HANGUL_UNICODE_RANGE);
      expect(hangul.map((f) => f.source).sort()).toEqual(
        [`url("${FONT_URLS.krRegular}") format("woff2")`, `url("${FONT_URLS.krBold}") format("woff2")`].sort(),
      );
      for (const r of ['U+AC00-D7A3', 'U+1100-11FF', 'U+3130-318F', 'U+3000-303F', 'U+FF00-FFEF']) {
        expect(HANGUL_UNICODE_RANGE).toContain(r);
      }
    });

    it('does not register twice when another copy already did', async () => {
      stubDocument();
      added.push(new FakeFontFace(`"${PAGE_FONT_FAMILY}"`, 'url(x)'));
      await registerPageFonts();
      expect(added).toHaveLength(1);
    });

    it('preloads only the faces a language needs', async () => {
      stubDocument();
      await registerPageFonts('ko');
      const loaded = added.filter((f) => f.status === 'loaded');
      expect(loaded).toHaveLength(2);
      expect(loaded.every((f) => f.unicodeRange === HANGUL_UNICODE_RANGE)).toBe(true);
    });

    it('swallows failures with a warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      vi.stubGlobal('FontFace', class {
        constructor() {
          throw new Error('no fonts here');
        }
      });
      vi.stubGlobal('document', { fonts: { add: () => {}, forEach: () => {} } });
      await expect(registerPageFonts('en')).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    });

    it('is a no-op without a DOM', async () => {
      await expect(registerPageFonts()).resolves.toBeUndefined();
    });
  });
});
