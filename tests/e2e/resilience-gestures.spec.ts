import { expect, test, type Page } from '@playwright/test';
import { scrollSettled, waitForMapIdle } from './helpers';

test.describe.configure({ mode: 'parallel' });

/** Counts camera changes a gesture caused (they carry the DOM event; chapter flights do not). */
const countGestures = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
    const w = window as unknown as { __gestures: number };
    w.__gestures = 0;
    for (const type of ['zoom', 'move', 'rotate'] as const) map.on(type, (e) => e.originalEvent && w.__gestures++);
  });
const gestures = (page: Page) => page.evaluate(() => (window as unknown as { __gestures: number }).__gestures);

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lng: c.lng, lat: c.lat, scrollY, moving: map.isMoving() };
  });

/** The centre of the visible map, away from the controls and the legend. */
async function mapPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('dmz-explainer').locator('dmz-map').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height, page.viewportSize()!.height) * 0.3 };
}

test('the mouse wheel over the map scrolls the story, never zooms the map; explore mode opts in', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await countGestures(page);
  const before = await camera(page);
  const at = await mapPoint(page);
  await page.mouse.move(at.x, at.y);
  // Short of the next chapter, so the camera has no reason of its own to move.
  await page.mouse.wheel(0, 150);
  await expect.poll(async () => (await camera(page)).scrollY).toBeGreaterThan(before.scrollY + 100);
  await scrollSettled(page);
  await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'intro');
  expect((await camera(page)).zoom, 'the wheel did not zoom the map').toBeCloseTo(before.zoom, 5);
  // A long wheel scroll reads on into the story; the map follows chapters, not the wheel.
  await page.mouse.wheel(0, 1200);
  await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'the-line');
  expect(await gestures(page), 'camera changes caused by the wheel').toBe(0);

  // Explore mode: now the map takes the wheel, and the page stays put.
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await waitForMapIdle(page);
  await page.locator('dmz-explainer').getByRole('button', { name: 'Explore the map' }).click();
  const exploring = await camera(page);
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(exploring.zoom + 0.2);
  expect((await camera(page)).scrollY).toBe(exploring.scrollY);
  await page.locator('dmz-explainer').getByRole('button', { name: 'Back to the story' }).click();
  await expect.poll(async () => (await camera(page)).zoom, { timeout: 15_000 }).toBeCloseTo(exploring.zoom, 1);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });

  test('a finger dragging on the map scrolls the story, never pans the map', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await countGestures(page);
    const before = await camera(page);
    const cdp = await page.context().newCDPSession(page);
    // A point where the phone layout shows the map (above the first card).
    const x = 100;
    const y0 = 330;
    const target = await page.evaluate(([px, py]) => {
      let el: Element | null = document.elementFromPoint(px!, py!);
      while (el?.shadowRoot?.elementFromPoint(px!, py!) && el.shadowRoot.elementFromPoint(px!, py!) !== el) {
        el = el.shadowRoot.elementFromPoint(px!, py!);
      }
      return el?.className ?? '';
    }, [x, y0]);
    expect(target, 'the finger lands on the map').toMatch(/maplibregl-canvas/);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', y0);
    for (let i = 1; i <= 10; i++) await touch('touchMove', y0 - i * 25);
    await touch('touchEnd', y0 - 250);
    await expect.poll(async () => (await camera(page)).scrollY).toBeGreaterThan(before.scrollY + 100);
    const after = await camera(page);
    expect(after.lat, 'the map did not pan').toBeCloseTo(before.lat, 4);
    expect(after.lng).toBeCloseTo(before.lng, 4);
    expect(after.zoom).toBeCloseTo(before.zoom, 4);
    expect(await gestures(page)).toBe(0);

    // Explore mode opts in: the same drag now pans the map and leaves the page where it is.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    // Back at the top and the map at rest before the tap: on a busy machine the page was still
    // re-laying out from the jump when the finger came down, and the tap missed the button.
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'intro');
    await waitForMapIdle(page);
    // Clicked, not tapped: the drag is what is tested here, and on a loaded CI machine a tap's
    // touchend came late enough to count as a long press, which clicks nothing.
    await page.locator('dmz-explainer').getByRole('button', { name: 'Explore the map' }).click();
    await expect(page.locator('dmz-explainer').getByRole('button', { name: 'Back to the story' })).toHaveAttribute('aria-pressed', 'true');
    await waitForMapIdle(page);
    const exploring = await camera(page);
    await touch('touchStart', y0);
    for (let i = 1; i <= 10; i++) await touch('touchMove', y0 - i * 25);
    await touch('touchEnd', y0 - 250);
    await expect.poll(async () => (await camera(page)).lat).not.toBeCloseTo(exploring.lat, 2);
    expect((await camera(page)).scrollY).toBe(exploring.scrollY);
  });
});
