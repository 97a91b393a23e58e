// @vitest-environment node
/**
 * WCAG 2.2 AA contrast for everything drawn as text on the map. MapLibre labels sit on their
 * halo (1.5 px and more), so the halo is the background a reader sees behind each glyph. The
 * pairs are read from the built style, not listed by hand, so a new label layer is checked too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { GEO_FILE_IDS, type GeoBundle } from '../../src/map/geo-data';
import { PALETTES, type Theme } from '../../src/map/palette';
import { buildStyle } from '../../src/map/style';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const data = Object.fromEntries(
  GEO_FILE_IDS.map((id) => [id, JSON.parse(fs.readFileSync(path.resolve('geo', `${id}.geojson`), 'utf8')) as FeatureCollection]),
) as GeoBundle;

describe('contrast helper', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(['light', 'dark'] as Theme[])('map labels in the %s theme', (theme) => {
  const style = buildStyle({ data, theme, lang: 'en' });
  const labelLayers = style.layers.filter((l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol');

  it('every label layer has a literal text colour, a halo colour and a halo of at least 1.5 px', () => {
    expect(labelLayers.length).toBeGreaterThan(3);
    for (const layer of labelLayers) {
      const paint = layer.paint ?? {};
      expect(typeof paint['text-color'], `${layer.id} text-color`).toBe('string');
      expect(typeof paint['text-halo-color'], `${layer.id} text-halo-color`).toBe('string');
      expect(paint['text-halo-width'] as number, `${layer.id} text-halo-width`).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('every label is at least 4.5:1 against its halo (AA, normal-size text)', () => {
    for (const layer of labelLayers) {
      const text = layer.paint!['text-color'] as string;
      const halo = layer.paint!['text-halo-color'] as string;
      expect(contrast(text, halo), `${layer.id}: ${text} on ${halo}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('place dots are at least 3:1 against the land they sit on (AA, graphics)', () => {
    const p = PALETTES[theme];
    for (const land of [p.north, p.south, p.neighbour]) {
      expect(contrast(p.text, land), `dot ${p.text} on ${land}`).toBeGreaterThanOrEqual(3);
    }
  });
});
