import { afterEach, describe, expect, it } from 'vitest';
import { assetUrl, getBasePath, setBasePath } from '../../src/base-path';
import { FONT_URLS } from '../../src/fonts';
import { DEFAULT_GEO_URLS } from '../../src/map/geo-urls';

afterEach(() => setBasePath(undefined));

describe('setBasePath: where the asset files are', () => {
  it('leaves each file to its import.meta.url default until set', () => {
    expect(getBasePath()).toBeUndefined();
    expect(assetUrl('basemap.geojson', () => 'https://default.example/a/basemap-x.geojson')).toBe('https://default.example/a/basemap-x.geojson');
    // The defaults are the source files themselves here (Vitest runs the sources).
    expect(DEFAULT_GEO_URLS.basemap).toMatch(/\/geo\/basemap\.geojson$/);
    expect(FONT_URLS.latinBold).toMatch(/\/assets\/fonts\/noto-sans-latin-700\.woff2$/);
  });

  it('names every file in the folder it is given, with or without a trailing slash', () => {
    setBasePath('https://cdn.example/dmz');
    expect(getBasePath()).toBe('https://cdn.example/dmz/');
    expect(DEFAULT_GEO_URLS.mdl).toBe('https://cdn.example/dmz/mdl.geojson');
    expect(DEFAULT_GEO_URLS.story).toBe('https://cdn.example/dmz/story.geojson');
    setBasePath('https://cdn.example/dmz/assets/');
    expect(FONT_URLS.krRegular).toBe('https://cdn.example/dmz/assets/noto-sans-kr-subset.woff2');
    expect(FONT_URLS.krBold).toBe('https://cdn.example/dmz/assets/noto-sans-kr-subset-700.woff2');
  });

  it('applies to objects read before it was set (getters, not values captured at import)', () => {
    const urls = DEFAULT_GEO_URLS;
    setBasePath('https://news.example/static/dmz/');
    expect({ ...urls }).toEqual({
      basemap: 'https://news.example/static/dmz/basemap.geojson',
      mdl: 'https://news.example/static/dmz/mdl.geojson',
      dmz: 'https://news.example/static/dmz/dmz.geojson',
      places: 'https://news.example/static/dmz/places.geojson',
      story: 'https://news.example/static/dmz/story.geojson',
    });
  });

  it('goes back to the defaults with undefined', () => {
    setBasePath('https://cdn.example/x/');
    setBasePath(undefined);
    expect(DEFAULT_GEO_URLS.dmz).toMatch(/\/geo\/dmz\.geojson$/);
  });
});
