import { expect, test, type CDPSession } from '@playwright/test';
import { COUNT_WEBGL, openFixture } from './resilience-helpers';

async function listenerTypes(cdp: CDPSession): Promise<Record<'window' | 'document', string[]>> {
  const out = { window: [] as string[], document: [] as string[] };
  for (const target of ['window', 'document'] as const) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    out[target] = listeners.map((l) => l.type).sort();
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  return out;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

test('mount and unmount 50 times: no live WebGL contexts, listeners or heap left behind', async ({ page }) => {
  test.setTimeout(240_000);
  const thrown: string[] = [];
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(COUNT_WEBGL);
  await openFixture(page, 'resilience-mount.html');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const live = () => page.evaluate(() => (window as unknown as { __liveWebGL(): number }).__liveWebGL());
  const cycle = (load: boolean) => page.evaluate((l) => (window as unknown as { mountCycle(l: boolean): Promise<void> }).mountCycle(l), load);

  const pristine = await listenerTypes(cdp);
  // Warm-up: the first mount loads the map code, the fonts and the GeoJSON, kept once per page.
  await cycle(true);
  await cycle(false);
  const startListeners = await listenerTypes(cdp);
  const startHeap = await heapAfterGc(cdp);
  expect(await live()).toBe(0);

  const started = Date.now();
  for (let i = 0; i < 50; i++) {
    // Every tenth map loads fully; the rest are removed while still loading (the harder case).
    await cycle(i % 10 === 0);
    expect(await live(), `live WebGL contexts after unmount ${i + 1}`).toBe(0);
  }
  const seconds = (Date.now() - started) / 1000;
  const created = await page.evaluate(() => (window as unknown as { __webglCreated: number }).__webglCreated);
  expect(created, 'a map (and context) per mount').toBeGreaterThanOrEqual(52);

  const endListeners = await listenerTypes(cdp);
  const endHeap = await heapAfterGc(cdp);
  test.info().annotations.push({
    type: 'measured',
    description: `50 cycles in ${seconds.toFixed(0)} s; heap ${(startHeap / 1e6).toFixed(1)} → ${(endHeap / 1e6).toFixed(1)} MB; listeners before any mount ${JSON.stringify(pristine)}, after ${JSON.stringify(endListeners)}`,
  });
  expect(endListeners).toEqual(startListeners);
  // MapLibre's shared worker pool adds one `visibilitychange` watcher per page, on first use.
  expect(endListeners, 'nothing of ours left on window/document, even after the first mount').toEqual({
    window: pristine.window,
    document: [...pristine.document, 'visibilitychange'].sort(),
  });
  expect(endHeap - startHeap, 'heap growth after GC, bytes').toBeLessThan(5 * 1024 * 1024);
  expect(await page.locator('dmz-explainer').count()).toBe(0);
  // MapLibre's workers start when a map element connects (before its map): the last element to
  // leave must let them go, or every page that ever showed an explainer keeps a worker alive.
  await expect.poll(() => page.workers().length, { message: 'MapLibre workers left running' }).toBe(0);
  expect(thrown).toEqual([]);
});
