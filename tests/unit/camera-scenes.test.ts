import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameraTarget, centreFor, fromMercator, insetsFor, project, toMercator } from '../../src/map/camera';
import type { FeatureCollection } from 'geojson';
import type { GeoBundle } from '../../src/map/geo-data';
import { containsPoint } from '../../src/map/geometry';
import { GROUP_LAYERS } from '../../src/map/layers';
import { legendEntries } from '../../src/map/legend';
import { buildStyle } from '../../src/map/style';
import { sceneData, sceneFor, viewBounds } from '../../src/map/scenes';
import { CHAPTER_IDS } from '../../src/story/types';

const load = (f: string) => JSON.parse(readFileSync(`geo/${f}.geojson`, 'utf8')) as FeatureCollection;
const bundle: GeoBundle = { basemap: load('basemap'), mdl: load('mdl'), dmz: load('dmz'), places: load('places'), story: load('story') };
const data = sceneData(bundle);

// The insets the explainer uses: desktop text beside the map, phone cards over its lower part.
const LAYOUTS = {
  desktop: { width: 900, height: 900, insets: { top: 56, bottom: 48, left: 48, right: 48 } },
  phone: { width: 390, height: 844, insets: { top: 56, bottom: Math.round(844 * 0.45), left: 24, right: 24 } },
  present: { width: 1440, height: 900, insets: { top: 48, bottom: 96, left: 700, right: 48 } },
};

describe('mercator helpers', () => {
  it('round-trip', () => {
    for (const p of [[126.6768, 37.956], [0, 0], [-70, -33]] as [number, number][]) {
      const back = fromMercator(toMercator(p));
      expect(back[0]).toBeCloseTo(p[0], 9);
      expect(back[1]).toBeCloseTo(p[1], 9);
    }
  });
  it('centreFor puts the focus at the centre of the free area', () => {
    const insets = { top: 0, bottom: 400, left: 0, right: 0 };
    const target = { center: centreFor([127, 38], 8, insets), zoom: 8, bearing: 0 };
    const [x, y] = project([127, 38], target, 400, 800);
    expect(x).toBeCloseTo(200, 6);
    expect(y).toBeCloseTo(200, 6);
  });
});

describe('insetsFor', () => {
  it('presenter mode clears the card, whose size follows the size unit', () => {
    // Card: 1.5 units from the left, min(44 units, 45 %) wide; then 24 px of air.
    expect(insetsFor('desktop', 'present', 1440, 900).left).toBe(24 + 648 + 24);
    expect(insetsFor('desktop', 'present', 2400, 900).left).toBe(24 + 704 + 24);
    expect(insetsFor('desktop', 'present', 2400, 900, 20).left).toBe(30 + 880 + 24);
    // Scroll mode's insets do not depend on it: the text column is beside the map.
    expect(insetsFor('desktop', 'scroll', 1440, 900, 20)).toEqual(insetsFor('desktop', 'scroll', 1440, 900));
  });
});

describe('chapter scenes', () => {
  for (const id of CHAPTER_IDS) {
    for (const progress of [0, 0.5, 1]) {
      it(`${id} at ${progress}: camera centre in the chapter's area, focus in the unobscured part`, () => {
        const scene = sceneFor(id, progress, data);
        for (const [name, l] of Object.entries(LAYOUTS)) {
          const target = cameraTarget(scene.camera, l.width, l.height, l.insets);
          const [x, y] = project(scene.focus, target, l.width, l.height);
          expect(x, `${name} x`).toBeGreaterThanOrEqual(l.insets.left - 1);
          expect(x, `${name} x`).toBeLessThanOrEqual(l.width - l.insets.right + 1);
          expect(y, `${name} y`).toBeGreaterThanOrEqual(l.insets.top - 1);
          expect(y, `${name} y`).toBeLessThanOrEqual(l.height - l.insets.bottom + 1);
        }
        expect(containsPoint(scene.area, scene.focus)).toBe(true);
      });
    }
  }
  it('every place a scene labels exists in places.geojson', () => {
    for (const id of CHAPTER_IDS) for (const p of sceneFor(id, 0, data).places) expect(data.places[p], `${id}: ${p}`).toBeDefined();
  });
  it('every layer a group switches is a layer the style really has', () => {
    const styleIds = new Set(buildStyle({ data: bundle, theme: 'light', lang: 'en' }).layers.map((l) => l.id));
    for (const [group, ids] of Object.entries(GROUP_LAYERS)) for (const id of ids) expect(styleIds.has(id), `${group}: ${id}`).toBe(true);
  });
  it('a style built for a scene starts out showing exactly that scene (so a restyle loses nothing)', () => {
    const scene = sceneFor('fog-crossing', 0.5, data);
    const style = buildStyle({ data: bundle, theme: 'dark', lang: 'ko', scene });
    const shown = style.layers.filter((l) => l.layout?.visibility === 'visible').map((l) => l.id);
    expect(shown).toContain('fog-area');
    expect(shown).toContain('mdl');
    expect(shown).not.toContain('jsa-run');
    expect(shown).not.toContain('distance-line');
    const dots = style.layers.find((l) => l.id === 'places-dot') as { filter?: unknown };
    expect(JSON.stringify(dots.filter)).toContain('yeoncheon');
  });
  it('the legend names exactly the kinds of place drawn (read from places.geojson, not from the code)', () => {
    const approx = new Set(
      load('places')
        .features.filter((f) => f.properties?.['approximate'] === true)
        .map((f) => String(f.properties?.['id'])),
    );
    // Panmunjom is exact; Yeoncheon, Cheorwon and Paju are county or city centres.
    expect(approx.has('panmunjom')).toBe(false);
    expect(approx.has('yeoncheon')).toBe(true);
    const entries = (id: (typeof CHAPTER_IDS)[number]) => legendEntries(sceneFor(id, 0, data), data);
    expect(entries('fog-crossing')).toContain('approx-place');
    expect(entries('fog-crossing')).not.toContain('place');
    expect(entries('jsa-shooting')).toEqual(expect.arrayContaining(['jsa-run', 'jsa-site']));
    expect(entries('jsa-shooting')).not.toContain('approx-place');
    expect(entries('intro')).toContain('place');
    expect(entries('intro')).not.toContain('approx-place');
    for (const id of CHAPTER_IDS) {
      const scene = sceneFor(id, 0, data);
      const hasApprox = scene.groups.includes('places') && scene.places.some((p) => approx.has(p));
      expect(entries(id).includes('approx-place'), id).toBe(hasApprox);
    }
  });
  it('the since-2017 timeline advances a year at a time with progress, from 2018; still, it shows every year', () => {
    const years = [0, 0.05, 0.3, 0.6, 0.99, 1].map((t) => sceneFor('since-2017', t, data).year!);
    expect(years[0]).toBe(2018);
    for (let i = 1; i < years.length; i++) expect(years[i]!).toBeGreaterThanOrEqual(years[i - 1]!);
    // The last year is the year of the latest event in the data.
    // Read from the data file's text, not through the module the scene uses.
    const latest = Math.max(...[...readFileSync('src/story/timeline.ts', 'utf8').matchAll(/date: '(\d{4})/g)].map((m) => Number(m[1])));
    expect(years[years.length - 1]).toBe(latest);
    const still = sceneFor('since-2017', 0, data, true);
    expect(still.allYears).toBe(true);
    expect(still.year).toBe(latest);
    expect(sceneFor('intro', 0.5, data).year).toBeNull();
  });
  it('the line chapter travels west to east with progress', () => {
    const lon = (t: number) => sceneFor('the-line', t, data).focus[0];
    expect(lon(0)).toBeLessThan(lon(0.5));
    expect(lon(0.5)).toBeLessThan(lon(1));
  });
  it('reduced motion: still states (whole band, full fog, full path)', () => {
    expect(sceneFor('the-line', 0, data, true).camera.kind).toBe('bounds');
    expect(sceneFor('the-line', 0, data, true)).toEqual(sceneFor('the-line', 1, data, true));
    expect(sceneFor('fog-crossing', 0, data, true).fog).toBe(sceneFor('fog-crossing', 1, data, true).fog);
    expect(sceneFor('jsa-shooting', 0, data, true).run).toBe(1);
  });
  it('fog thickens with progress; the run is whole from the start', () => {
    expect(sceneFor('fog-crossing', 0.9, data).fog).toBeGreaterThan(sceneFor('fog-crossing', 0.1, data).fog);
    // The run is drawn whole on arrival: a reader who stops at the chapter's top still sees it.
    expect(sceneFor('jsa-shooting', 0, data).run).toBe(1);
  });
  it('zoomed-in chapters have a small view (for the locator)', () => {
    const span = (id: (typeof CHAPTER_IDS)[number]) => {
      const [[w], [e]] = viewBounds(sceneFor(id, 0.5, data));
      return e - w;
    };
    expect(span('jsa-shooting')).toBeLessThan(0.05);
    expect(span('fog-crossing')).toBeLessThan(1);
    expect(span('intro')).toBeGreaterThan(4);
  });
});
