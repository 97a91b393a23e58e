import { expect, test } from '@playwright/test';
import { renderedCount, trackConsoleErrors, trackRequests, waitForMapIdle } from './helpers';

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
      for (const layer of layers) {
        expect(await renderedCount(page, layer), `${layer} at zoom ${zoom}`).toBeGreaterThan(0);
      }
    }
  });

  test('shows the OpenStreetMap attribution', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const attribution = page.locator('dmz-explainer').locator('dmz-map').locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('OpenStreetMap contributors');
    await expect(attribution).toContainText('Natural Earth');
  });
});
