import { expect, test, type Page } from '@playwright/test';
import { cameraLog, holdMapChunk, mapCamera, scrollSettled, waitForMapIdle, watchCamera } from './helpers';

type Probe = {
  chapter: string;
  visible: string[];
  legend: string[];
  focusPx: [number, number];
  size: [number, number];
};

const BASE = ['background', 'land-neighbour', 'land-north', 'land-south', 'land-outline', 'country-label'];

async function probe(page: Page): Promise<Probe> {
  return page.evaluate((base) => {
    const el = document.querySelector('dmz-explainer')!;
    const m = el.shadowRoot!.querySelector('dmz-map')!;
    const map = m.map!;
    const scene = m.scene!;
    const p = map.project(scene.focus);
    const legend = [...el.shadowRoot!.querySelector('dmz-legend')!.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset['entry']!);
    return {
      chapter: el.chapter,
      visible: map.getStyle().layers.filter((l) => l.layout?.visibility === 'visible' && !base.includes(l.id)).map((l) => l.id),
      legend: [...new Set(legend)],
      focusPx: [p.x, p.y] as [number, number],
      size: [map.getContainer().clientWidth, map.getContainer().clientHeight] as [number, number],
    };
  }, BASE);
}

test.describe('reader craft', () => {
  test('an anchor jump ends on the chapter with its layers and exactly one camera move', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await watchCamera(page);
    await page.evaluate(() => (location.hash = '#jsa-shooting'));
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'jsa-shooting');
    await waitForMapIdle(page);
    const after = await probe(page);
    expect((await cameraLog(page)).moves).toBe(1);
    expect(after.visible).toContain('jsa-site-run');
    expect(after.visible).not.toContain('fog-area');
    expect(after.visible).not.toContain('distance-line');
  });

  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1440, height: 900 },
  ]) {
    test(`${size.name}: each chapter's focus lies in the unobscured part of the map`, async ({ page }) => {
      test.setTimeout(150_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await waitForMapIdle(page);
      for (const id of ['intro', 'the-line', 'fog-crossing', 'jsa-shooting', 'defections', 'buildup']) {
        await page.evaluate((id) => document.querySelector('dmz-explainer')!.goTo(id), id);
        await waitForMapIdle(page);
        await scrollSettled(page);
        const p = await probe(page);
        const [x, y] = p.focusPx;
        // What covers the map right after the jump: on a phone the active card's top edge; on a
        // desktop the text is beside the map, so only the control bar at the top.
        const covered = await page.evaluate(() => {
          const el = document.querySelector('dmz-explainer')!;
          const card = el.shadowRoot!.querySelector('section.active .card')!.getBoundingClientRect();
          const map = el.shadowRoot!.querySelector('dmz-map')!.getBoundingClientRect();
          const controls = el.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
          return { cardTop: card.top - map.top, cardLeft: card.left - map.left, cardRight: card.right - map.left, controlsBottom: controls.bottom - map.top };
        });
        expect(x, `${id} x`).toBeGreaterThan(0);
        expect(x, `${id} x`).toBeLessThan(p.size[0]);
        expect(y, `${id} y below the controls`).toBeGreaterThan(covered.controlsBottom);
        if (size.name === 'phone') expect(y, `${id} y above the card`).toBeLessThan(covered.cardTop);
        else expect(covered.cardRight <= 0 || covered.cardLeft >= p.size[0], 'card beside the map').toBe(true);
      }
    });
  }

  test('explore the map, then back to the story restores the chapter camera', async ({ page }) => {
    await page.goto('/#fog-crossing');
    await waitForMapIdle(page);
    const cam = () => mapCamera(page);
    const start = await cam();
    const el = page.locator('dmz-explainer');
    await el.locator('.controls .explore').click();
    await expect(el.locator('.controls .explore')).toHaveAttribute('aria-pressed', 'true');
    // MapLibre's zoom buttons are styled (their icons come from its CSS, cut down at build time).
    const icon = el.locator('dmz-map').locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon');
    await expect(icon).toBeVisible();
    expect(await icon.evaluate((e) => getComputedStyle(e).backgroundImage)).toMatch(/^url\("data:image\/svg\+xml/);
    // Keyboard panning and zooming work while exploring.
    await page.evaluate(() => document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getCanvas().focus());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Equal');
    await waitForMapIdle(page);
    const moved = await cam();
    expect(Math.abs(moved.lng - start.lng) + Math.abs(moved.zoom - start.zoom)).toBeGreaterThan(0.01);
    await el.locator('.controls .explore').click();
    await waitForMapIdle(page);
    const back = await cam();
    expect(back.lng).toBeCloseTo(start.lng, 3);
    expect(back.lat).toBeCloseTo(start.lat, 3);
    expect(back.zoom).toBeCloseTo(start.zoom, 2);
  });

  test('the motion switch stops camera animation and is remembered for the session', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const el = page.locator('dmz-explainer');
    await el.locator('.controls .motion').click();
    await expect(el.locator('.controls .motion')).toHaveAttribute('aria-pressed', 'false');
    // A move that takes time is a flight; a jump starts and ends in the same frame.
    const animated = async (id: string) => {
      await watchCamera(page);
      await page.evaluate((id) => document.querySelector('dmz-explainer')!.goTo(id), id);
      await waitForMapIdle(page);
      const log = await cameraLog(page);
      expect(log.moves, `${id}: one camera move`).toBe(1);
      return log.durations[0]! > 100;
    };
    expect(await animated('fog-crossing')).toBe(false);
    expect(await animated('buildup')).toBe(false);
    await page.reload();
    await expect(el.locator('.controls .motion')).toHaveAttribute('aria-pressed', 'false');
    await el.locator('.controls .motion').click();
    await waitForMapIdle(page);
    expect(await animated('jsa-shooting')).toBe(true);
  });

  test('the CSV download matches the figures in the chart table', async ({ page }) => {
    await holdMapChunk(page);
    await page.goto('/#sources');
    const el = page.locator('dmz-explainer');
    const href = await el.locator('a[download$=".csv"]').getAttribute('href');
    const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    const rows = csv.trim().split(/\r\n/).slice(1).map((r) => r.split(','));
    const arrivals = rows.filter((r) => r[0] === 'arrivals').map((r) => [r[1], r[2]]);
    const table = await el.locator('dmz-chart').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), tr.querySelector('td')!.textContent.trim().replace(/[~,]/g, '')]),
    );
    expect(arrivals.length).toBeGreaterThan(5);
    expect(arrivals).toEqual(table);
    // The GeoJSON downloads are there too, and load.
    const geo = await el.locator('a[download$=".geojson"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(geo.length).toBe(4);
    for (const url of geo) expect((await page.request.get(url)).ok()).toBe(true);
  });
});
