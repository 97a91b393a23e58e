import type { Page } from '@playwright/test';

/** Fails the test on any request that leaves the page's origin: the explainer must work offline. */
export function trackRequests(page: Page): { offOrigin: string[]; failed: string[] } {
  const offOrigin: string[] = [];
  const failed: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob):/.test(url)) return;
    const host = new URL(url).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') offOrigin.push(url);
  });
  page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
  return { offOrigin, failed };
}

export function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Waits until the first explainer's map has loaded its style and data and stopped moving. */
export async function waitForMapIdle(page: Page, selector = 'dmz-explainer', timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const map = el?.shadowRoot?.querySelector('dmz-map')?.map;
      return !!map && map.loaded() && map.isStyleLoaded() && !map.isMoving();
    },
    selector,
    { timeout, polling: 200 },
  );
}

/** Rendered features of a style layer in the first explainer's map. */
export async function renderedCount(page: Page, layer: string, selector = 'dmz-explainer'): Promise<number> {
  return page.evaluate(
    ([sel, id]) => {
      const map = document.querySelector(sel!)?.shadowRoot?.querySelector('dmz-map')?.map;
      if (!map || !map.getLayer(id!)) return -1;
      return map.queryRenderedFeatures({ layers: [id!] }).length;
    },
    [selector, layer],
  );
}

export async function mapCenter(page: Page, selector = 'dmz-explainer'): Promise<[number, number]> {
  return page.evaluate((sel) => {
    const map = document.querySelector(sel)!.shadowRoot!.querySelector('dmz-map')!.map!;
    const c = map.getCenter();
    return [c.lng, c.lat] as [number, number];
  }, selector);
}

export async function currentChapter(page: Page, selector = 'dmz-explainer'): Promise<string | null> {
  return page.locator(selector).first().getAttribute('chapter');
}

/**
 * For tests of text, keys, the hash, announcements or layout: MapLibre's chunk (the map element
 * and MapLibre) never arrives, so Chromium spends no time drawing WebGL in SwiftShader. The
 * request is held, not failed: the explainer waits as on a slow connection and reports nothing.
 */
export async function holdMapChunk(page: Page): Promise<void> {
  await page.route(/\/dmz-map-[\w-]+\.js$/, () => {});
}

/** getContext('webgl'/'webgl2') returns null for every canvas: the map element draws its static SVG map. */
export const NO_WEBGL = `(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (/webgl/.test(String(type))) return null;
    return original.call(this, type, ...rest);
  };
})();`;

/**
 * For tests that need the map element (its region, description, status) but not its pictures:
 * no WebGL, so the static SVG map is drawn instead of SwiftShader frames.
 */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(NO_WEBGL);
}
