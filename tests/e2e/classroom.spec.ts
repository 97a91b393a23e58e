import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { currentChapter, holdMapChunk, trackConsoleErrors, trackRequests, waitForMapIdle } from './helpers';

const HANGUL = /[\uac00-\ud7a3]/;

test.describe('presenter mode', () => {
  test('keyboard and clicker keys step through the chapters, with a progress indicator', async ({ page }) => {
    await holdMapChunk(page);
    await page.goto('/?mode=present');
    const el = page.locator('dmz-explainer');
    await expect(el).toHaveAttribute('mode', 'present');
    const progress = el.locator('.presenter-nav .progress');
    await expect(progress).toHaveText('Chapter 1 of 8');
    // Only the current chapter is shown.
    await expect(el.locator('.panel section:not([hidden])')).toHaveCount(1);
    const steps: [string, string][] = [
      ['ArrowRight', 'the-line'],
      ['PageDown', 'fog-crossing'], // clicker "next"
      ['Space', 'jsa-shooting'],
      ['ArrowDown', 'defections'],
      ['PageUp', 'jsa-shooting'], // clicker "previous"
      ['ArrowLeft', 'fog-crossing'],
      ['ArrowUp', 'the-line'],
      ['End', 'sources'],
      ['Home', 'intro'],
      ['6', 'buildup'],
      ['2', 'the-line'],
    ];
    for (const [key, id] of steps) {
      await page.keyboard.press(key);
      await expect(el, `after ${key}`).toHaveAttribute('chapter', id);
      await expect(el.locator(`.panel section[data-chapter="${id}"]`)).toBeVisible();
    }
    await expect(progress).toHaveText('Chapter 2 of 8');
    await el.locator('.presenter-nav .next').click();
    await expect(el).toHaveAttribute('chapter', 'fog-crossing');
  });

  test('the map follows the presentation and large type is used', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?mode=present#jsa-shooting');
    await waitForMapIdle(page);
    const zoom = await page.evaluate(() => document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!.getZoom());
    expect(zoom).toBeGreaterThan(14);
    const size = await page.locator('dmz-explainer').locator('.panel section[data-chapter="jsa-shooting"] .card :is(p:not(.kicker), li)').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });
});

test.describe('presenter mode with a larger base size', () => {
  test('the chapter focus stays centred beside the card when a page sets --dmz-font-size', async ({ page }) => {
    // Wide enough that the card is 44 units wide rather than 45 % of the screen.
    await page.setViewportSize({ width: 2200, height: 1000 });
    // The page's own stylesheet, as a newsroom would write it.
    await page.route(/\/(\?.*)?$/, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('</head>', '<style>dmz-explainer { --dmz-font-size: 22px; }</style></head>');
      await route.fulfill({ response: res, body });
    });
    // A chapter framed on its focus (the crossing area): the frame's centre is the focus.
    await page.goto('/?mode=present#fog-crossing');
    await waitForMapIdle(page);
    const { focusX, cardRight, mapRight, size } = await page.evaluate(() => {
      const el = document.querySelector('dmz-explainer')!;
      const m = el.shadowRoot!.querySelector('dmz-map')!;
      const card = el.shadowRoot!.querySelector('section[data-chapter="fog-crossing"] .card')!;
      const p = m.map!.project(m.scene!.focus);
      const box = m.getBoundingClientRect();
      return { focusX: box.left + p.x, cardRight: card.getBoundingClientRect().right, mapRight: box.right, size: parseFloat(getComputedStyle(el).fontSize) };
    });
    expect(size).toBe(22);
    // The focus sits in the middle of what the card leaves free (24 px of air beside the card,
    // 48 px at the right edge), wherever the larger card ends.
    expect(Math.abs(focusX - (cardRight + 24 + mapRight - 48) / 2)).toBeLessThan(20);
  });
});

test.describe('presenter mode on a phone', () => {
  test('the presenter bar fits the screen and its buttons work', async ({ page }) => {
    await holdMapChunk(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?mode=present#jsa-shooting');
    const el = page.locator('dmz-explainer');
    const nav = el.locator('.presenter-nav');
    await expect(nav).toBeVisible();
    for (const item of await nav.locator('button:visible, .progress').all()) {
      const box = (await item.boundingBox())!;
      const label = (await item.textContent()) ?? '';
      expect(box.x, label).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, label).toBeLessThanOrEqual(360);
    }
    await nav.getByRole('button', { name: /Next chapter/ }).click();
    await expect(el).toHaveAttribute('chapter', 'defections');
    await expect(nav.locator('.progress')).toHaveText('Chapter 5 of 8');
  });
});

test.describe('deep links', () => {
  // The hash, the scroll position and the text: no test here needs the map's pictures.
  test.beforeEach(async ({ page }) => holdMapChunk(page));

  test('#chapter opens there in scroll mode, and the hash follows reading without new history entries', async ({ page }) => {
    await page.goto('/#buildup');
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'buildup');
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(1000);
    const before = await page.evaluate(() => history.length);
    await page.evaluate(() => document.querySelector('dmz-explainer')!.goTo('the-line'));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#the-line');
    await page.mouse.wheel(0, 1800);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#the-line');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a Korean deep link on a phone lands like an English one, though the Korean text arrives after the jump', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const el = page.locator('dmz-explainer');
    /** Where the chapter's section sits in the viewport, once it has stopped moving. */
    const settledTop = async () => {
      const top = () => el.evaluate((e) => e.shadowRoot!.querySelector('section[data-chapter="fog-crossing"]')!.getBoundingClientRect().top);
      let last = NaN;
      await expect.poll(async () => { const t = await top(); const still = Math.abs(t - last) < 1; last = t; return still; }, { intervals: [300] }).toBe(true);
      return last;
    };
    await page.goto('/#fog-crossing');
    await expect(el).toHaveAttribute('chapter', 'fog-crossing');
    const english = await settledTop();
    // The Korean text comes late, as on a slow connection: the jump happens with English shown.
    await page.route(/\/ko-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto('/?lang=ko#fog-crossing');
    await expect(el.locator('.layout')).toHaveAttribute('lang', 'ko');
    const korean = await settledTop();
    await expect(el).toHaveAttribute('chapter', 'fog-crossing');
    expect(Math.abs(korean - english), `section top: English ${english}, Korean ${korean}`).toBeLessThanOrEqual(2);
  });

  test('#chapter opens there in presenter mode', async ({ page }) => {
    await page.goto('/?mode=present#defections');
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'defections');
    await expect(page.locator('dmz-explainer').locator('.presenter-nav .progress')).toHaveText('Chapter 5 of 8');
  });

  test('reloading mid-story comes back to the same chapter', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.querySelector('dmz-explainer')!.goTo('jsa-shooting'));
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#jsa-shooting');
    await page.reload();
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'jsa-shooting');
    expect(await currentChapter(page)).toBe('jsa-shooting');
  });
});

/** Prints the page as Chromium does for a reader, and reads the PDF back: pages, text, path count. */
async function printed(page: Page): Promise<{ pages: number; text: string; paths: number }> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  let paths = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    text += (await p.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ');
    paths += (await p.getOperatorList()).fnArray.filter((f) => f === 91 /* constructPath */).length;
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' '), paths };
}

test.describe('printable handout', () => {
  test('prints to at most 3 A4 pages with every chapter, a map per chapter, questions and sources', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // Nothing of it is drawn for a reader who never prints: it is rendered on beforeprint.
    expect(await page.locator('dmz-explainer').evaluate((e) => e.shadowRoot!.querySelectorAll('dmz-handout').length)).toBe(0);
    const { pages, text, paths } = await printed(page);
    expect(pages).toBeLessThanOrEqual(3);
    for (const heading of ['A line of markers, not a fence', 'Out of the fog', 'Questions for discussion', 'Main sources']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/21 December 2017/);
    expect(text).toMatch(/reuters\.com/);
    // Six static maps drawn as vector paths: far more path operations than text alone would need.
    expect(paths).toBeGreaterThan(30);
  });

  test('prints even when the map never loads', async ({ page }) => {
    // The map chunk never arrives: the handout does not depend on it.
    await page.route(/dmz-map-.*\.js$/, () => {});
    await page.goto('/');
    const el = page.locator('dmz-explainer');
    await expect(el.getByRole('heading', { name: 'Out of the fog' })).toBeVisible();
    const { pages, text, paths } = await printed(page);
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain('Questions for discussion');
    expect(paths).toBeGreaterThan(30);
  });
});

test.describe('Korean', () => {
  test('?lang=ko shows every chapter and the map labels in Korean', async ({ page }) => {
    await page.goto('/?lang=ko');
    await waitForMapIdle(page);
    const el = page.locator('dmz-explainer');
    await expect(el).toHaveAttribute('lang', 'ko');
    for (const id of ['intro', 'the-line', 'fog-crossing', 'jsa-shooting', 'defections', 'buildup', 'sources']) {
      const heading = await el.locator(`.panel section[data-chapter="${id}"] [part="heading"]`).textContent();
      expect(heading, id).toMatch(HANGUL);
    }
    await expect(el.locator('.controls .explore')).toHaveText(/지도/);
    const fields = await page.evaluate(() => {
      const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
      return ['places-label', 'mdl-label', 'country-label'].map((id) => JSON.stringify(map.getLayoutProperty(id, 'text-field')));
    });
    for (const f of fields) expect(f).toContain('name_ko');
    const labels = await page.evaluate(() => {
      const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
      return map.queryRenderedFeatures({ layers: ['places-label'] }).map((f) => String(f.properties['name_ko']));
    });
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(HANGUL);
  });
});

test.describe('no internet', () => {
  let server: ChildProcess;
  let url = '';
  test.beforeAll(async () => {
    server = spawn(process.execPath, ['dist/serve-offline.mjs', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    url = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (d: Buffer) => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d));
        if (m) resolve(m[0]);
      });
      server.on('exit', () => reject(new Error('serve-offline exited')));
    });
  });
  test.afterAll(() => {
    server?.kill();
  });

  test('the built site runs from the bundled one-command server with every other request blocked', async ({ page, context }) => {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('internetdisconnected'));
    const requests = trackRequests(page);
    await page.goto(url + '?lang=ko');
    await waitForMapIdle(page);
    await expect(page.locator('dmz-explainer').locator('.panel section[data-chapter="intro"] [part="heading"]')).toHaveText(HANGUL);
    expect(requests.failed).toEqual([]);
    expect(requests.offOrigin).toEqual([]);
  });

  test('the single-file copy opens from the disk (file://): no server, nothing fetched, every feature there', async ({ page, context }) => {
    const file = resolve('dist/offline/dmz-explainer-offline.html');
    // One file to carry around; a sanity bound, not a budget.
    expect(statSync(file).size).toBeLessThan(6 * 2 ** 20);
    const href = pathToFileURL(file).href;
    await context.route(/^https?:/, (route) => route.abort('internetdisconnected'));
    const fetched: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && r.url().split(/[?#]/)[0] !== href) fetched.push(r.url());
    });
    page.on('requestfailed', (r) => failed.push(`${r.url().slice(0, 80)} ${r.failure()?.errorText ?? ''}`));
    const errors = trackConsoleErrors(page);
    await page.goto(`${href}?mode=present&lang=ko#the-line`);
    const el = page.locator('dmz-explainer');
    await expect(el).toHaveAttribute('chapter', 'the-line');
    await expect(el.locator('.panel section[data-chapter="the-line"] [part="heading"]')).toHaveText(HANGUL);
    await waitForMapIdle(page);
    await page.keyboard.press('ArrowRight');
    await expect(el).toHaveAttribute('chapter', 'fog-crossing');
    await waitForMapIdle(page);
    expect(fetched).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
