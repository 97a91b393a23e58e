import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { GROUP_LAYERS, runGradient } from './layers.js';
import type { Palette } from './palette.js';
import type { Scene } from './scenes.js';

/** What a scene asks of one overlay layer: shown or not, and any filter or paint it drives. */
export interface LayerState {
  visible: boolean;
  filter?: FilterSpecification;
  paint?: Record<string, unknown>;
}

export function placesFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/**
 * The whole overlay as a scene wants it, layer by layer. One function serves both ways of
 * getting there: baked into a new style (so a theme or language change starts out right, with
 * the attribution of the sources in use), and applied to a live map as a diff on scroll.
 */
export function layerStates(scene: Scene, p: Palette): Map<string, LayerState> {
  const visible = new Set(scene.groups.flatMap((g) => GROUP_LAYERS[g]));
  const states = new Map<string, LayerState>();
  for (const id of Object.values(GROUP_LAYERS).flat()) states.set(id, { visible: visible.has(id) });
  const places = placesFilter(scene.places);
  states.get('places-dot')!.filter = places;
  states.get('places-label')!.filter = places;
  states.get('crossings-dot')!.filter = placesFilter(scene.crossings);
  states.get('fog')!.paint = { 'fill-opacity': 0.85 * scene.fog };
  states.get('jsa-run')!.paint = { 'line-gradient': runGradient(p.run, scene.run) };
  const year = scene.year ?? 0;
  const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
  states.get('timeline-dot')!.filter = ['all', kind('event'), ['<=', ['get', 'year'], year]];
  states.get('timeline-label')!.filter = scene.allYears ? kind('place-years') : ['all', kind('year-label'), ['==', ['get', 'year'], year]];
  const now = scene.allYears ? true : ['==', ['get', 'year'], year];
  states.get('timeline-dot')!.paint = {
    'circle-radius': ['case', now, 6, 3.5],
    'circle-color': ['case', ['get', 'approximate'], p.halo, ['case', now, p.run, p.text]],
    'circle-stroke-color': ['case', now, p.run, p.text],
  };
  return states;
}

/** A style's layers with the states applied: what `setStyle` gets, so nothing waits for a later pass. */
export function bakeStates(layers: LayerSpecification[], states: Map<string, LayerState>): LayerSpecification[] {
  return layers.map((layer) => {
    const s = states.get(layer.id);
    if (!s) return layer;
    const out = { ...layer, layout: { ...(layer.layout ?? {}), visibility: s.visible ? 'visible' : 'none' } } as LayerSpecification;
    if (s.filter) (out as { filter?: FilterSpecification }).filter = s.filter;
    if (s.paint) (out as { paint?: Record<string, unknown> }).paint = { ...(layer.paint ?? {}), ...s.paint };
    return out;
  });
}

/** The changes that take a map from `from` (what was applied) to `to`, as MapLibre calls. */
export interface LayerOps {
  setLayoutProperty(id: string, name: string, value: unknown): void;
  setFilter(id: string, filter: FilterSpecification): void;
  setPaintProperty(id: string, name: string, value: unknown): void;
  getLayer(id: string): unknown;
}

export function applyStates(map: LayerOps, from: Map<string, LayerState> | undefined, to: Map<string, LayerState>): void {
  for (const [id, s] of to) {
    if (!map.getLayer(id)) continue;
    const was = from?.get(id);
    if (!was || was.visible !== s.visible) map.setLayoutProperty(id, 'visibility', s.visible ? 'visible' : 'none');
    if (s.filter && JSON.stringify(s.filter) !== JSON.stringify(was?.filter)) map.setFilter(id, s.filter);
    for (const [name, value] of Object.entries(s.paint ?? {})) {
      if (JSON.stringify(value) !== JSON.stringify(was?.paint?.[name])) map.setPaintProperty(id, name, value);
    }
  }
}
