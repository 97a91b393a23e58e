import type { GeoUrls } from './geo-data.js';
import { assetUrl } from '../base-path.js';

/**
 * The committed data, resolved against this module so a host page on any path, an embed or an
 * npm bundle finds it, or in the folder given to `setBasePath` (base-path.ts). Getters, so that a
 * base path set after this module loaded (but before the map loads its data) still applies. Kept
 * apart from the map element so text-only code never pulls in MapLibre.
 */
export const DEFAULT_GEO_URLS: GeoUrls = {
  get basemap() {
    return assetUrl('basemap.geojson', () => new URL('../../geo/basemap.geojson', import.meta.url).href);
  },
  get mdl() {
    return assetUrl('mdl.geojson', () => new URL('../../geo/mdl.geojson', import.meta.url).href);
  },
  get dmz() {
    return assetUrl('dmz.geojson', () => new URL('../../geo/dmz.geojson', import.meta.url).href);
  },
  get places() {
    return assetUrl('places.geojson', () => new URL('../../geo/places.geojson', import.meta.url).href);
  },
  get story() {
    return assetUrl('story.geojson', () => new URL('../../geo/story.geojson', import.meta.url).href);
  },
};
