import { html } from 'lit';
import type { FontFacesSpecification, PaddingOptions } from 'maplibre-gl';
import type { MapStatus } from '../controllers/map-controller.js';
import type { ExplainerErrorEvent } from '../events.js';
import type { GeoBundle } from '../map/geo-data.js';
import type { Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import type { Lang } from '../story/types.js';

/** Everything the map is given: it renders this and decides nothing about chapters. */
export interface MapView {
  data: GeoBundle | undefined;
  dataError: string;
  scene: Scene | undefined;
  lang: Lang;
  theme: Theme;
  basemap: string | undefined;
  description: string;
  reducedMotion: boolean;
  exploring: boolean;
  padding: PaddingOptions;
  fontFaces: FontFacesSpecification;
  settleMs: number;
}

/** What the explainer hears from its map: internal status and retry events, and public errors. */
export interface MapHandlers {
  status: (e: Event & { status: MapStatus }) => void;
  retry: () => void;
  error: (e: ExplainerErrorEvent) => void;
}

/** The map element, bound to the explainer's state. Properties keep their identity between frames (see Memo). */
export function renderMap(v: MapView, on: MapHandlers) {
  return html`<dmz-map
    part="map"
    .data=${v.data}
    .dataError=${v.dataError}
    .scene=${v.scene}
    .lang=${v.lang}
    .theme=${v.theme}
    .basemap=${v.basemap}
    .description=${v.description}
    .reducedMotion=${v.reducedMotion}
    .exploring=${v.exploring}
    .padding=${v.padding}
    .fontFaces=${v.fontFaces}
    .settleMs=${v.settleMs}
    @dmz-map-status=${on.status}
    @dmz-map-retry=${on.retry}
    @dmz-error=${on.error}
  ></dmz-map>`;
}
