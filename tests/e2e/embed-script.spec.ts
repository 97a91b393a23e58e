import { getStory } from '../../src/story/index';
import { CHAPTER_IDS } from '../../src/story/types';
import { EXPLAINER_PATH, expect, test } from './embed-server';
import { collectConsole, hostEvents, mapIdle, scrollToChapter } from './embed-helpers';
import { coloursAround, renderedCount, trackConsoleErrors } from './helpers';

const STORY = '#story';

test.describe('script embed: <script type="module" src=".../embed/dmz-explainer.js">', () => {
  test('served from a sub-path, finds its chunks, data, fonts and worker beside its own module', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    news.clearLog();
    await page.goto(`${news.origin}/article.html`);
    await expect(page.locator(STORY).locator('#h-intro')).toHaveText(getStory('en')[0]!.heading);
    await mapIdle(page, STORY);
    expect(await renderedCount(page, 'mdl', STORY)).toBeGreaterThan(0);
    expect(await renderedCount(page, 'land-south', STORY)).toBeGreaterThan(0);

    const host = new Set(['/article.html', '/article.css', '/host-log.js', '/favicon.ico']);
    const explainer = news.log.filter((p) => !host.has(p));
    // Everything else the explainer loaded came from beside its module, never the page's root.
    expect(explainer.filter((p) => !p.startsWith(`${EXPLAINER_PATH}embed/`))).toEqual([]);
    for (const kind of [/chunks\/dmz-map-.*\.js$/, /\.geojson$/, /\.woff2$/, /maplibre-gl-worker.*\.mjs$/]) {
      expect(explainer.some((p) => kind.test(p)), `a request matching ${kind}`).toBe(true);
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('served from another origin (a CDN), still loads everything and draws the map', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${news.origin}/article-cdn.html`);
    await mapIdle(page, STORY);
    expect(await renderedCount(page, 'mdl', STORY)).toBeGreaterThan(0);
    const geo = requests.filter((u) => u.endsWith('.geojson'));
    expect(geo.length).toBeGreaterThan(0);
    for (const u of geo) expect(new URL(u).origin).toBe(news.altOrigin);
    expect(errors).toEqual([]);
  });

  test('the host hears dmz-ready and dmz-chapter-change as the reader scrolls', async ({ page, news }) => {
    await page.goto(`${news.origin}/article.html`);
    await expect.poll(() => hostEvents(page, 'dmz-ready')).toEqual([{ type: 'dmz-ready', target: 'story', detail: { map: true } }]);
    await scrollToChapter(page, 'fog-crossing', STORY);
    await expect(page.locator(STORY)).toHaveAttribute('chapter', 'fog-crossing');
    const changes = await hostEvents(page, 'dmz-chapter-change');
    expect(changes.at(-1)).toEqual({
      type: 'dmz-chapter-change',
      target: 'story',
      detail: { id: 'fog-crossing', index: CHAPTER_IDS.indexOf('fog-crossing'), total: CHAPTER_IDS.length },
    });
    // Composed and bubbling: the event reached the document through the shadow boundary, once.
    expect(changes.filter((e) => e.detail?.['id'] === 'fog-crossing')).toHaveLength(1);
    await scrollToChapter(page, 'the-line', STORY);
    await expect(page.locator(STORY)).toHaveAttribute('chapter', 'the-line');
    expect((await hostEvents(page, 'dmz-chapter-change')).at(-1)?.detail?.['id']).toBe('the-line');
  });

  test('attributes and methods change it at runtime: chapter, lang, theme, goTo/next/prev', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(`${news.origin}/article.html`);
    const story = page.locator(STORY);
    const layout = story.locator('.layout');
    await mapIdle(page, STORY);

    // chapter: jumps there, scrolls the page to it and tells the host.
    await story.evaluate((el) => el.setAttribute('chapter', 'jsa-shooting'));
    await expect(story).toHaveAttribute('chapter', 'jsa-shooting');
    await expect(story.locator('#jsa-shooting')).toBeInViewport();
    expect((await hostEvents(page, 'dmz-chapter-change')).at(-1)?.detail).toEqual({
      id: 'jsa-shooting',
      index: CHAPTER_IDS.indexOf('jsa-shooting'),
      total: CHAPTER_IDS.length,
    });

    // Methods.
    await story.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => el.next());
    await expect(story).toHaveAttribute('chapter', CHAPTER_IDS[CHAPTER_IDS.indexOf('jsa-shooting') + 1]!);
    await story.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => el.prev());
    await expect(story).toHaveAttribute('chapter', 'jsa-shooting');
    await story.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => el.goTo('the-line'));
    await expect(story).toHaveAttribute('chapter', 'the-line');

    // lang: the story is re-rendered in Korean, in place.
    await story.evaluate((el) => el.setAttribute('lang', 'ko'));
    await expect(layout).toHaveAttribute('lang', 'ko');
    await expect(story.locator('#h-the-line')).toHaveText(getStory('ko')[1]!.heading);
    await expect(story).toHaveAttribute('chapter', 'the-line');

    // theme: dark palette on the element, and the map restyled without errors.
    await story.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(layout).toHaveAttribute('data-theme', 'dark');
    const bg = await layout.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await mapIdle(page, STORY);
    await story.evaluate((el) => el.setAttribute('theme', 'light'));
    await expect(layout).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });

  test('a second copy of the explainer on the page steps aside with one warning, nothing thrown', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    const warnings = collectConsole(page, 'warning');
    const thrown: string[] = [];
    page.on('pageerror', (e) => thrown.push(String(e)));
    await page.goto(`${news.origin}/two-copies.html`);
    await expect(page.locator(STORY).locator('#h-intro')).toHaveText(getStory('en')[0]!.heading);
    await mapIdle(page, STORY);
    await expect.poll(() => warnings.filter((w) => /already defined by another copy/.test(w)).length).toBe(1);
    await scrollToChapter(page, 'the-line', STORY);
    await expect(page.locator(STORY)).toHaveAttribute('chapter', 'the-line');
    expect(thrown).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('bad attribute values: a warning, a dmz-error and the documented default, never a blank element', async ({ page, news }) => {
    const warnings = collectConsole(page, 'warning');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${news.origin}/bad-attrs.html`);
    const story = page.locator(STORY);
    const layout = story.locator('.layout');

    // Defaults: English, auto theme (light here), scroll mode, first chapter, the built-in map.
    await expect(story.locator('#h-intro')).toHaveText(getStory('en')[0]!.heading);
    await expect(layout).toHaveAttribute('lang', 'en');
    await expect(layout).toHaveAttribute('data-theme', 'light');
    await expect(layout).toHaveAttribute('data-mode', 'scroll');
    await expect(story).toHaveAttribute('chapter', 'intro');
    await mapIdle(page, STORY);
    expect(await renderedCount(page, 'mdl', STORY)).toBeGreaterThan(0);

    const errors = await hostEvents(page, 'dmz-error');
    for (const [name, value] of [
      ['lang', 'fr'],
      ['theme', 'neon'],
      ['mode', 'slides'],
      ['chapter', 'nowhere'],
      ['basemap', 'javascript:alert(1)'],
    ]) {
      const said = (text: unknown) => typeof text === 'string' && text.includes(value!);
      expect(errors.some((e) => e.detail?.['reason'] === 'invalid-attribute' && said(e.detail['detail'])), `dmz-error for ${name}`).toBe(true);
      expect(warnings.some((w) => w.startsWith('[dmz-explainer]') && said(w)), `console warning for ${name}`).toBe(true);
    }

    // The same at runtime, and through the API.
    const before = (await hostEvents(page, 'dmz-error')).length;
    await story.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => {
      el.setAttribute('theme', 'plaid');
      el.goTo('atlantis');
    });
    await expect.poll(async () => (await hostEvents(page, 'dmz-error')).length).toBe(before + 2);
    await expect(layout).toHaveAttribute('data-theme', 'light');
    await expect(story).toHaveAttribute('chapter', 'intro');
    expect(pageErrors).toEqual([]);
  });

  test('in a narrow article column: the phone layout, the map pinned behind the cards and drawn at the focus', async ({ page, news }) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${news.origin}/article.html`);
    await mapIdle(page, STORY);
    await scrollToChapter(page, 'fog-crossing', STORY);
    await expect(page.locator(STORY)).toHaveAttribute('chapter', 'fog-crossing');
    await mapIdle(page, STORY);
    // The narrow column gets the phone layout: the map pinned behind, cards scrolling over it.
    await expect(page.locator(STORY).locator('.layout')).toHaveAttribute('data-layout', 'phone');
    const box = (await page.locator(STORY).locator('.map-wrap').boundingBox())!;
    expect(Math.round(box.y)).toBe(0);
    expect(Math.round(box.height)).toBe(860);
    // The chapter's focus, where the phone layout leaves the map clear above the card, is drawn.
    const focus = await page.locator(STORY).evaluate((el) => {
      const m = el.shadowRoot!.querySelector('dmz-map')!;
      const p = m.map!.project(m.scene!.focus);
      const r = m.map!.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    const at = await coloursAround(page, focus.x, focus.y);
    test.info().annotations.push({ type: 'focus pixels', description: JSON.stringify(at) });
    expect(at.distinct, 'colours at the focus').toBeGreaterThanOrEqual(3);
    expect(at.share, 'share of the most common colour').toBeLessThan(0.99);
  });
});
