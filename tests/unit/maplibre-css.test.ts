import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maplibreCss, subsetMaplibreCss } from '../../scripts/maplibre-css.mjs';

describe('MapLibre CSS subset', () => {
  const css = maplibreCss();

  it('keeps the map, its canvas and the attribution and navigation controls', () => {
    for (const selector of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-ctrl-attrib',
      '.maplibregl-ctrl-attrib-inner',
      '.maplibregl-ctrl-group button',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl button.maplibregl-ctrl-compass .maplibregl-ctrl-icon',
    ]) {
      expect(css, selector).toContain(selector);
    }
    // The zoom buttons keep their icons (SVG data URLs), or explore mode shows blank buttons.
    expect(css).toMatch(/maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{background-image:url\("data:image\/svg\+xml/);
  });

  it('drops what the explainer never shows', () => {
    for (const part of ['popup', 'marker', 'user-location', 'geolocate', 'fullscreen', 'terrain', 'globe', 'ctrl-scale', 'ctrl-logo', 'cooperative']) {
      expect(css, part).not.toContain(`maplibregl-${part}`);
    }
    expect(css).not.toContain('@keyframes');
  });

  it('keeps the selectors of a rule that name used classes only, and drops emptied at-rules', () => {
    const out = subsetMaplibreCss(
      '.maplibregl-ctrl button,.maplibregl-popup a{color:red}' +
        '@media print{.maplibregl-marker{display:none}}' +
        '@keyframes spin{from{opacity:0}to{opacity:1}}.maplibregl-canvas{animation:spin 1s}',
    );
    expect(out).toContain('.maplibregl-ctrl button{color:red}');
    expect(out).not.toContain('popup');
    expect(out).not.toContain('@media print');
    expect(out).toContain('@keyframes spin');
  });

  it('is a fraction of the full sheet', () => {
    expect(gzipSync(css).length).toBeLessThan(3 * 1024);
  });
});
