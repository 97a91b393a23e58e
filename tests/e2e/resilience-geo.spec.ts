import { expect, test, type Page, type Route } from '@playwright/test';
import { dmzErrors, mapStatusText, RECORD_EVENTS } from './resilience-helpers';
import { waitForMapIdle } from './helpers';

test.describe.configure({ mode: 'parallel' });

type Fault = (route: Route) => Promise<void>;

/** Breaks one geo file (or all of them) and records what the reader is shown. */
async function openWithFault(page: Page, file: string, fault: Fault): Promise<{ thrown: string[] }> {
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(RECORD_EVENTS);
  await page.route(`**/${file}*.geojson`, fault);
  await page.goto('/');
  return { thrown };
}

/** The story works without the map: all chapters are there and scrolling changes the chapter. */
async function expectTextWorks(page: Page): Promise<void> {
  const el = page.locator('dmz-explainer');
  await expect(el.locator('.panel section[data-chapter]')).toHaveCount(8);
  await expect(el.locator('.panel section[data-chapter="fog-crossing"] p').first()).not.toBeEmpty();
  await el.locator('.panel section[data-chapter="defections"]').evaluate((s) => s.scrollIntoView({ block: 'center' }));
  await expect(el).toHaveAttribute('chapter', 'defections');
}

async function expectRetryRecovers(page: Page, unroute: () => Promise<void>): Promise<void> {
  await unroute();
  const retry = page.locator('dmz-explainer').locator('dmz-map').getByRole('button', { name: 'Try again' });
  await retry.click();
  await waitForMapIdle(page);
  expect(await mapStatusText(page)).toBe('');
  // Everything that needed the data recovers with it, not only the map (the legend, for one).
  await expect(page.locator('dmz-explainer').locator('dmz-legend')).toBeAttached();
}

test('a 404 on the map data: a clear message in the map area, the text works, Retry recovers', async ({ page }) => {
  const { thrown } = await openWithFault(page, 'mdl', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const alert = page.locator('dmz-explainer').locator('dmz-map').getByRole('alert');
  await expect(alert).toContainText('The map could not be loaded');
  await expect(alert).toContainText('mdl map data could not be loaded (HTTP 404)');
  await expect(alert).toBeInViewport();
  expect((await dmzErrors(page)).map((e) => e.reason)).toContain('geo-load-failed');
  await expectTextWorks(page);
  await expectRetryRecovers(page, () => page.unroute('**/mdl*.geojson'));
  expect(thrown).toEqual([]);
});

test('corrupt map data (invalid JSON, then JSON that is not GeoJSON): a clear message', async ({ page }) => {
  let body = '{not json';
  const { thrown } = await openWithFault(page, 'places', (route) =>
    route.fulfill({ status: 200, body, contentType: 'application/geo+json' }),
  );
  const alert = page.locator('dmz-explainer').locator('dmz-map').getByRole('alert');
  await expect(alert).toContainText('places map data is corrupt (not valid JSON)');
  await expectTextWorks(page);

  // Retry with a different corruption: valid JSON, wrong shape.
  body = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature' }] });
  await page.locator('dmz-explainer').locator('dmz-map').getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toContainText('places map data is corrupt (not a GeoJSON FeatureCollection)');
  await expectRetryRecovers(page, () => page.unroute('**/places*.geojson'));
  expect(thrown).toEqual([]);
});

test('map data that never arrives: "loading" first, then a timeout message at 8 s; Retry recovers', async ({ page }) => {
  // The page's clock runs as usual until the test moves it on past the loader's 8 s.
  await page.clock.install();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const { thrown } = await openWithFault(page, 'basemap', async (route) => {
    await held;
    // By now the loader gave up and aborted the request; fulfilling it may fail.
    await route.fulfill({ status: 200, body: '{"type":"FeatureCollection","features":[]}' }).catch(() => {});
  });
  const map = page.locator('dmz-explainer').locator('dmz-map');
  await expect(map.getByRole('status')).toContainText('Loading the map');
  // The text does not wait for the data.
  await expectTextWorks(page);
  await page.clock.fastForward(8_000);
  await expect(map.getByRole('alert')).toContainText('basemap map data took too long to arrive (over 8 s)');
  release();
  await expectRetryRecovers(page, () => page.unroute('**/basemap*.geojson'));
  expect(thrown).toEqual([]);
});

test('Korean page with missing data: the message is in Korean', async ({ page }) => {
  await page.route('**/*.geojson', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/?lang=ko');
  const alert = page.locator('dmz-explainer').locator('dmz-map').getByRole('alert');
  await expect(alert).toContainText('지도를 불러오지 못했습니다');
  await expect(alert.getByRole('button', { name: '다시 시도' })).toBeVisible();
});

test('the Korean text fails to load: the English text stays, one clear dmz-error, the story works', async ({ page }) => {
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(RECORD_EVENTS);
  await page.route(/\/ko-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=ko');
  const el = page.locator('dmz-explainer');
  await expect.poll(async () => (await dmzErrors(page)).map((e) => e.message)).toContain('The ko text could not be loaded; showing English.');
  // The page says which language it shows, and it still reads and scrolls.
  await expect(el.locator('.layout')).toHaveAttribute('lang', 'en');
  await expectTextWorks(page);
  await waitForMapIdle(page);
  expect((await dmzErrors(page)).filter((e) => /text could not be loaded/.test(e.message))).toHaveLength(1);
  expect(thrown).toEqual([]);
});
