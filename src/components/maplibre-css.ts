import { unsafeCSS } from 'lit';
import maplibreCss from 'virtual:maplibre-css';

/**
 * MapLibre's own CSS, for the map's shadow root (document styles do not reach it), cut down at
 * build time to the map, its canvas and the two controls the explainer shows.
 */
export const maplibreStyles = unsafeCSS(maplibreCss);
