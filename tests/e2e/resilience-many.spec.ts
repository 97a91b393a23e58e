import { expect, test } from '@playwright/test';
import { COUNT_WEBGL, dmzErrors, openFixture, RECORD_EVENTS } from './resilience-helpers';

/**
 * Chromium keeps about 16 live WebGL contexts per page and silently kills the oldest beyond
 * that. Twenty explainers must each get a working map when the reader reaches them.
 */
test('twenty explainers on one page: maps only near the viewport, at most 8 live, each one works', async ({ page }) => {
  test.setTimeout(240_000);
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(COUNT_WEBGL);
  await page.addInitScript(RECORD_EVENTS);
  await page.addInitScript(() => {
    const w = window as unknown as { __readyMaps: Set<string> };
    w.__readyMaps = new Set();
    addEventListener('dmz-ready', (e) => {
      if ((e as Event & { map: boolean }).map) w.__readyMaps.add((e.target as Element).id);
    });
  });
  await openFixture(page, 'resilience-twenty.html');
  await expect(page.locator('dmz-explainer')).toHaveCount(20);

  const snapshot = () =>
    page.evaluate(() => {
      const els = [...document.querySelectorAll('dmz-explainer')];
      const vh = innerHeight;
      const maps = els.map((el) => el.shadowRoot?.querySelector('dmz-map')?.map);
      const inView = els.filter((el) => {
        const r = el.parentElement!.getBoundingClientRect();
        return r.bottom > 0 && r.top < vh;
      });
      const idle = (el: Element) => {
        const m = el.shadowRoot?.querySelector('dmz-map')?.map;
        return !!m && m.loaded() && m.isStyleLoaded() && !m.isMoving();
      };
      return {
        liveMaps: maps.filter(Boolean).length,
        liveContexts: (window as unknown as { __liveWebGL(): number }).__liveWebGL(),
        inView: inView.map((el) => el.id),
        inViewIdle: inView.every(idle),
        far: els
          .filter((el) => {
            const r = el.parentElement!.getBoundingClientRect();
            return r.bottom < -2 * vh || r.top > 3 * vh;
          })
          .filter((el) => el.shadowRoot?.querySelector('dmz-map')?.map).length,
      };
    });

  let peakMaps = 0;
  let peakContexts = 0;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = 800;
  for (let y = 0; y <= total; y += step) {
    await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
    // Every explainer the reader can see gets its map to idle, while the far ones hold none.
    await expect
      .poll(async () => {
        const s = await snapshot();
        peakMaps = Math.max(peakMaps, s.liveMaps);
        peakContexts = Math.max(peakContexts, s.liveContexts);
        return s.inViewIdle;
      }, { timeout: 60_000, intervals: [250] })
      .toBe(true);
    const s = await snapshot();
    expect(s.far, `maps held by explainers far from the viewport at y=${y}`).toBe(0);
    expect(s.liveMaps, `live maps at y=${y}`).toBeLessThanOrEqual(8);
    expect(s.liveContexts, `live WebGL contexts at y=${y}`).toBeLessThanOrEqual(8);
  }
  test.info().annotations.push({ type: 'peak', description: `${peakMaps} live maps, ${peakContexts} live WebGL contexts` });
  expect(peakMaps).toBeLessThanOrEqual(8);
  expect(peakContexts).toBeLessThanOrEqual(8);
  const ready = await page.evaluate(() => [...(window as unknown as { __readyMaps: Set<string> }).__readyMaps]);
  expect(ready.sort(), 'every explainer drew its map').toHaveLength(20);

  // Back to the top: the first explainer's map comes back and still follows its story.
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await page.locator('#x0').evaluate((el: HTMLElement & { goTo(id: string): void }) => el.goTo('jsa-shooting'));
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = document.querySelector('#x0')!.shadowRoot!.querySelector('dmz-map')!.map;
        return !!m && m.loaded() && !m.isMoving() && m.getZoom() > 13;
      }),
      { timeout: 60_000 },
    )
    .toBe(true);
  expect((await dmzErrors(page)).filter((e) => e.reason !== 'invalid-attribute')).toEqual([]);
  expect(thrown).toEqual([]);
});
