import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../story/types.js';
import type { Palette } from './palette.js';
import type { LayerGroup } from './scenes.js';
import { JSA_SITE_LAYER_IDS } from './jsa-layers.js';

/** Font name the labels ask for; `src/fonts.ts` maps it to the self-hosted file via `font-faces`. */
export const LABEL_FONT = 'Noto Sans KR Regular';

/** Which style layers each overlay group switches. Ids are stable: tests and events use them. */
export const GROUP_LAYERS: Record<LayerGroup, string[]> = {
  band: ['dmz-band-halo', 'dmz-band'],
  mdl: ['mdl', 'mdl-label'],
  'limit-lines': ['limit-lines', 'limit-lines-label'],
  places: ['places-dot', 'places-label'],
  'fog-area': ['fog-area', 'fog-area-outline', 'fog-area-label', 'fog'],
  'jsa-run': ['jsa-run', 'jsa-run-label'],
  distance: ['distance-line', 'distance-label'],
  crossings: ['crossings-dot'],
  timeline: ['timeline-dot', 'timeline-label'],
  'jsa-site': [...JSA_SITE_LAYER_IDS],
};

const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'ko' ? 'name_ko' : 'name_en'];

/** The base map: sea, land of each side, coasts. Not drawn when the reader brings a basemap. */
export function baseLayers(p: Palette, lang: Lang): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.sea } },
    {
      id: 'land-neighbour',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'side'], 'neighbour'],
      paint: { 'fill-color': p.neighbour },
    },
    {
      id: 'land-north',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'side'], 'north'],
      paint: { 'fill-color': p.north },
    },
    {
      id: 'land-south',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'side'], 'south'],
      paint: { 'fill-color': p.south },
    },
    {
      id: 'land-outline',
      type: 'line',
      source: 'basemap',
      filter: ['!=', ['get', 'side'], 'none'],
      paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 12, 1.2] },
    },
    {
      id: 'country-label',
      type: 'symbol',
      source: 'country-labels',
      maxzoom: 9,
      layout: {
        'text-field': nameField(lang),
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 8, 16],
        'text-transform': lang === 'en' ? 'uppercase' : 'none',
        'text-letter-spacing': lang === 'en' ? 0.12 : 0,
      },
      paint: { 'text-color': p.countryText, 'text-halo-color': p.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/** The explainer's own layers, drawn over either basemap. All start hidden; scenes show groups. */
export function overlayLayers(p: Palette, lang: Lang): LayerSpecification[] {
  const hidden = { visibility: 'none' as const };
  const label = (size: number) => ({
    'text-font': [LABEL_FONT],
    'text-size': size,
    visibility: 'none' as const,
  });
  const haloPaint = { 'text-color': p.text, 'text-halo-color': p.halo, 'text-halo-width': 1.6 };
  return [
    // At peninsula zoom the 4 km band is under a pixel wide, so a line stands in for it.
    {
      id: 'dmz-band-halo',
      type: 'line',
      source: 'mdl',
      maxzoom: 10,
      layout: { ...hidden, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.band,
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.45, 10, 0],
        'line-width': ['interpolate', ['exponential', 2], ['zoom'], 4, 5, 8, 9, 10, 30],
      },
    },
    {
      id: 'dmz-band',
      type: 'fill',
      source: 'dmz',
      filter: ['==', ['get', 'kind'], 'band'],
      layout: hidden,
      paint: { 'fill-color': p.band, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 7, 0, 9, 0.3, 15, 0.18] },
    },
    {
      id: 'limit-lines',
      type: 'line',
      source: 'dmz',
      filter: ['==', ['get', 'kind'], 'limit-line'],
      layout: hidden,
      paint: { 'line-color': p.limit, 'line-width': 1.4, 'line-dasharray': [3, 2] },
    },
    {
      id: 'limit-lines-label',
      type: 'symbol',
      source: 'dmz',
      minzoom: 9,
      filter: ['==', ['get', 'kind'], 'limit-line'],
      layout: { ...label(12), 'symbol-placement': 'line', 'text-field': nameField(lang), 'symbol-spacing': 400 },
      paint: haloPaint,
    },
    {
      id: 'fog-area',
      type: 'fill',
      source: 'story',
      filter: ['==', ['get', 'id'], 'fog-crossing-area'],
      layout: hidden,
      paint: { 'fill-color': p.approx, 'fill-opacity': 0.18 },
    },
    {
      id: 'fog-area-outline',
      type: 'line',
      source: 'story',
      filter: ['==', ['get', 'id'], 'fog-crossing-area'],
      layout: hidden,
      paint: { 'line-color': p.approx, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    // Fog is a translucent wash over the crossing area whose opacity follows scroll progress.
    {
      id: 'fog',
      type: 'fill',
      source: 'story',
      filter: ['==', ['get', 'id'], 'fog-crossing-area'],
      layout: hidden,
      paint: { 'fill-color': p.fog, 'fill-opacity': 0 },
    },
    {
      id: 'mdl',
      type: 'line',
      source: 'mdl',
      layout: { ...hidden, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.mdl, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 2.2, 16, 4] },
    },
    {
      id: 'mdl-label',
      type: 'symbol',
      source: 'mdl',
      minzoom: 8,
      layout: { ...label(13), 'symbol-placement': 'line', 'text-field': nameField(lang), 'symbol-spacing': 350 },
      paint: { ...haloPaint, 'text-color': p.mdl },
    },
    {
      id: 'jsa-run',
      type: 'line',
      source: 'story-lines',
      filter: ['==', ['get', 'id'], 'jsa-run'],
      layout: { ...hidden, 'line-cap': 'round' },
      paint: { 'line-width': 6, 'line-gradient': runGradient(p.run, 0) },
    },
    {
      id: 'jsa-run-label',
      type: 'symbol',
      source: 'story',
      filter: ['==', ['get', 'id'], 'jsa-run-label'],
      layout: {
        ...label(14),
        'text-field': ['get', lang === 'ko' ? 'label_ko' : 'label_en'],
        'text-variable-anchor': ['top-right', 'bottom-left', 'right', 'left'],
        'text-radial-offset': 1.2,
        'symbol-sort-key': 0,
      },
      paint: { ...haloPaint, 'text-color': p.run },
    },
    {
      id: 'fog-area-label',
      type: 'symbol',
      source: 'story',
      filter: ['==', ['get', 'id'], 'fog-crossing-area'],
      layout: { ...label(13), 'text-field': ['get', lang === 'ko' ? 'label_ko' : 'label_en'] },
      paint: { ...haloPaint, 'text-color': p.approxText, 'text-halo-width': 2 },
    },
    {
      id: 'distance-line',
      type: 'line',
      source: 'story-lines',
      filter: ['==', ['get', 'kind'], 'distance'],
      layout: hidden,
      paint: { 'line-color': p.distance, 'line-width': 2.5, 'line-dasharray': [1.5, 1.5] },
    },
    {
      id: 'distance-label',
      type: 'symbol',
      source: 'story',
      filter: ['==', ['get', 'kind'], 'distance-label'],
      layout: {
        ...label(13),
        'text-field': ['get', lang === 'ko' ? 'label_ko' : 'label_en'],
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-max-width': 9,
        'symbol-sort-key': 0,
      },
      paint: { ...haloPaint, 'text-color': p.distance },
    },
    {
      id: 'crossings-dot',
      type: 'circle',
      source: 'places',
      filter: ['in', ['get', 'id'], ['literal', []]],
      layout: hidden,
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': p.crossing, 'circle-stroke-width': 3 },
    },
    // The timeline's events: this year's bold in the run colour, earlier years' small and muted;
    // approximate places hollow, as for places. Filters and colours follow the year (layer-state.ts).
    {
      id: 'timeline-dot',
      type: 'circle',
      source: 'timeline',
      layout: { ...hidden, 'circle-sort-key': ['get', 'order'] },
      paint: {
        'circle-radius': 6,
        'circle-color': p.run,
        'circle-stroke-color': p.run,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'timeline-label',
      type: 'symbol',
      source: 'timeline',
      layout: {
        ...label(13),
        'text-field': ['get', lang === 'ko' ? 'label_ko' : 'label_en'],
        'text-variable-anchor': ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'],
        'text-radial-offset': 0.9,
        'text-max-width': 16,
        'text-justify': 'auto',
      },
      paint: { ...haloPaint, 'text-halo-width': 2 },
    },
    // Approximate places (county centres) are drawn hollow, exact ones solid.
    {
      id: 'places-dot',
      type: 'circle',
      source: 'places',
      layout: hidden,
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'capital', 5.5, 4.5],
        'circle-color': ['case', ['get', 'approximate'], p.halo, p.text],
        'circle-stroke-color': p.text,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      layout: {
        ...label(13),
        'text-field': ['case', ['get', 'approximate'], ['concat', nameField(lang), ' ≈'], nameField(lang)],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-size': ['match', ['get', 'kind'], 'capital', 15, 13],
      },
      paint: haloPaint,
    },
  ];
}

/** A line-gradient that draws the first `t` of a path and leaves the rest transparent. */
export function runGradient(color: string, t: number): ExpressionSpecification {
  const stop = Math.min(0.9999, Math.max(0.0001, t));
  return ['step', ['line-progress'], color, stop, 'rgba(0,0,0,0)'];
}
