import type { LayerGroup, Scene, SceneData } from './scenes.js';

/** One line of the legend: a kind of thing the map draws. */
export type LegendEntry =
  | 'band'
  | 'mdl'
  | 'limit-lines'
  | 'place'
  | 'approx-place'
  | 'fog-area'
  | 'jsa-run'
  | 'jsa-site'
  | 'distance'
  | 'crossings'
  | 'event'
  | 'approx-event';

const ORDER: LegendEntry[] = [
  'band',
  'mdl',
  'limit-lines',
  'place',
  'approx-place',
  'fog-area',
  'jsa-run',
  'jsa-site',
  'distance',
  'crossings',
  'event',
  'approx-event',
];

/** A timeline event as the legend needs it. */
export interface LegendEvent {
  year: number;
  place: string;
  approximate: boolean;
}

/**
 * What the legend lists for a scene: derived from what the scene draws, place by place, so it
 * cannot promise a kind of mark the map does not show (an "approximate location" entry where
 * only exact places are drawn, or the other way round).
 */
export function legendEntries(scene: Scene, data: SceneData, events: readonly LegendEvent[] = []): LegendEntry[] {
  const out = new Set<LegendEntry>();
  const simple: Partial<Record<LayerGroup, LegendEntry>> = {
    band: 'band',
    mdl: 'mdl',
    'limit-lines': 'limit-lines',
    'fog-area': 'fog-area',
    'jsa-run': 'jsa-run',
    distance: 'distance',
  };
  for (const g of scene.groups) {
    const entry = simple[g];
    if (entry) out.add(entry);
    // The site drawing has the run in it, and says on the map that it is a schematic.
    if (g === 'jsa-site') out.add('jsa-run').add('jsa-site');
    if (g === 'places') {
      for (const id of scene.places.filter((p) => data.places[p])) out.add(data.approximate.has(id) ? 'approx-place' : 'place');
    }
    if (g === 'crossings' && scene.crossings.some((p) => data.places[p])) out.add('crossings');
    if (g === 'timeline' && scene.year !== null) {
      for (const e of events.filter((e) => e.year <= scene.year! && data.places[e.place])) out.add(e.approximate ? 'approx-event' : 'event');
    }
  }
  return ORDER.filter((e) => out.has(e));
}
