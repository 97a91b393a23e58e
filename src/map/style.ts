import type { Feature, FeatureCollection } from 'geojson';
import type {
  FontFacesSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../story/types.js';
import type { GeoBundle } from './geo-data.js';
import { baseLayers, overlayLayers } from './layers.js';
import { jsaSiteLayers } from './jsa-layers.js';
import { PALETTES, type Theme } from './palette.js';
import { bakeStates, layerStates } from './layer-state.js';
import type { Scene } from './scenes.js';
import { pointAlong, type LngLat } from './geometry.js';
import { TIMELINE } from '../story/timeline.js';

export const ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · Natural Earth';

export interface StyleOptions {
  data: GeoBundle;
  theme: Theme;
  lang: Lang;
  fontFaces?: FontFacesSpecification;
  /** The scene to show: baked into the overlay layers, so a new style starts out showing it. */
  scene?: Scene;
}

function overlays(opts: StyleOptions) {
  const palette = PALETTES[opts.theme];
  // The JSA site's layers go on top: their labels then win placement over the places and the band's.
  const layers = [...overlayLayers(palette, opts.lang), ...jsaSiteLayers(palette, opts.lang)];
  return opts.scene ? bakeStates(layers, layerStates(opts.scene, palette)) : layers;
}

/** Where the country names sit: label positions only, chosen to fall inside each country. */
const COUNTRY_LABELS: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name_en: 'North Korea', name_ko: '북한' }, geometry: { type: 'Point', coordinates: [126.9, 40.0] } },
    { type: 'Feature', properties: { name_en: 'South Korea', name_ko: '남한' }, geometry: { type: 'Point', coordinates: [128.1, 36.6] } },
  ],
};

function storyLabels(fc: FeatureCollection, lang: Lang): FeatureCollection {
  const label = (f: Feature): Record<string, unknown> => {
    const p = f.properties ?? {};
    if (p['id'] === 'jsa-run' && typeof p['length_m'] === 'number') {
      return { label_en: `Oh's run, about ${p['length_m']} m`, label_ko: `오청성이 달린 길, 약 ${p['length_m']}m` };
    }
    if (p['kind'] === 'distance' && typeof p['km'] === 'number') {
      const [from_en, from_ko] = p['id'] === 'pyongyang-to-mdl' ? ['Pyongyang', '평양'] : ['Seoul', '서울'];
      return { label_en: `${from_en} to the MDL: about ${p['km']} km`, label_ko: `${from_ko}–군사분계선 약 ${p['km']}km` };
    }
    if (p['id'] === 'fog-crossing-area') {
      return { label_en: 'Approximate area of the crossing', label_ko: '귀순 추정 지역' };
    }
    return {};
  };
  void lang;
  const labelled = fc.features.map((f) => ({ ...f, properties: { ...(f.properties ?? {}), ...label(f) } }));
  // Short lines (a 60 m run, a 40 km distance at peninsula zoom) are too short for text placed
  // along them, so each labelled line also gets a point at its middle to carry the label.
  const points: Feature[] = labelled.flatMap((f) =>
    f.geometry.type === 'LineString' && f.properties['label_en']
      ? [
          {
            type: 'Feature',
            properties: { ...f.properties, id: `${f.properties['id']}-label`, kind: `${f.properties['kind']}-label` },
            geometry: { type: 'Point', coordinates: pointAlong(f.geometry.coordinates as LngLat[], 0.5) },
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection', features: [...labelled, ...points] };
}

/**
 * The timeline as points at their places: one per event (the dots), one per place and year
 * carrying that year's labels (events at one place share its point, so their labels are one
 * label), and one per place listing its years (the still view, where every year shows at once).
 */
function timelineFeatures(data: GeoBundle): FeatureCollection {
  const at = new Map(data.places.features.map((f) => [f.properties?.['id'], f.geometry] as const));
  const features: Feature[] = [];
  const groups = new Map<string, typeof TIMELINE>();
  TIMELINE.forEach((e, order) => {
    const geometry = at.get(e.place);
    if (!geometry) return;
    features.push({ type: 'Feature', geometry, properties: { kind: 'event', id: e.id, year: e.year, order, approximate: e.approximate } });
    for (const key of [`${e.place}|${e.year}`, e.place]) groups.set(key, [...(groups.get(key) ?? []), e]);
  });
  for (const [key, events] of groups) {
    const first = events[0]!;
    const geometry = at.get(first.place)!;
    const approximate = events.some((e) => e.approximate);
    const mark = approximate ? ' ≈' : '';
    if (key.includes('|')) {
      const lines = (lang: Lang) => events.map((e) => e.label[lang]).join('\n');
      features.push({ type: 'Feature', geometry, properties: { kind: 'year-label', year: first.year, label_en: `${first.year}${mark}\n${lines('en')}`, label_ko: `${first.year}${mark}\n${lines('ko')}` } });
    } else {
      const years = [...new Set(events.map((e) => e.year))].join(' · ') + mark;
      features.push({ type: 'Feature', geometry, properties: { kind: 'place-years', year: first.year, label_en: years, label_ko: years } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Our own GeoJSON sources, shared by the default style and a reader-supplied basemap. */
export function overlaySources(data: GeoBundle, lang: Lang): Record<string, SourceSpecification> {
  const story = storyLabels(data.story, lang);
  return {
    mdl: { type: 'geojson', data: data.mdl, attribution: ATTRIBUTION },
    dmz: { type: 'geojson', data: data.dmz },
    places: { type: 'geojson', data: data.places },
    story: { type: 'geojson', data: story },
    timeline: { type: 'geojson', data: timelineFeatures(data) },
    // A separate source with line metrics: line-gradient (the self-drawing run) needs them.
    'story-lines': {
      type: 'geojson',
      lineMetrics: true,
      data: { ...story, features: story.features.filter((f) => f.geometry.type === 'LineString') },
    },
  };
}

/** The complete default style: committed GeoJSON only, no tiles, no glyph server. */
export function buildStyle(opts: StyleOptions): StyleSpecification {
  const { data, theme, lang, fontFaces } = opts;
  const palette = PALETTES[theme];
  const style: StyleSpecification = {
    version: 8,
    name: 'dmz-explainer',
    sources: {
      basemap: { type: 'geojson', data: data.basemap, attribution: 'Natural Earth' },
      'country-labels': { type: 'geojson', data: COUNTRY_LABELS },
      ...overlaySources(data, lang),
    },
    layers: [...baseLayers(palette, lang), ...overlays(opts)],
  };
  if (fontFaces) style['font-faces'] = fontFaces;
  return style;
}

/**
 * Puts our sources and layers on top of a reader-supplied style (the `basemap` attribute).
 * Their glyphs and sprites stay theirs; our labels still use our self-hosted font.
 */
export function mergeOntoBasemap(base: StyleSpecification, opts: StyleOptions): StyleSpecification {
  const merged: StyleSpecification = {
    ...base,
    sources: { ...base.sources, ...overlaySources(opts.data, opts.lang) },
    layers: [...base.layers, ...overlays(opts)],
  };
  if (opts.fontFaces) merged['font-faces'] = { ...(base['font-faces'] ?? {}), ...opts.fontFaces };
  return merged;
}

