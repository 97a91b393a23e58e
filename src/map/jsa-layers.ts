/**
 * The Joint Security Area at site scale (zoom 14 and in), for the `jsa-shooting` chapter: the MDL
 * through the conference row, the 72-Hour Bridge, the ditch where the jeep stopped, the run and
 * the wall where Oh fell (facts sheet §1, §3). Pure layer specifications over the `story` source;
 * the features come from `geo/scripts/jsa.mjs`, and every one but the MDL and the bridge is a
 * schematic drawn from described distances, which the map says in a note of its own.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_FONT_NAME } from '../fonts.js';
import type { Lang } from '../story/types.js';
import type { Bounds } from './geometry.js';
import type { Palette } from './palette.js';

/** The GeoJSON source these layers read: the style's `story` source, built from geo/story.geojson. */
export const JSA_SITE_SOURCE = 'story';

/** Below this zoom the site is a few pixels across and its labels would only clutter the band. */
export const JSA_SITE_MINZOOM = 14;

/**
 * A camera for `jsa-shooting` that frames the 72-Hour Bridge (north-west corner) and the run,
 * jeep stop, wall, conference row and note (south-east), with room for the labels, which are
 * placed west and south of the run. It fits about zoom 15.7-15.9 on a desktop map panel and
 * 14.6 on a phone, where the run is still ~25 px of thick stroke with both ends marked.
 */
export const JSA_SITE_CAMERA: { readonly bounds: Bounds; readonly maxZoom: number } = {
  bounds: [[126.67, 37.9535], [126.6795, 37.9598]],
  maxZoom: 17,
};

/** The legend / scene group that switches every layer below. */
export const JSA_SITE_GROUP = 'jsa-site';

/** Feature ids in geo/story.geojson that the layers draw (ids are stable: tests key on them). */
export const JSA_SITE_FEATURES = {
  mdl: 'jsa-mdl-local',
  mdlLabel: 'jsa-mdl-label',
  row: 'jsa-conference-row',
  rowLabel: 'jsa-conference-row-label',
  bridge: 'jsa-72-hour-bridge',
  jeep: 'jsa-jeep-stop',
  run: 'jsa-run',
  runLabel: 'jsa-run-mid',
  wall: 'jsa-wall',
  note: 'jsa-schematic-note',
} as const;

/**
 * Every layer id, bottom to top. MapLibre places labels from the top layer down, so the symbol
 * layers run from least to most important: when space is short the run's two ends win over the
 * bridge, the buildings and the note.
 */
export const JSA_SITE_LAYER_IDS = [
  'jsa-site-conference',
  'jsa-site-conference-outline',
  'jsa-site-mdl',
  'jsa-site-run-casing',
  'jsa-site-run',
  'jsa-site-jeep',
  'jsa-site-wall',
  'jsa-site-bridge',
  'jsa-site-note',
  'jsa-site-conference-label',
  'jsa-site-mdl-label',
  'jsa-site-bridge-label',
  'jsa-site-run-label',
  'jsa-site-wall-label',
  'jsa-site-jeep-label',
  'jsa-site-run-arrow',
] as const;

/** One of {@link JSA_SITE_LAYER_IDS}. */
export type JsaSiteLayerId = (typeof JSA_SITE_LAYER_IDS)[number];

/** Legend group name to the layers it switches, in the shape of `GROUP_LAYERS` in layers.ts. */
export const JSA_SITE_GROUP_LAYERS: Readonly<Record<typeof JSA_SITE_GROUP, readonly JsaSiteLayerId[]>> = {
  [JSA_SITE_GROUP]: JSA_SITE_LAYER_IDS,
};

const byId = (id: string): FilterSpecification => ['==', ['get', 'id'], id];
const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'ko' ? 'name_ko' : 'name_en'];
/** Thicker with zoom: the 60 m run is a bold stroke at site zoom (15-17) and still a line at 14. */
const byZoom = (at14: number, at17: number): ExpressionSpecification => [
  'interpolate', ['linear'], ['zoom'], JSA_SITE_MINZOOM, at14, 17, at17,
];

/**
 * The site layers, all hidden until a scene shows the `jsa-site` group. Append them after the
 * overlay layers: on top, the full run covers the progressive `jsa-run` stroke (the run is
 * complete on arrival) and these labels are placed before the places and run labels.
 */
export function jsaSiteLayers(p: Palette, lang: Lang): LayerSpecification[] {
  const base = { source: JSA_SITE_SOURCE, minzoom: JSA_SITE_MINZOOM } as const;
  const hidden = { visibility: 'none' as const };
  // Text 13 px for the run and its ends, 12 px for the rest, on a 2 px halo: legible on a phone.
  const text = (size = 13) => ({
    ...hidden,
    'text-font': [MAP_FONT_NAME],
    'text-size': size,
    'text-field': nameField(lang),
    'text-max-width': 11,
    'text-line-height': 1.15,
  });
  const halo = (color: string) => ({ 'text-color': color, 'text-halo-color': p.halo, 'text-halo-width': 2 });
  const F = JSA_SITE_FEATURES;
  return [
    {
      id: 'jsa-site-conference',
      type: 'fill',
      ...base,
      filter: byId(F.row),
      layout: { ...hidden },
      paint: { 'fill-color': p.distance, 'fill-opacity': 0.45 },
    },
    // Dashed: the blocks are a drawing device, not traced buildings.
    {
      id: 'jsa-site-conference-outline',
      type: 'line',
      ...base,
      filter: byId(F.row),
      layout: { ...hidden },
      paint: { 'line-color': p.distance, 'line-width': 1.5, 'line-dasharray': [2, 1] },
    },
    {
      id: 'jsa-site-mdl',
      type: 'line',
      ...base,
      filter: byId(F.mdl),
      layout: { ...hidden, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.mdl, 'line-width': byZoom(3, 5) },
    },
    {
      id: 'jsa-site-run-casing',
      type: 'line',
      ...base,
      filter: byId(F.run),
      layout: { ...hidden, 'line-cap': 'round' },
      paint: { 'line-color': p.halo, 'line-width': byZoom(10, 16) },
    },
    {
      id: 'jsa-site-run',
      type: 'line',
      ...base,
      filter: byId(F.run),
      layout: { ...hidden, 'line-cap': 'round' },
      paint: { 'line-color': p.run, 'line-width': byZoom(6, 10) },
    },
    // Start hollow, end solid: the direction reads even where the arrow has no room.
    {
      id: 'jsa-site-jeep',
      type: 'circle',
      ...base,
      filter: byId(F.jeep),
      layout: { ...hidden },
      paint: { 'circle-radius': byZoom(4, 7), 'circle-color': p.halo, 'circle-stroke-color': p.run, 'circle-stroke-width': 3 },
    },
    {
      id: 'jsa-site-wall',
      type: 'circle',
      ...base,
      filter: byId(F.wall),
      layout: { ...hidden },
      paint: { 'circle-radius': byZoom(4, 7.5), 'circle-color': p.run, 'circle-stroke-color': p.halo, 'circle-stroke-width': 2.5 },
    },
    {
      id: 'jsa-site-bridge',
      type: 'circle',
      ...base,
      filter: byId(F.bridge),
      layout: { ...hidden },
      paint: { 'circle-radius': 5.5, 'circle-color': p.text, 'circle-stroke-color': p.halo, 'circle-stroke-width': 2 },
    },
    {
      id: 'jsa-site-note',
      type: 'symbol',
      ...base,
      filter: byId(F.note),
      layout: { ...text(12), 'text-anchor': 'top', 'text-offset': [0, 0.6] },
      paint: halo(p.approxText),
    },
    // Hangs below the row. The gap grows as the site shrinks (a phone's frame is about a zoom
    // level wider than a desktop's), so it clears the wall's label there and stays close here.
    {
      id: 'jsa-site-conference-label',
      type: 'symbol',
      ...base,
      filter: byId(F.rowLabel),
      layout: {
        ...text(12),
        'text-max-width': 9,
        // Never 'top-left': text running east of the row is what a phone's frame cuts off.
        'text-variable-anchor': ['top', 'top-right'],
        'text-radial-offset': ['interpolate', ['linear'], ['zoom'], 14.5, 3, 15.5, 1, 16.5, 0.4],
        'text-justify': 'auto',
      },
      paint: halo(p.text),
    },
    {
      id: 'jsa-site-mdl-label',
      type: 'symbol',
      ...base,
      filter: byId(F.mdlLabel),
      layout: { ...text(13), 'text-variable-anchor': ['bottom', 'top'], 'text-radial-offset': 0.6 },
      paint: halo(p.mdl),
    },
    {
      id: 'jsa-site-bridge-label',
      type: 'symbol',
      ...base,
      filter: byId(F.bridge),
      layout: { ...text(12), 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.8 },
      paint: halo(p.text),
    },
    // North-up, the run goes from upper right (jeep) to lower left (wall), the row lies to its
    // lower right and the bridge far to the upper left. The end labels are offered the west side
    // first: that is where the frame has room, and text to the east would widen the camera.
    // Narrow, to fit in the room east of the run that a phone's frame leaves.
    {
      id: 'jsa-site-run-label',
      type: 'symbol',
      ...base,
      filter: byId(F.runLabel),
      layout: {
        ...text(),
        'text-max-width': 6,
        'text-variable-anchor': ['left', 'top-left', 'bottom-left'],
        'text-radial-offset': 1.1,
        'text-justify': 'left',
      },
      paint: halo(p.run),
    },
    {
      id: 'jsa-site-wall-label',
      type: 'symbol',
      ...base,
      filter: byId(F.wall),
      layout: {
        ...text(),
        'text-variable-anchor': ['right', 'top-right', 'bottom-right', 'top'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: halo(p.run),
    },
    {
      id: 'jsa-site-jeep-label',
      type: 'symbol',
      ...base,
      filter: byId(F.jeep),
      layout: {
        ...text(),
        'text-variable-anchor': ['bottom-right', 'right', 'bottom', 'bottom-left'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: halo(p.run),
    },
    // An arrow glyph riding the run from jeep to wall. Not kept upright: flipping it to read
    // left-to-right would point it back at the jeep. MapLibre drops it when the run is too short.
    {
      id: 'jsa-site-run-arrow',
      type: 'symbol',
      ...base,
      filter: byId(F.run),
      layout: {
        ...hidden,
        'symbol-placement': 'line-center',
        'text-field': '→',
        'text-font': [MAP_FONT_NAME],
        'text-size': byZoom(14, 20),
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': p.halo, 'text-halo-color': p.run, 'text-halo-width': 1.5 },
    },
  ];
}
