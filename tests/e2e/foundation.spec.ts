import { expect, test, type Page } from '@playwright/test';
import { PALETTES } from '../../src/map/palette';
import { cameraLog, mapCamera, renderedCount, trackConsoleErrors, trackRequests, waitForMapIdle, watchCamera } from './helpers';

/**
 * What each chapter's map must show, written out by hand from the story (not read from the
 * code's own tables): the overlay layers that are on. Base layers (land, sea, country names)
 * are always on and not listed.
 */
const BAND = ['dmz-band-halo', 'dmz-band', 'mdl', 'mdl-label'];
const PLACES = ['places-dot', 'places-label'];
const EXPECTED: Record<string, string[]> = {
  intro: [...BAND, ...PLACES],
  'the-line': [...BAND, 'limit-lines', 'limit-lines-label', ...PLACES],
  'fog-crossing': [...BAND, 'limit-lines', 'limit-lines-label', 'fog-area', 'fog-area-outline', 'fog-area-label', 'fog', ...PLACES],
  // The site drawing: the run with its two ends, the buildings, the bridge, the local MDL, a note.
  'jsa-shooting': [
    ...BAND,
    ...['conference', 'conference-outline', 'mdl', 'run-casing', 'run', 'jeep', 'wall', 'bridge', 'note'].map((l) => `jsa-site-${l}`),
    ...['conference-label', 'mdl-label', 'bridge-label', 'run-label', 'wall-label', 'jeep-label', 'run-arrow'].map((l) => `jsa-site-${l}`),
  ],
  defections: [...BAND, 'crossings-dot', ...PLACES],
  buildup: [...BAND, 'distance-line', 'distance-label', ...PLACES],
  'since-2017': [...BAND, 'timeline-dot', 'timeline-label', ...PLACES],
  sources: [...BAND, ...PLACES],
};
/** A layer that must really put features on screen in each chapter, besides the MDL. */
const SIGNATURE: Record<string, string> = {
  intro: 'places-dot',
  'the-line': 'limit-lines',
  'fog-crossing': 'fog-area',
  'jsa-shooting': 'jsa-site-run',
  defections: 'crossings-dot',
  buildup: 'distance-line',
  'since-2017': 'timeline-dot',
  sources: 'places-dot',
};
const BASE = new Set(['background', 'land-neighbour', 'land-north', 'land-south', 'land-outline', 'country-label']);

async function chapterIds(page: Page): Promise<string[]> {
  return page.locator('dmz-explainer').locator('section[data-chapter]').evaluateAll((s) => s.map((e) => e.getAttribute('data-chapter')!));
}

/** The overlay layers the live map has switched on (read from MapLibre's style, not from our code). */
async function visibleOverlays(page: Page): Promise<string[]> {
  return page.evaluate((base) => {
    const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
    return map
      .getStyle()
      .layers.filter((l) => !base.includes(l.id) && (l.layout?.visibility ?? 'visible') === 'visible' && map.getLayer(l.id))
      .map((l) => l.id)
      .filter((id) => !id.startsWith('basemap-'));
  }, [...BASE]);
}

type Camera = Awaited<ReturnType<typeof mapCamera>>;
const sameCamera = (a: Camera, b: Camera) => Math.abs(a.lng - b.lng) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-4;

/** How many pixels of the map are near a colour: the drawing itself, not the style's word for it. */
async function pixelsNear(page: Page, hex: string): Promise<number> {
  const box = (await page.locator('dmz-explainer').locator('dmz-map').boundingBox())!;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  // Decoded on a blank page: the explainer's own page may forbid data: images by CSP.
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ([b64, colour]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r!) < 28 && Math.abs(d[i + 1]! - g!) < 28 && Math.abs(d[i + 2]! - b!) < 28) n++;
        return n;
      },
      [png, hex] as const,
    );
  } finally {
    await blank.close();
  }
}

async function expectChapterDrawn(page: Page, id: string, theme: 'light' | 'dark', what: string, pixels = false): Promise<void> {
  await waitForMapIdle(page);
  expect((await visibleOverlays(page)).sort(), `${id} after ${what}: layers`).toEqual([...EXPECTED[id]!].sort());
  expect(await renderedCount(page, 'mdl'), `${id} after ${what}: MDL drawn`).toBeGreaterThan(0);
  expect(await renderedCount(page, SIGNATURE[id]!), `${id} after ${what}: ${SIGNATURE[id]} drawn`).toBeGreaterThan(0);
  if (pixels) expect(await pixelsNear(page, PALETTES[theme].mdl), `${id} after ${what}: MDL pixels`).toBeGreaterThan(15);
  await expect(page.locator('dmz-explainer').locator('dmz-map').locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
}

test.describe('foundation: the map from committed GeoJSON, offline', () => {
  test('loads, reaches idle, draws the band and the MDL, all from its own origin', async ({ page }) => {
    const requests = trackRequests(page);
    const errors = trackConsoleErrors(page);
    await page.goto('/');
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'land-north')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'land-south')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'mdl')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'dmz-band-halo')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'places-label')).toBeGreaterThan(0);
    expect(requests.offOrigin).toEqual([]);
    expect(requests.failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the band stays visible from the peninsula down to the JSA', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    for (const [zoom, layers] of [
      [5.5, ['dmz-band-halo', 'mdl']],
      [10, ['dmz-band', 'mdl', 'limit-lines']],
      [16, ['dmz-band', 'mdl']],
    ] as const) {
      await page.evaluate((z) => {
        const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
        map.jumpTo({ center: [126.6768, 37.956], zoom: z });
        for (const id of ['dmz-band', 'limit-lines']) map.setLayoutProperty(id, 'visibility', 'visible');
      }, zoom);
      await waitForMapIdle(page);
      for (const layer of layers) expect(await renderedCount(page, layer), `${layer} at zoom ${zoom}`).toBeGreaterThan(0);
    }
  });

  for (const failure of ['geo data 404', 'no WebGL'] as const) {
    test(`dmz-ready still fires, with map: false, when the map fails (${failure})`, async ({ page }) => {
      await page.addInitScript((noWebgl) => {
        const w = window as unknown as { __ready: unknown[] };
        w.__ready = [];
        document.addEventListener('dmz-ready', (e) => w.__ready.push(e.detail));
        if (noWebgl) HTMLCanvasElement.prototype.getContext = () => null;
      }, failure === 'no WebGL');
      if (failure === 'geo data 404') await page.route('**/*.geojson', (r) => r.fulfill({ status: 404, body: 'gone' }));
      await page.goto('/');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __ready: unknown[] }).__ready)).toEqual([{ map: false }]);
      await expect(page.locator('dmz-explainer').locator('h1')).toBeVisible();
    });
  }

  test('every chapter has an expectation here (a new chapter must be added to this test)', async ({ page }) => {
    await page.goto('/');
    expect((await chapterIds(page)).filter((id) => !EXPECTED[id])).toEqual([]);
  });
});

test.describe('the map always shows the chapter the reader is in', () => {
  test.describe.configure({ timeout: 180_000 });

  // The chapters are visited in one page per half of the story (a page load costs more than a
  // chapter change); without flights, since what is checked here is the layers, not the motion.
  const HALVES = [Object.keys(EXPECTED).slice(0, 4), Object.keys(EXPECTED).slice(4)];
  for (const ids of HALVES) {
    test.describe(() => {
      test.use({ reducedMotion: 'reduce' });
      test(`${ids.join(', ')}: after a runtime change of theme, language and basemap`, async ({ page }) => {
        // A same-origin reader basemap: one background layer of its own, no sources.
        await page.route('**/test-basemap.json', (route) =>
          route.fulfill({ json: { version: 8, sources: {}, layers: [{ id: 'basemap-bg', type: 'background', paint: { 'background-color': '#dde4d0' } }] } }),
        );
        await page.goto(`/#${ids[0]}`);
        const el = page.locator('dmz-explainer');
        for (const id of ids) {
          await el.evaluate((e: HTMLElement & { goTo(id: string): void }, c) => e.goTo(c), id);
          await expect(el).toHaveAttribute('chapter', id);
          await el.evaluate((e) => e.setAttribute('theme', 'dark'));
          await expectChapterDrawn(page, id, 'dark', 'theme dark', true);
          await el.evaluate((e) => e.setAttribute('lang', 'ko'));
          await expectChapterDrawn(page, id, 'dark', 'lang ko');
          await el.evaluate((e) => e.setAttribute('basemap', '/test-basemap.json'));
          await expectChapterDrawn(page, id, 'dark', 'basemap');
          // Back to the defaults: removing each is a runtime change too.
          await el.evaluate((e) => ['basemap', 'lang'].forEach((a) => e.removeAttribute(a)));
          await el.evaluate((e) => e.setAttribute('theme', 'light'));
          await expectChapterDrawn(page, id, 'light', 'back to light, English, built-in map', true);
        }
      });
    });
  }

  /** Scrolls the page to `y` over `frames` animation frames, as dragging the scrollbar does. */
  const scrollOver = (page: Page, y: number, frames: number) =>
    page.evaluate(
      ([to, n]) =>
        new Promise<void>((done) => {
          const from = window.scrollY;
          let i = 0;
          const step = () => {
            i++;
            window.scrollTo(0, from + ((to - from) * i) / n);
            if (i < n) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        }),
      [y, frames] as const,
    );

  /**
   * Scrolls to the middle of a chapter over `frames` frames, as dragging the scrollbar does. The
   * target is re-read every frame: chapters far off screen are laid out only as they come near
   * (content-visibility), so where a chapter is can change on the way.
   */
  const jumpOver = (page: Page, id: string, frames: number) =>
    page.locator('dmz-explainer').locator(`section[data-chapter="${id}"]`).evaluate(
      (s, n) =>
        new Promise<void>((done) => {
          const from = window.scrollY;
          const target = () => {
            const r = s.getBoundingClientRect();
            const max = document.documentElement.scrollHeight - innerHeight;
            return Math.min(max, Math.max(0, r.top + window.scrollY + r.height / 2 - innerHeight / 2));
          };
          let i = 0;
          const step = () => {
            i++;
            window.scrollTo(0, from + ((target() - from) * i) / n);
            if (i < n) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        }),
      frames,
    );

  /** The scroll position that puts the trigger line (mid-viewport) in the middle of a chapter, or as near as the page allows. */
  const sectionTop = (page: Page, id: string) =>
    page.locator('dmz-explainer').locator(`section[data-chapter="${id}"]`).evaluate((s) => {
      const r = s.getBoundingClientRect();
      const max = document.documentElement.scrollHeight - innerHeight;
      return Math.min(max, Math.max(0, Math.round(r.top + window.scrollY + r.height / 2 - innerHeight / 2)));
    });

  /** Scrolls to a chapter and stays until it is current (chapters laid out late can move it). */
  const settleOn = async (page: Page, id: string) => {
    await expect(async () => {
      await scrollOver(page, await sectionTop(page, id), 1);
      await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', id, { timeout: 2000 });
    }).toPass({ timeout: 30_000 });
  };

  const ORDER = Object.keys(EXPECTED);
  // Down to each chapter from the top, and up to each from the bottom, in one page per
  // direction. Jumps, not flights (reduced motion): a second camera move is counted all the
  // same, and the flick below keeps the flights.
  for (const [direction, from, targets] of [
    ['down from the top', ORDER[0]!, ORDER.slice(1)],
    ['up from the bottom', ORDER[ORDER.length - 1]!, ORDER.slice(0, -1)],
  ] as const) {
    test.describe(() => {
      test.use({ reducedMotion: 'reduce' });
      test(`a scroll jump over 8 frames ${direction} to each chapter ends with its layers and one camera move`, async ({ page }) => {
        await page.goto('/');
        await waitForMapIdle(page);
        const el = page.locator('dmz-explainer');
        for (const id of targets) {
          await settleOn(page, from);
          await waitForMapIdle(page);
          const before = await mapCamera(page);
          await watchCamera(page);
          await jumpOver(page, id, 8);
          await expect(el).toHaveAttribute('chapter', id);
          await waitForMapIdle(page);
          expect((await visibleOverlays(page)).sort(), `${from} → ${id}: layers`).toEqual([...EXPECTED[id]!].sort());
          // One move, or none where the chapter's view is the one already shown (a jump, unlike
          // a flight, is skipped when it would not move the camera).
          const moved = !sameCamera(before, await mapCamera(page));
          expect((await cameraLog(page)).moves, `${from} → ${id}: camera moves`).toBe(moved ? 1 : 0);
        }
      });
    });
  }

  test('a fast flick from top to bottom flies once, to the last chapter, with every chapter announced in order', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __ids: number[] };
      w.__ids = [];
      document.addEventListener('dmz-chapter-change', (e) => w.__ids.push(e.detail.index));
    });
    await page.goto('/');
    await waitForMapIdle(page);
    await watchCamera(page);
    // A flick: fast at first, slowing to a stop, one scroll step a frame, no pause until the end.
    // Driven from the page's own frames: steps sent one by one from the test (mouse.wheel) can
    // arrive far enough apart on a busy machine to be a reader pausing, which rightly flies.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const end = () => document.documentElement.scrollHeight - innerHeight;
          let v = 400;
          const step = () => {
            window.scrollBy(0, v);
            v = Math.max(40, v * 0.97);
            if (window.scrollY < end() - 1) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        }),
    );
    const ids = await chapterIds(page);
    const last = ids[ids.length - 1]!;
    const el = page.locator('dmz-explainer');
    await expect(el).toHaveAttribute('chapter', last);
    await page.waitForFunction(() => (window as unknown as { __camera: { moves: number } }).__camera.moves >= 1, undefined, { timeout: 10_000 });
    await waitForMapIdle(page);
    expect((await visibleOverlays(page)).sort()).toEqual([...EXPECTED[last]!].sort());
    expect((await cameraLog(page)).moves, 'camera moves').toBe(1);
    // Chapters passed on the way are announced, forwards only, ending on the last.
    const seen = await page.evaluate(() => (window as unknown as { __ids: number[] }).__ids);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen[seen.length - 1], 'the last event names the last chapter').toBe(ids.length - 1);
    // Back to the top in one go (the Home key, a scrollbar drag): the intro, in one more move.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(el).toHaveAttribute('chapter', ids[0]!);
    await page.waitForFunction(() => (window as unknown as { __camera: { moves: number } }).__camera.moves >= 2, undefined, { timeout: 10_000 });
    await waitForMapIdle(page);
    expect((await visibleOverlays(page)).sort()).toEqual([...EXPECTED[ids[0]!]!].sort());
    expect((await cameraLog(page)).moves, 'camera moves after the jump back').toBe(2);
  });

  for (const lang of ['en', 'ko']) {
    test(`the legend lists what the map draws, in every chapter (${lang}); the locator shows where a zoomed-in map is`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/?lang=${lang}`);
      const el = page.locator('dmz-explainer');
      for (const id of await chapterIds(page)) {
        await el.evaluate((e, c) => e.setAttribute('chapter', c), id);
        await waitForMapIdle(page);
        // What the map draws, from MapLibre's rendered features: each kind of mark once.
        const drawn = await page.evaluate(() => {
          const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
          const on = (id: string) => map.getLayoutProperty(id, 'visibility') === 'visible' && map.queryRenderedFeatures({ layers: [id] }).length > 0;
          const kinds = new Set<string>();
          if (on('dmz-band') || on('dmz-band-halo')) kinds.add('band');
          if (on('mdl')) kinds.add('mdl');
          if (on('limit-lines')) kinds.add('limit-lines');
          if (map.getLayoutProperty('places-dot', 'visibility') === 'visible') {
            for (const f of map.queryRenderedFeatures({ layers: ['places-dot'] })) kinds.add(f.properties['approximate'] ? 'approx-place' : 'place');
          }
          if (on('fog-area')) kinds.add('fog-area');
          if (on('jsa-run') || on('jsa-site-run')) kinds.add('jsa-run');
          if (on('jsa-site-conference')) kinds.add('jsa-site');
          if (on('distance-line')) kinds.add('distance');
          if (on('crossings-dot')) kinds.add('crossings');
          if (map.getLayoutProperty('timeline-dot', 'visibility') === 'visible') {
            for (const f of map.queryRenderedFeatures({ layers: ['timeline-dot'] })) kinds.add(f.properties['approximate'] ? 'approx-event' : 'event');
          }
          return [...kinds].sort();
        });
        const legend = await el.locator('dmz-legend').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-entry')!).sort());
        expect(legend, `${id} (${lang})`).toEqual(drawn);
        if (lang === 'ko') expect((await el.locator('dmz-legend').locator('li').allTextContents()).join(' ')).toMatch(/[\uac00-\ud7a3]/);
        // The inset locator: on the two site-scale chapters, and not on the peninsula-wide ones.
        if (id === 'jsa-shooting' || id === 'fog-crossing') await expect(el.locator('dmz-locator'), id).toBeVisible();
        if (id === 'intro' || id === 'buildup') await expect(el.locator('dmz-locator'), id).toHaveCount(0);
      }
    });
  }

  test('a malformed hash is ignored, the story starts at the top', async ({ page }) => {
    const errors = trackConsoleErrors(page);
    await page.goto('/#%E0%A4%A');
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'intro');
    await expect(page.locator('dmz-explainer').locator('h1')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the internal map events stay inside the element', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
      for (const type of ['dmz-map-ready', 'dmz-map-status', 'dmz-map-retry']) document.addEventListener(type, () => seen.push(type), true);
    });
    await page.goto('/');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  });
});
