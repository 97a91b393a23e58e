import type { Page } from '@playwright/test';
import { expect, test } from './embed-server';
import { collectConsole, scrollToChapter } from './embed-helpers';

/**
 * Host page CSS that decides where the pinned map sits: a fixed site header, and the
 * `overflow-x: hidden` themes put on `html, body`. Pages in fixtures/: fixed-header.html, and the article under overflow-*.css (`?host-css=`).
 */

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The pinned map's box, its control buttons' boxes and what the page shows at each button's centre. */
async function mapBoxes(page: Page): Promise<{ map: Box; buttons: (Box & { hit: boolean })[]; viewport: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('dmz-explainer')!.shadowRoot!;
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const buttons = [...root.querySelectorAll('.controls button')].map((button) => {
      const b = box(button);
      // The button, not the header over it, is what a click at its centre reaches.
      const hit = root.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2) === button;
      return { ...b, hit };
    });
    return { map: box(root.querySelector('.map-wrap')!), buttons, viewport: innerHeight };
  });
}

async function storyShown(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('dmz-explainer')?.shadowRoot?.querySelectorAll('.controls button').length ?? 0) >= 2);
}

/** The map's top at two reading positions a few chapters apart: equal when the map is pinned. */
async function mapTops(page: Page): Promise<[number, number]> {
  await scrollToChapter(page, 'the-line');
  const first = (await mapBoxes(page)).map.top;
  await scrollToChapter(page, 'defections');
  const second = (await mapBoxes(page)).map.top;
  return [first, second];
}

test('under a 56 px fixed header, the pinned map and its buttons sit fully below the header while reading', async ({ page, news }) => {
  await page.goto(`${news.origin}/fixed-header.html`);
  await storyShown(page);
  const header = await page.evaluate(() => document.querySelector('.navbar')!.getBoundingClientRect().bottom);
  expect(header).toBe(56);
  for (const chapter of ['the-line', 'jsa-shooting', 'buildup']) {
    await scrollToChapter(page, chapter);
    await expect.poll(async () => (await mapBoxes(page)).map.top, { message: chapter }).toBeCloseTo(header, 0);
    const { map, buttons, viewport } = await mapBoxes(page);
    // Below the header and down to the bottom of the window: no strip hidden, no strip empty.
    expect(map.bottom, chapter).toBeCloseTo(viewport, 0);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const button of buttons) {
      expect(button.top, chapter).toBeGreaterThanOrEqual(header);
      expect(button.hit, `${chapter}: a button is covered`).toBe(true);
    }
  }
});

test('html, body { overflow-x: hidden }: the map either stays pinned or the console names the box to fix', async ({ page, news }) => {
  const warnings = collectConsole(page, 'warning');
  await page.goto(`${news.origin}/article.html?host-css=overflow-hidden`);
  await storyShown(page);
  const [first, second] = await mapTops(page);
  const pinned = Math.abs(first) < 1 && Math.abs(second) < 1;
  if (!pinned) {
    await expect
      .poll(() => warnings.filter((w) => w.startsWith('[dmz-explainer] <body>')))
      .toEqual([expect.stringMatching(/overflow-x: hidden.*stops the map from staying pinned.*overflow-x: clip/)]);
  }
});

test('the iframe embed under html, body { overflow-x: hidden }: resize.js names the box to fix', async ({ page, news }) => {
  const warnings = collectConsole(page, 'warning');
  await page.goto(`${news.origin}/iframe.html?host-css=overflow-hidden`);
  // resize.js has sized the track from the story's height: it has had its first height message.
  await page.waitForFunction(() => parseFloat(document.getElementById('track')!.style.height) > innerHeight);
  const tops: number[] = [];
  for (const fraction of [0.3, 0.6]) {
    await page.evaluate((f) => {
      const track = document.getElementById('track')!;
      scrollTo({ top: track.offsetTop + track.offsetHeight * f, behavior: 'instant' });
    }, fraction);
    tops.push(await page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().top));
  }
  const pinned = tops.every((top) => Math.abs(top) < 1);
  if (!pinned) {
    await expect
      .poll(() => warnings.filter((w) => w.startsWith('[dmz-explainer] <body>')))
      .toEqual([expect.stringMatching(/overflow stops the map pinning: use overflow-x: clip/)]);
  }
});

test('the documented fix, overflow-x: clip, pins the map, and no warning is printed', async ({ page, news }) => {
  const warnings = collectConsole(page, 'warning');
  await page.goto(`${news.origin}/article.html?host-css=overflow-clip`);
  await storyShown(page);
  const [first, second] = await mapTops(page);
  expect(first).toBeCloseTo(0, 0);
  expect(second).toBeCloseTo(0, 0);
  // The check runs a frame after connecting; by the time the page has scrolled twice it has run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(warnings.filter((w) => /pinned/.test(w))).toEqual([]);
});
