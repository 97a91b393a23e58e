import { chromium, expect, test, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { NO_WEBGL } from './helpers';
import { dmzErrors, mapStatusText, RECORD_EVENTS } from './resilience-helpers';

test.describe.configure({ mode: 'parallel' });

/** getContext('webgl'/'webgl2') returns null only for MapLibre's own canvas. */
const MAPLIBRE_CONTEXT_FAILS = `(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (/webgl/.test(String(type)) && this.classList.contains('maplibregl-canvas')) return null;
    return original.call(this, type, ...rest);
  };
})();`;

interface StaticMapState {
  svg: boolean;
  label: string | null;
  mdlPath: number;
  bandPath: boolean;
  places: string[];
  placeIds: string[];
  visibleNote: string;
  canvasCount: number;
  runPath: number;
}

async function staticMap(page: Page): Promise<StaticMapState> {
  return page.evaluate(() => {
    // Optional chaining throughout: polled before the map element has upgraded, too.
    const root = document.querySelector('dmz-explainer')?.shadowRoot?.querySelector('dmz-map')?.shadowRoot;
    const svg = root?.querySelector('dmz-static-map')?.shadowRoot?.querySelector('svg');
    const note = root?.querySelector<HTMLElement>('.status');
    const visible = !!note && note.offsetWidth > 0 && getComputedStyle(note).visibility !== 'hidden';
    return {
      svg: !!svg && svg.getBoundingClientRect().width > 100,
      label: svg?.getAttribute('aria-label') ?? null,
      mdlPath: svg?.querySelector('path.mdl')?.getAttribute('d')?.length ?? 0,
      bandPath: [...(svg?.querySelectorAll('path') ?? [])].some((p) => (p.getAttribute('d') ?? '').length > 50),
      places: [...(svg?.querySelectorAll('g.place text') ?? [])].map((t) => t.textContent ?? ''),
      placeIds: [...(svg?.querySelectorAll('g.place') ?? [])].map((g) => g.getAttribute('data-id') ?? ''),
      runPath: svg?.querySelector('path.run')?.getAttribute('d')?.length ?? 0,
      visibleNote: visible ? (note.textContent ?? '').trim() : '',
      canvasCount: root?.querySelectorAll('canvas').length ?? -1,
    };
  });
}

/** The whole story still reads and the static map follows the chapters. */
async function expectStaticStory(page: Page): Promise<void> {
  const el = page.locator('dmz-explainer');
  await expect(el.locator('.panel section[data-chapter]')).toHaveCount(8);
  await expect.poll(async () => (await staticMap(page)).svg, { message: 'static SVG map drawn' }).toBe(true);
  const intro = await staticMap(page);
  expect(intro.canvasCount, 'no MapLibre canvas').toBe(0);
  expect(intro.mdlPath, 'the MDL path').toBeGreaterThan(100);
  expect(intro.bandPath).toBe(true);
  expect(intro.placeIds).toEqual(['seoul', 'pyongyang', 'panmunjom']);
  expect(intro.places).toEqual(expect.arrayContaining(['Seoul', 'Pyongyang']));
  expect(intro.visibleNote).toMatch(/static map/i);
  expect(intro.label, 'the SVG says what it shows').toMatch(/peninsula|Korea/i);

  // Scroll the story: the chapter changes and the static map shows its scene.
  await el.locator('.panel section[data-chapter="jsa-shooting"]').evaluate((s) => s.scrollIntoView({ block: 'center' }));
  await expect(el).toHaveAttribute('chapter', 'jsa-shooting');
  // The JSA at site scale: Oh's run drawn across the frame, no peninsula places.
  await expect.poll(async () => (await staticMap(page)).runPath).toBeGreaterThan(10);
  expect((await staticMap(page)).placeIds).toEqual([]);
  const jsa = await staticMap(page);
  expect(jsa.label).not.toEqual(intro.label);
  await expect(el.locator('.panel section[data-chapter="sources"] a').first()).toBeAttached();

  const errors = await dmzErrors(page);
  expect(errors.map((e) => e.reason)).toContain('webgl-unavailable');
}

test('no WebGL at all (getContext returns null): static SVG map, a note, the story reads', async ({ page }) => {
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(RECORD_EVENTS);
  await page.addInitScript(NO_WEBGL);
  await page.goto('/');
  await expectStaticStory(page);
  expect(thrown).toEqual([]);
});

test('MapLibre fails to create its context though a probe succeeded: static map', async ({ page }) => {
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(RECORD_EVENTS);
  await page.addInitScript(MAPLIBRE_CONTEXT_FAILS);
  await page.goto('/');
  await expectStaticStory(page);
  expect(thrown).toEqual([]);
});

test('Chromium started with --disable-webgl --disable-3d-apis: static map', async ({ baseURL }) => {
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []).filter((a) => !/swiftshader|gpu-blocklist/.test(a)), '--disable-webgl', '--disable-3d-apis'],
  });
  try {
    const page = await browser.newPage({ baseURL: baseURL!, viewport: { width: 1440, height: 900 } });
    const thrown: string[] = [];
    page.on('pageerror', (e) => thrown.push(String(e)));
    await page.addInitScript(RECORD_EVENTS);
    await page.goto('/');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    await expectStaticStory(page);
    expect(thrown).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a context lost for good (another page took it): after the grace period the static map replaces the blank canvas', async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(RECORD_EVENTS);
  await page.goto('/');
  await page.waitForFunction(() => {
    const map = document.querySelector('dmz-explainer')?.shadowRoot?.querySelector('dmz-map')?.map;
    return !!map && map.loaded();
  }, undefined, { timeout: 60_000 });
  // The page's clock stands still from here: the grace period passes only when the test says so.
  // A little ahead of the page's clock: on a busy machine more than a millisecond passes before the call lands.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  await page.evaluate(() => {
    const canvas = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getCanvas();
    // Resolves after MapLibre's own listener (added first) has seen the loss.
    const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
    (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!.loseContext();
    return lost;
  });
  // A GPU reset gives the context back within the grace period: nothing is released yet.
  await page.clock.runFor(2_500);
  expect((await staticMap(page)).svg, 'static map before the grace period is over').toBe(false);
  expect(await mapStatusText(page)).not.toMatch(/static map/i);
  await page.clock.runFor(600);
  await page.clock.resume();
  await expect.poll(async () => (await staticMap(page)).svg).toBe(true);
  expect(await mapStatusText(page)).toMatch(/static map/i);
  expect((await dmzErrors(page)).map((e) => e.reason)).toContain('webgl-unavailable');
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no WebGL: the note is readable (nothing covers it) and the scene sits above the cards', async ({ page }) => {
    await page.addInitScript(NO_WEBGL);
    for (const lang of ['ko', 'en']) {
      await page.goto(`/?lang=${lang}#fog-crossing`);
      await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'fog-crossing');
      await expect.poll(async () => (await staticMap(page)).svg).toBe(true);
      await expect.poll(() => page.locator('dmz-explainer').locator('dmz-legend').count()).toBe(1);
      // Geometry, not hit-testing: overlays drawn above the map ignore the pointer but hide text.
      const covered = await page.evaluate(() => {
        const root = document.querySelector('dmz-explainer')!.shadowRoot!;
        const note = root.querySelector('dmz-map')!.shadowRoot!.querySelector('.status')!.getBoundingClientRect();
        const above = [...root.querySelectorAll('.map-wrap > :not(dmz-map), .map-wrap > * > *')].filter((e) => e.localName !== 'dmz-map');
        return above
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ e, r }) => r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.contains(root.querySelector('dmz-map')))
          .filter(({ r }) => r.left < note.right && r.right > note.left && r.top < note.bottom && r.bottom > note.top)
          .map(({ e }) => `${e.localName}.${e.className}`);
      });
      expect(covered, `${lang}: things drawn over the note`).toEqual([]);
    }
    // The crossing area is drawn in the part of the map the cards leave clear (the top).
    const area = await page.evaluate(() => {
      const svg = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.shadowRoot!.querySelector('dmz-static-map')!.shadowRoot!.querySelector('svg')!;
      const dashed = [...svg.querySelectorAll('path')].find((p) => p.getAttribute('stroke-dasharray') === '4 4')!;
      const b = dashed.getBoundingClientRect();
      return { centreY: b.top + b.height / 2, height: innerHeight };
    });
    expect(area.centreY).toBeLessThan(area.height * 0.55);
  });
});
