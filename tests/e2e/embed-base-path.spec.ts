import { join } from 'node:path';
import { DIST, EXPLAINER_PATH, expect, test } from './embed-server';
import { mapIdle } from './embed-helpers';
import { renderedCount, trackConsoleErrors } from './helpers';

test('data-dmz-base-path on the script: the map data, fonts and MapLibre worker come from that folder', async ({ page, news }) => {
  news.mount('mirror', join(DIST, 'embed/assets'));
  news.clearLog();
  const errors = trackConsoleErrors(page);
  await page.goto(`${news.origin}/base-path.html`);
  await mapIdle(page);
  expect(await renderedCount(page, 'mdl')).toBeGreaterThan(0);
  await page.evaluate(() => document.fonts.ready);
  const fromMirror = news.log.filter((p) => p.startsWith('/mirror/')).map((p) => p.slice('/mirror/'.length));
  expect(fromMirror).toEqual(
    expect.arrayContaining(['basemap.geojson', 'mdl.geojson', 'dmz.geojson', 'places.geojson', 'story.geojson', 'maplibre-gl-worker.mjs']),
  );
  expect(fromMirror.some((f) => f.endsWith('.woff2'))).toBe(true);
  // The code still comes from where the script is; the default asset folder is never asked.
  expect(news.log).toContain(`${EXPLAINER_PATH}embed/dmz-explainer.js`);
  expect(news.log.filter((p) => p.startsWith(`${EXPLAINER_PATH}embed/assets/`))).toEqual([]);
  expect(errors).toEqual([]);
});
