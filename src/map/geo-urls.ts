import type { GeoUrls } from './geo-data.js';

/**
 * The committed data, resolved against this module so a host page on any path, an embed or an
 * npm bundle finds it. Kept apart from the map element so text-only code never pulls in MapLibre.
 */
export const DEFAULT_GEO_URLS: GeoUrls = {
  basemap: new URL('../../geo/basemap.geojson', import.meta.url).href,
  mdl: new URL('../../geo/mdl.geojson', import.meta.url).href,
  dmz: new URL('../../geo/dmz.geojson', import.meta.url).href,
  places: new URL('../../geo/places.geojson', import.meta.url).href,
  story: new URL('../../geo/story.geojson', import.meta.url).href,
};
