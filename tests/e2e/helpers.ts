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

/** Waits until the first explainer's map has loaded its style and data, arrived at its chapter and stopped moving. */
export async function waitForMapIdle(page: Page, selector = 'dmz-explainer', timeout = 60_000): Promise<void> {
  // A jump's camera starts on the next frame (jumps in one frame coalesce): let two frames pass first.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const dmzMap = el?.shadowRoot?.querySelector('dmz-map');
      const map = dmzMap?.map;
      // aria-busy: the camera is still waiting for the scroll to rest, or flying to the chapter.
      const busy = dmzMap?.shadowRoot?.querySelector('.canvas')?.getAttribute('aria-busy') === 'true';
      return !!map && map.loaded() && map.isStyleLoaded() && !map.isMoving() && !busy;
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

/** Where the first explainer's map camera is: its centre and zoom. */
export async function mapCamera(page: Page, selector = 'dmz-explainer'): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate((sel) => {
    const map = document.querySelector(sel)!.shadowRoot!.querySelector('dmz-map')!.map!;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
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

/**
 * Resolves once the page has stayed at one scroll position for three frames (a smooth scroll has
 * ended). With `from`, the page must first have left that position (a wheel scroll has started).
 */
export async function scrollSettled(page: Page, from?: number): Promise<void> {
  await page.evaluate(
    (start) =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const tick = () => {
          still = scrollY === last && scrollY !== start ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    from ?? Number.NaN,
  );
}

/**
 * The colours of a square of the page's screenshot around (x, y), in CSS px of the viewport:
 * how many distinct ones, and the most common one with its share. Decoded in the page from the
 * PNG Playwright takes, so nothing but Chromium is needed.
 */
export async function coloursAround(page: Page, x: number, y: number, half = 20): Promise<{ distinct: number; dominant: string; share: number }> {
  const png = await page.screenshot({ clip: { x: x - half, y: y - half, width: 2 * half, height: 2 * half } });
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [dominant, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return { distinct: counts.size, dominant, share: n / (data.length / 4) };
  }, [...png]);
}

export interface CameraLog {
  /** Camera moves started (MapLibre `movestart`: a flight, an ease or a jump). */
  moves: number;
  /** How long each finished move took, in ms: a jump takes none, a flight a second or more. */
  durations: number[];
}

/**
 * Counts the first explainer's camera moves from the outside, with MapLibre's own events: no
 * counter in the shipped code. Call once the map exists; read with {@link cameraLog}.
 */
export async function watchCamera(page: Page, selector = 'dmz-explainer'): Promise<void> {
  await page.evaluate((sel) => {
    const map = document.querySelector(sel)!.shadowRoot!.querySelector('dmz-map')!.map! as unknown as {
      on: (type: string, f: () => void) => void;
      __watched?: boolean;
    };
    const w = window as unknown as { __camera: { moves: number; durations: number[]; started: number } };
    // Starts counting afresh; listeners go on each map once.
    w.__camera = { moves: 0, durations: [], started: 0 };
    if (map.__watched) return;
    map.__watched = true;
    map.on('movestart', () => {
      const log = w.__camera;
      log.moves++;
      log.started = performance.now();
    });
    map.on('moveend', () => w.__camera.durations.push(performance.now() - w.__camera.started));
  }, selector);
}

export async function cameraLog(page: Page): Promise<CameraLog> {
  return page.evaluate(() => {
    const log = (window as unknown as { __camera: CameraLog }).__camera;
    return { moves: log.moves, durations: [...log.durations] };
  });
}

/** Waits until the camera has made `moves` moves in all and stopped. */
export async function waitForMoves(page: Page, moves: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const log = (window as unknown as { __camera: CameraLog }).__camera;
      return log.moves >= n && log.durations.length >= log.moves;
    },
    moves,
    { timeout: 30_000, polling: 100 },
  );
}
