import { expect, test, type Page } from '@playwright/test';
import { dmzErrors, RECORD_EVENTS } from './resilience-helpers';
import { waitForMapIdle } from './helpers';

test.describe.configure({ mode: 'parallel' });

const PWN = 'window.__pwned=(window.__pwned||0)+1';
const PAYLOADS = {
  lang: `<img src=x onerror="${PWN}">`,
  theme: `<svg onload="${PWN}">`,
  mode: `"><script>${PWN}</script>`,
  chapter: `"><img src=x onerror="${PWN}">`,
  basemap: `javascript:${PWN}`,
};

/** Fails on any dialog, and records whether a payload ran. */
async function guard(page: Page): Promise<{ dialogs: string[]; thrown: string[] }> {
  const dialogs: string[] = [];
  const thrown: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => thrown.push(String(e)));
  await page.addInitScript(RECORD_EVENTS);
  return { dialogs, thrown };
}

/** Nothing from a payload became an element or an event handler, anywhere in the page or its shadow roots. */
async function expectNothingInjected(page: Page): Promise<void> {
  // A control image like the payloads' own: once its error handler has run, theirs would have too.
  await page.evaluate(async () => {
    const img = document.createElement('img');
    const failed = new Promise((r) => (img.onerror = r));
    img.src = 'x';
    document.body.append(img);
    await failed;
    img.remove();
  });
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const handlers = [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name);
        if (handlers.length) bad.push(`${el.localName}[${handlers.join(',')}]`);
        if (el.localName === 'img' && el.getAttribute('src') === 'x') bad.push('img[src=x]');
        if (el.localName === 'script' && /__pwned/.test(el.textContent ?? '')) bad.push('script');
        if (el.localName === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('a[href=javascript:]');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { bad, pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0 };
  });
  expect(found).toEqual({ bad: [], pwned: 0 });
}

test('hostile attributes are refused with dmz-error and never rendered as HTML', async ({ page }) => {
  const { dialogs, thrown } = await guard(page);
  await page.goto('/');
  await waitForMapIdle(page);
  await page.evaluate((payloads) => {
    const el = document.querySelector('dmz-explainer')!;
    for (const [name, value] of Object.entries(payloads)) el.setAttribute(name, value);
    // And an element born with them, parsed from markup.
    const box = document.createElement('div');
    const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    box.innerHTML = `<dmz-explainer ${Object.entries(payloads).map(([n, v]) => `${n}="${esc(v)}"`).join(' ')}></dmz-explainer>`;
    document.body.append(box);
  }, PAYLOADS);
  await expect(page.locator('dmz-explainer').nth(1).locator('.panel section[data-chapter]')).toHaveCount(8);
  const reasons = (await dmzErrors(page)).filter((e) => e.reason === 'invalid-attribute').map((e) => e.message);
  for (const name of ['lang', 'theme', 'mode', 'chapter']) {
    expect(reasons.filter((m) => m.includes(`Unknown ${name}`)), `${name} refused twice`).toHaveLength(2);
  }
  expect(reasons.filter((m) => m.startsWith('Ignored basemap'))).toHaveLength(2);
  // The explainer fell back to its defaults and the map kept its own style.
  await expect(page.locator('dmz-explainer').first().locator('.layout')).toHaveAttribute('lang', 'en');
  await waitForMapIdle(page);
  expect(await page.evaluate(() => document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getStyle().name)).toBe('dmz-explainer');
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  expect(thrown).toEqual([]);
});

test('hostile URL parameters and hash on the reader page and the iframe embed page', async ({ page }) => {
  const { dialogs, thrown } = await guard(page);
  const q = new URLSearchParams({ lang: PAYLOADS.lang, mode: PAYLOADS.mode, theme: PAYLOADS.theme }).toString();
  await page.goto(`/?${q}#${encodeURIComponent(PAYLOADS.chapter)}`);
  await expect(page.locator('dmz-explainer').locator('.panel section[data-chapter]')).toHaveCount(8);
  await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'intro');
  expect((await dmzErrors(page)).filter((e) => e.reason === 'invalid-attribute').length).toBeGreaterThanOrEqual(3);
  await expectNothingInjected(page);

  const embedQ = new URLSearchParams({ ...PAYLOADS, 'heading-level': '<h1>' }).toString();
  await page.goto(`/embed.html?${embedQ}`);
  await expect(page.locator('dmz-explainer').locator('.panel section[data-chapter]')).toHaveCount(8);
  expect((await dmzErrors(page)).map((e) => e.message).join('\n')).toMatch(/Ignored basemap/);
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  expect(thrown).toEqual([]);
});

test('basemap: data:, javascript: and file: URLs are refused before any request', async ({ page }) => {
  const { dialogs } = await guard(page);
  const requested: string[] = [];
  page.on('request', (r) => {
    if (/^(data:application|javascript:|file:)/.test(r.url())) requested.push(r.url());
  });
  await page.goto('/');
  await waitForMapIdle(page);
  for (const bad of ['data:application/json,{"version":8,"sources":{},"layers":[]}', 'javascript:alert(1)', 'file:///etc/passwd']) {
    await page.locator('dmz-explainer').evaluate((el, b) => el.setAttribute('basemap', b), bad);
    await expect.poll(async () => (await dmzErrors(page)).some((e) => e.message.includes(bad.slice(0, 20)))).toBe(true);
  }
  // The map has settled on its own style again: a style request would have been made by now.
  await waitForMapIdle(page);
  expect(requested).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getStyle().name)).toBe('dmz-explainer');
  expect(dialogs).toEqual([]);
});

test('an http basemap whose style carries HTML: drawn as text, never as markup', async ({ page }) => {
  const { dialogs, thrown } = await guard(page);
  const html = `<img src=x onerror="${PWN}"><b>bold</b>`;
  const style = {
    version: 8,
    name: html,
    metadata: { note: html, '<script>': `<script>${PWN}</script>` },
    sources: {
      evil: {
        type: 'geojson',
        attribution: `${html} Evil maps <a href="javascript:${PWN}">click</a> <a href="https://example.com/" onclick="${PWN}">Example</a>`,
        data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: html }, geometry: { type: 'Point', coordinates: [127, 37.9] } }] },
      },
    },
    layers: [
      { id: 'evil-bg', type: 'background', paint: { 'background-color': '#ccddee' }, metadata: { html } },
      {
        id: 'evil-label',
        type: 'symbol',
        source: 'evil',
        layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans KR Regular'], 'text-size': 14 },
      },
    ],
  };
  await page.route('**/hostile-style.json', (r) => r.fulfill({ json: style }));
  await page.goto('/');
  await page.locator('dmz-explainer').evaluate((el) => el.setAttribute('basemap', '/hostile-style.json'));
  await expect.poll(() =>
    page.evaluate(() => {
      const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map;
      return !!map?.getLayer('evil-label') && map.isStyleLoaded() && map.loaded();
    }), { timeout: 60_000 }).toBe(true);
  // The label is drawn by MapLibre as glyphs on the canvas, from the raw string.
  const labels = await page.evaluate(() => {
    const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
    return map.querySourceFeatures('evil').map((f) => f.properties['name'] as unknown);
  });
  expect(labels[0]).toBe(html);
  const attribution = page.locator('dmz-explainer').locator('dmz-map').locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('Evil maps');
  await expect(attribution.locator('img, b, script')).toHaveCount(0);
  await expect(attribution.getByRole('link', { name: 'Example' })).toHaveAttribute('href', 'https://example.com/');
  await expect(attribution.getByRole('link', { name: 'click' })).toHaveCount(0);
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  expect(thrown).toEqual([]);
});

test('a basemap that 404s or is not a style: reported, and the built-in map is drawn instead', async ({ page }) => {
  await guard(page);
  await page.route('**/missing-style.json', (r) => r.fulfill({ status: 404, body: 'nope' }));
  await page.route('**/not-a-style.json', (r) => r.fulfill({ json: { hello: '<b>world</b>' } }));
  await page.goto('/');
  await page.locator('dmz-explainer').evaluate((el) => el.setAttribute('basemap', '/missing-style.json'));
  await expect.poll(async () => (await dmzErrors(page)).map((e) => e.reason)).toContain('basemap-failed');
  await waitForMapIdle(page);
  const name = () => page.evaluate(() => document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getStyle().name);
  expect(await name()).toBe('dmz-explainer');
  await page.locator('dmz-explainer').evaluate((el) => el.setAttribute('basemap', '/not-a-style.json'));
  await expect.poll(async () => (await dmzErrors(page)).filter((e) => e.reason === 'basemap-failed').length).toBe(2);
  await waitForMapIdle(page);
  expect(await name()).toBe('dmz-explainer');
  expect(await page.locator('dmz-explainer').locator('dmz-map').getByRole('alert').count()).toBe(0);
});

test('postMessage: the embed ignores a well-formed message from a window other than its host', async ({ page }) => {
  await page.route('http://third-party.test/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ad</title><p>Ad</p>' }),
  );
  await page.route('**/resilience-frame-host.html', (r) => r.fulfill({ path: 'tests/e2e/fixtures/resilience-frame-host.html' }));
  await page.goto('/resilience-frame-host.html');
  const embed = page.frameLocator('#embed');
  await expect(embed.locator('dmz-explainer').locator('.panel section[data-chapter]')).toHaveCount(8);
  const frame = page.frames().find((f) => f.url().endsWith('/embed.html'))!;
  const ad = page.frames().find((f) => f.url().startsWith('http://third-party.test'))!;
  const state = () => frame.evaluate(() => ({ y: Math.round(scrollY), hosted: document.documentElement.classList.contains('dmz-hosted') }));
  // Counts what reaches the embed's window; the embed's own listener, added first, sees each before.
  await frame.evaluate(() => {
    const w = window as unknown as { __seen: number };
    w.__seen = 0;
    addEventListener('message', () => w.__seen++);
  });
  // Another origin's frame on the same page, with a message of exactly the right shape.
  await ad.evaluate(() => parent.frames[0]!.postMessage({ type: 'dmz-explainer:viewport', top: 1500 }, '*'));
  // The embed's own window talking to itself (a script injected next to it, say).
  await frame.evaluate(() => postMessage({ type: 'dmz-explainer:viewport', top: 1600 }, '*'));
  // The genuine host, but with hostile shapes.
  await page.evaluate(() => {
    const w = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    for (const bad of [{ type: 'dmz-explainer:viewport', top: '<img src=x onerror=alert(1)>' }, { type: 'dmz-explainer:viewport', top: 1e12 }, '<img src=x>', null]) {
      w.postMessage(bad, '*');
    }
  });
  await expect.poll(() => frame.evaluate(() => (window as unknown as { __seen: number }).__seen)).toBe(6);
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await state()).toEqual({ y: 0, hosted: false });
  // Control: the genuine host with the right shape is obeyed, so the refusals above were real.
  await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'dmz-explainer:viewport', top: 1500 }, '*'));
  await expect.poll(state).toEqual({ y: 1500, hosted: true });
});
