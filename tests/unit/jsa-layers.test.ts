// @vitest-environment node
/**
 * The JSA site layers against the committed geo/story.geojson, evaluated with MapLibre's own
 * style-spec (validation, filters, expressions) rather than by reading the specs back by hand.
 * The label texts expected here are the wording, not copied from the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  createExpression,
  featureFilter,
  validateStyleMin,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import codepoints from '../../src/assets/fonts/codepoints.json';
import { cameraTarget, insetsFor, project } from '../../src/map/camera';
import {
  JSA_SITE_CAMERA,
  JSA_SITE_GROUP,
  JSA_SITE_GROUP_LAYERS,
  JSA_SITE_LAYER_IDS,
  JSA_SITE_MINZOOM,
  JSA_SITE_SOURCE,
  jsaSiteLayers,
} from '../../src/map/jsa-layers';
import { PALETTES, type Theme } from '../../src/map/palette';
import type { Lang } from '../../src/story/types';

const story = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../geo/story.geojson'), 'utf8'),
) as FeatureCollection;

const GEOM_TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;
const geomType = (f: Feature): 1 | 2 | 3 =>
  GEOM_TYPE[f.geometry.type.replace('Multi', '') as keyof typeof GEOM_TYPE];

/** The features a layer's filter selects, evaluated by MapLibre's filter implementation. */
function selected(layer: LayerSpecification): Feature[] {
  if (!('filter' in layer)) return story.features;
  const filter = featureFilter(layer.filter, `layers[${layer.id}].filter`);
  return story.features.filter((f) =>
    filter.filter({ zoom: 16 }, { type: geomType(f), properties: f.properties ?? {} }),
  );
}

/** A symbol layer's text for a feature, evaluated as MapLibre would at zoom 16. */
function textOf(layer: Extract<LayerSpecification, { type: 'symbol' }>, f: Feature): string {
  const field = layer.layout?.['text-field'];
  const parsed = createExpression(field, `layers[${layer.id}].layout.text-field`);
  if (parsed.result !== 'success') throw new Error(`${layer.id}: ${JSON.stringify(parsed.value)}`);
  const value: unknown = parsed.value.evaluate({ zoom: 16 }, { type: geomType(f), properties: f.properties ?? {} });
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

/** WCAG 2.2 contrast ratio of two #rrggbb colours (as in palette.test.ts, which cannot be imported: it registers tests). */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const m = /^#([0-9a-f]{6})$/i.exec(hex);
    if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
    const [r, g, bl] = [0, 2, 4]
      .map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const symbols = (layers: LayerSpecification[]) =>
  layers.filter((l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol');
const HANGUL = /[\uAC00-\uD7A3]/u;

describe.each(['light', 'dark'] as Theme[])('JSA site layers, %s theme', (theme) => {
  const p = PALETTES[theme];

  it.each(['en', 'ko'] as Lang[])('form a valid MapLibre style over the story source (%s)', (lang) => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [JSA_SITE_SOURCE]: { type: 'geojson', data: story } },
      layers: jsaSiteLayers(p, lang),
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('keep every label legible: literal colours, text ≥ 12 px, halo ≥ 1.5 px, contrast ≥ 4.5:1', () => {
    for (const layer of symbols(jsaSiteLayers(p, 'en'))) {
      const paint = layer.paint ?? {};
      const [color, halo] = [paint['text-color'], paint['text-halo-color']];
      expect(typeof color, layer.id).toBe('string');
      expect(typeof halo, layer.id).toBe('string');
      expect(paint['text-halo-width'] as number, layer.id).toBeGreaterThanOrEqual(1.5);
      expect(contrast(color as string, halo as string), layer.id).toBeGreaterThanOrEqual(4.5);
      const size = layer.layout?.['text-size'];
      // A zoom curve counts by its smallest stop.
      const min = typeof size === 'number' ? size : Math.min(...(size as unknown[]).slice(3).filter((_, i) => i % 2 === 1).map(Number));
      expect(min, `${layer.id} text-size`).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('JSA site layer ids and groups', () => {
  const layers = jsaSiteLayers(PALETTES.light, 'en');

  it('returns exactly the exported ids, each once, in the exported order', () => {
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...JSA_SITE_LAYER_IDS]);
  });

  it('puts every layer in the jsa-site group and nothing else', () => {
    expect(Object.keys(JSA_SITE_GROUP_LAYERS)).toEqual([JSA_SITE_GROUP]);
    expect([...JSA_SITE_GROUP_LAYERS['jsa-site']].sort()).toEqual(layers.map((l) => l.id).sort());
  });

  it('starts hidden and stays out of the peninsula view (minzoom ≥ 14)', () => {
    for (const l of layers) {
      expect(l.layout?.visibility, l.id).toBe('none');
      expect(l.minzoom ?? 0, l.id).toBeGreaterThanOrEqual(14);
    }
  });
});

describe('JSA site layers select committed features', () => {
  const layers = jsaSiteLayers(PALETTES.light, 'en');
  // Which geometry each layer type can draw (a line layer strokes polygon rings too); symbols
  // are placed at points unless they are line-placed.
  const drawable = (l: LayerSpecification): string[] => {
    if (l.type === 'fill') return ['Polygon', 'MultiPolygon'];
    if (l.type === 'line') return ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
    if (l.type === 'circle') return ['Point'];
    const placement = l.type === 'symbol' ? l.layout?.['symbol-placement'] : undefined;
    return placement === 'line' || placement === 'line-center' ? ['LineString'] : ['Point'];
  };

  it.each(layers.map((l) => [l.id, l] as const))('%s reads the story source and draws a feature in it', (_id, layer) => {
    expect('source' in layer && layer.source).toBe(JSA_SITE_SOURCE);
    const hits = selected(layer);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(drawable(layer), String(f.properties?.['id'])).toContain(f.geometry.type);
    // Only the JSA: a filter that matched the fog area or a distance line would be a bug.
    for (const f of hits) expect(String(f.properties?.['id'])).toMatch(/^jsa-/);
  });

  it('labels the site features in both languages with the wording the issue asks for', () => {
    const texts = (lang: Lang) =>
      symbols(jsaSiteLayers(PALETTES.light, lang))
        .filter((l) => l.id !== 'jsa-site-run-arrow')
        .flatMap((l) => selected(l).map((f) => textOf(l, f)))
        // No-break spaces keep "(~10 m …)" on one line; they read as spaces.
        .map((t) => t.replace(/\u00A0/g, ' '));
    const en = texts('en');
    for (const want of [
      '72-Hour Bridge',
      'Jeep stuck in ditch (~10 m short of the MDL)',
      'Fell by a low wall (~50 m south)',
      'MDL',
      'Conference buildings',
      'Schematic: positions approximate',
      "Oh's run, about 60 m",
    ]) {
      expect(en.some((t) => t.includes(want)), want).toBe(true);
    }
    const ko = texts('ko');
    expect(ko).toHaveLength(en.length);
    for (const t of ko) {
      expect(t, 'Korean label').toMatch(HANGUL);
      const missing = [...t].filter((c) => HANGUL.test(c) && !codepoints.includes(c.codePointAt(0)!));
      expect(missing, `${t}: not in the font subset`).toEqual([]);
    }
    // The numbers survive translation.
    expect(ko.some((t) => t.includes('10m'))).toBe(true);
    expect(ko.some((t) => t.includes('50m'))).toBe(true);
    expect(ko.some((t) => t.includes('60m'))).toBe(true);
  });

  it('marks the run with a direction arrow that is never flipped back toward the jeep', () => {
    const arrow = symbols(layers).find((l) => l.id === 'jsa-site-run-arrow')!;
    expect(arrow.layout?.['symbol-placement']).toBe('line-center');
    expect(arrow.layout?.['text-keep-upright']).toBe(false);
    const run = selected(arrow)[0]!;
    const jeep = story.features.find((f) => f.properties?.['id'] === 'jsa-jeep-stop')!;
    // The glyph points along the line's own direction, so the line must start at the jeep.
    expect(run.geometry.type === 'LineString' && run.geometry.coordinates[0]).toEqual(
      jeep.geometry.type === 'Point' && jeep.geometry.coordinates,
    );
  });
});

describe('the suggested jsa-shooting camera', () => {
  // Map sizes the explainer gives the map: the desktop panel beside a 38 % text column at
  // 1440x900 and 1280x800, and two phones whose text cards cover the lower 45 %.
  const VIEWS = [
    ['desktop', 893, 900],
    ['desktop', 794, 800],
    ['phone', 390, 844],
    ['phone', 375, 667],
  ] as const;
  const coordsOf = (id: string): [number, number][] => {
    const f = story.features.find((x) => x.properties?.['id'] === id);
    if (!f) throw new Error(`no ${id}`);
    const g = f.geometry;
    if (g.type === 'Point') return [g.coordinates as [number, number]];
    if (g.type === 'LineString') return g.coordinates as [number, number][];
    if (g.type === 'MultiPolygon') return g.coordinates.flat(2) as [number, number][];
    throw new Error(`unexpected ${g.type}`);
  };
  const SITE = ['jsa-72-hour-bridge', 'jsa-jeep-stop', 'jsa-run', 'jsa-wall', 'jsa-conference-row', 'jsa-schematic-note', 'jsa-mdl-label'];

  it.each(VIEWS)('%s %ix%i: every site feature is in the clear part of the map, the run at least 20 px', (layout, w, h) => {
    const insets = insetsFor(layout, 'scroll', w, h);
    const target = cameraTarget({ kind: 'bounds', ...JSA_SITE_CAMERA }, w, h, insets);
    const margin = 12;
    for (const id of SITE) {
      for (const c of coordsOf(id)) {
        const [x, y] = project(c, target, w, h);
        expect(x, `${id} x`).toBeGreaterThanOrEqual(insets.left + margin);
        expect(x, `${id} x`).toBeLessThanOrEqual(w - insets.right - margin);
        expect(y, `${id} y`).toBeGreaterThanOrEqual(insets.top + margin);
        expect(y, `${id} y (text card starts at ${h - insets.bottom})`).toBeLessThanOrEqual(h - insets.bottom - margin);
      }
    }
    const [a, b] = coordsOf('jsa-run').map((c) => project(c, target, w, h));
    expect(Math.hypot(b![0] - a![0], b![1] - a![1])).toBeGreaterThanOrEqual(20);
    expect(target.zoom).toBeGreaterThanOrEqual(JSA_SITE_MINZOOM);
  });
});
