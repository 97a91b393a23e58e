import { unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';

/** MapLibre's own CSS, for the map's shadow root: document styles do not reach it. */
export const maplibreStyles = unsafeCSS(maplibreCss);
