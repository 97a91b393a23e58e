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
