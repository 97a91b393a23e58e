import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../src/i18n/strings';
import { PALETTES } from '../../src/map/palette';
import { getStory } from '../../src/story/index';
import { CHAPTER_IDS } from '../../src/story/types';
import { cameraLog, holdMapChunk, scrollSettled, waitForMapIdle, watchCamera, withoutWebGL } from './helpers';

test.describe.configure({ mode: 'parallel' });

type Goable = HTMLElement & { goTo(id: string): void };

interface Focused {
  tag: string;
  text: string;
  chapter: string | null;
  outline: string;
  where: 'panel' | 'map' | 'controls' | 'other';
}

/** The focused element through shadow roots, where it sits, and how its focus is drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    // Walk out through shadow roots to the explainer's own tree, noting the chapter on the way.
    let chapter: string | null = null;
    let where: Focused['where'] = 'other';
    for (let n: Element | null = el; n; ) {
      const section = n.closest('section[data-chapter]');
      if (section && !chapter && section.closest('.panel')) chapter = section.getAttribute('data-chapter');
      if (n.closest('.panel')) where = 'panel';
      else if (n.closest('dmz-map') || n.localName === 'dmz-map') where = where === 'other' ? 'map' : where;
      else if (n.closest('.controls, .overlays, .presenter-nav')) where = where === 'other' ? 'controls' : where;
      const root = n.getRootNode();
      n = root instanceof ShadowRoot ? root.host : null;
    }
    // 'auto' is Chromium's own two-tone focus ring: visible on any background (WCAG 2.4.7).
    const ring =
      cs.outlineStyle === 'auto' || (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2)
        ? `outline ${cs.outlineStyle} ${cs.outlineWidth}`
        : cs.boxShadow !== 'none'
          ? `shadow ${cs.boxShadow}`
          : 'none';
    return { tag: el.localName, text: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 50), chapter, outline: ring, where };
  });
}

test('keyboard: every stop has a visible focus ring, the story is in reading order, the map is opt-in', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForMapIdle(page);
  const stops: Focused[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    if (stops.length && stops[0]!.tag === f.tag && stops[0]!.text === f.text && stops.length > 5) break;
    stops.push(f);
  }
  expect(stops.length).toBeGreaterThan(10);
  const invisible = stops.filter((s) => s.outline === 'none');
  expect(invisible, 'focus stops without a visible focus indicator').toEqual([]);
  // The map canvas is not a tab stop while it takes no input.
  expect(stops.filter((s) => s.tag === 'canvas')).toEqual([]);
  // Reading order: the story's stops go chapter by chapter, every chapter has one.
  const order = stops.filter((s) => s.where === 'panel').map((s) => CHAPTER_IDS.indexOf(s.chapter as (typeof CHAPTER_IDS)[number]));
  expect(order.every((v, i) => i === 0 || v >= order[i - 1]!), `chapter order of focus stops: ${order.join(',')}`).toBe(true);
  expect(new Set(order).size).toBe(CHAPTER_IDS.length);
  // Tabbing through the story carried the reader (and the map) to the last chapter.
  await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'sources');

  // Explore mode by keyboard: the button, then the map itself takes arrow keys and +/-. From a
  // fresh page: after the 150-stop traversal above a slow CI machine is still settling the map.
  await page.goto('/');
  await waitForMapIdle(page);
  const explore = page.locator('dmz-explainer').getByRole('button', { name: 'Explore the map' });
  await explore.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('dmz-explainer').getByRole('button', { name: 'Back to the story' })).toHaveAttribute('aria-pressed', 'true');
  await waitForMapIdle(page);
  const cam = () =>
    page.evaluate(() => {
      const m = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
      return { lng: m.getCenter().lng, zoom: m.getZoom() };
    });
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    if ((await focused(page))?.tag === 'canvas') break;
  }
  const f = await focused(page);
  expect(f?.tag, 'the map canvas is reachable by keyboard in explore mode').toBe('canvas');
  expect(f?.outline).not.toBe('none');
  const before = await cam();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Equal');
  await expect.poll(async () => (await cam()).lng).toBeGreaterThan(before.lng);
  await expect.poll(async () => (await cam()).zoom).toBeGreaterThan(before.zoom);
});

test('the map region has a name and, per chapter, a description; chapter changes are announced politely', async ({ page }) => {
  // The map element's names and text, not its pictures.
  await withoutWebGL(page);
  for (const lang of ['en', 'ko'] as const) {
    await page.goto(`/?lang=${lang}`);
    const el = page.locator('dmz-explainer');
    const region = el.getByRole('region', { name: STRINGS[lang].mapLabel, exact: true });
    await expect(region).toBeAttached();
    const live = el.locator('[aria-live="polite"]').first();
    for (const c of getStory(lang)) {
      await el.evaluate((e: Goable, id) => e.goTo(id), c.id);
      await expect(el).toHaveAttribute('chapter', c.id);
      // aria-describedby points at the chapter's map description, in the region's own shadow root.
      await expect.poll(() => region.evaluate((r) => r.getRootNode() instanceof ShadowRoot && (r.getRootNode() as ShadowRoot).getElementById(r.getAttribute('aria-describedby')!)?.textContent)).toBe(c.mapDescription);
      await expect(region).toHaveAccessibleDescription(c.mapDescription);
      if (c.index > 0) await expect(live).toContainText(c.heading);
    }
    expect(await live.getAttribute('aria-atomic')).toBe('true');
  }
});

test('prefers-reduced-motion: jumps, not flights; still fog, path and labels', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await waitForMapIdle(page);
  const el = page.locator('dmz-explainer');
  const map = el.locator('dmz-map');
  await expect(map).toHaveAttribute('reduced-motion', '');
  const state = () =>
    page.evaluate(() => {
      const d = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!;
      const m = d.map!;
      return { fog: d.scene?.fog, run: d.scene?.run, lng: m.getCenter().lng, fade: (m as unknown as { _fadeDuration: number })._fadeDuration };
    });
  expect((await state()).fade, 'label fade').toBe(0);
  for (const id of ['the-line', 'fog-crossing', 'jsa-shooting', 'defections'] as const) {
    await watchCamera(page);
    await el.evaluate((e: Goable, c) => e.goTo(c), id);
    await expect(el).toHaveAttribute('chapter', id);
    await waitForMapIdle(page);
    const log = await cameraLog(page);
    // Flights are `essential` (the explainer decides), so MapLibre would fly them: only our jump stills them.
    expect(log.moves, `${id}: one camera move`).toBe(1);
    expect(log.durations[0], `${id}: a jump, not a flight`).toBeLessThan(50);
    const after = await state();
    if (id === 'fog-crossing') expect(after.fog).toBe(0.6);
    if (id === 'jsa-shooting') expect(after.run, 'the path is drawn whole at once').toBe(1);
  }

  // Scrolling within a chapter keeps the map still (no travelling along the line).
  await el.evaluate((e: Goable) => e.goTo('the-line'));
  await waitForMapIdle(page);
  const start = (await state()).lng;
  const y = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await scrollSettled(page, y);
  await expect(el).toHaveAttribute('chapter', 'the-line');
  expect((await state()).lng).toBeCloseTo(start, 6);

  // CSS: the fog wash does not transition (the chart has its own test below).
  const fog = await page.evaluate(() => {
    const wash = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.shadowRoot!.querySelector('.fog-wash')!;
    return getComputedStyle(wash).transitionDuration;
  });
  expect(fog).toBe('0s');
});

for (const reduced of [false, true]) {
  test(`the chart's bars ${reduced ? 'are whole at once with reduced motion' : 'grow from the baseline when the chart comes into view'}`, async ({ page }) => {
    await holdMapChunk(page);
    if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const chart = page.locator('dmz-explainer').locator('dmz-chart');
    await expect(chart.locator('rect').first()).toBeAttached();
    /** Each bar's drawn height (computed style) against the height its data gives it (attribute). */
    const bars = () =>
      chart.evaluate((c) =>
        [...c.shadowRoot!.querySelectorAll('rect')].map((r) => ({ drawn: parseFloat(getComputedStyle(r).height), data: Number(r.getAttribute('height')) })),
      );
    const before = await bars();
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((b) => b.data > 0)).toBe(true);
    // Out of view on load (the chart is in a later chapter): flat, or already whole when still.
    expect(await chart.evaluate((c) => c.getBoundingClientRect().top > innerHeight)).toBe(true);
    const whole = (b: { drawn: number; data: number }) => Math.abs(b.drawn - b.data) < 0.01;
    expect(before.map((b) => (whole(b) ? 'whole' : b.drawn === 0 ? 'flat' : b.drawn))).toEqual(before.map(() => (reduced ? 'whole' : 'flat')));
    // Every transition that starts on a bar, from here on.
    await chart.evaluate((c) => {
      const w = window as unknown as { __barRuns: string[] };
      w.__barRuns = [];
      c.shadowRoot!.addEventListener('transitionrun', (e) => w.__barRuns.push((e as TransitionEvent).propertyName));
    });
    await chart.evaluate((c) => c.scrollIntoView({ block: 'center' }));
    await expect.poll(async () => (await bars()).every(whole), { message: 'bars at their full height' }).toBe(true);
    const runs = await page.evaluate(() => (window as unknown as { __barRuns: string[] }).__barRuns);
    expect(runs.filter((p) => p === 'height').length, 'bars that grew').toBe(reduced ? 0 : before.length);
  });
}

test('the reader’s own "Motion: off" switch stills the map too, without the system setting', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const el = page.locator('dmz-explainer');
  await el.getByRole('button', { name: 'Motion: on' }).click();
  await expect(el.locator('dmz-map')).toHaveAttribute('reduced-motion', '');
  await watchCamera(page);
  await el.evaluate((e: Goable) => e.goTo('buildup'));
  await expect(el).toHaveAttribute('chapter', 'buildup');
  await waitForMapIdle(page);
  const log = await cameraLog(page);
  expect(log.moves).toBe(1);
  expect(log.durations[0], 'a jump, not a flight').toBeLessThan(50);
});

test('a reader who chooses "Motion: on" gets flights even when the system asks for less motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await waitForMapIdle(page);
  const el = page.locator('dmz-explainer');
  await el.getByRole('button', { name: 'Motion: off' }).click();
  await expect(el.locator('dmz-map')).not.toHaveAttribute('reduced-motion', '');
  await watchCamera(page);
  await el.evaluate((e: Goable) => e.goTo('fog-crossing'));
  await waitForMapIdle(page);
  const log = await cameraLog(page);
  expect(log.moves).toBe(1);
  // MapLibre's own reduced-motion check would turn a non-essential flight into a jump.
  expect(log.durations[0], 'a flight').toBeGreaterThan(300);
});

/** Text that overflows its box or the viewport, in the explainer's panel and controls. */
function clipped(page: Page): Promise<{ scrollWidth: number; width: number; lost: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const root = document.querySelector('dmz-explainer')!.shadowRoot!;
    const lost: string[] = [];
    const check = (el: Element, label: string) => {
      // Screen-reader-only text is clipped to 1 px on purpose.
      if (el.closest('.visually-hidden')) return;
      const r = el.getBoundingClientRect();
      if (r.width === 0) return;
      if (r.left < -1 || r.right > vw + 1) lost.push(`${label} spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto') lost.push(`${label} overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
    };
    root.querySelectorAll('.panel .card, .panel .card :is(p, h1, h2, h3, li, a, summary, table), .controls button').forEach((el, i) => check(el, `${el.localName}#${i} "${(el.textContent ?? '').trim().slice(0, 30)}"`));
    const chart = root.querySelector('dmz-chart');
    chart?.shadowRoot?.querySelectorAll('figure, svg, table').forEach((el) => check(el, `chart ${el.localName}`));
    return { scrollWidth: document.scrollingElement!.scrollWidth, width: vw, lost };
  });
}

for (const [name, size] of [
  ['320 CSS px wide', { width: 320, height: 640 }],
  ['200% zoom of a 1280×900 window', { width: 640, height: 450 }],
] as const) {
  test(`reflow at ${name}: no horizontal scrolling and no text lost, in English and Korean`, async ({ page }) => {
    // Text and controls only.
    await holdMapChunk(page);
    await page.setViewportSize(size);
    for (const lang of ['en', 'ko']) {
      await page.goto(`/?lang=${lang}`);
      const el = page.locator('dmz-explainer');
      await expect(el.locator('.layout')).toHaveAttribute('data-layout', 'phone');
      // Open every "Sources" and the chart's table, so their text is measured too.
      await page.evaluate(() => {
        const root = document.querySelector('dmz-explainer')!.shadowRoot!;
        root.querySelectorAll('details').forEach((d) => (d.open = true));
        root.querySelector('dmz-chart')?.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true));
      });
      const r = await clipped(page);
      expect(r.lost, `${lang}: text outside its box or the viewport`).toEqual([]);
      expect(r.scrollWidth, `${lang}: page width`).toBeLessThanOrEqual(size.width);
      // The controls stay on screen and clear of each other.
      const boxes = await el.locator('.controls button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        expect(a.right <= b.left || a.bottom <= b.top, `controls ${i - 1} and ${i} overlap`).toBe(true);
      }
    }
  });
}

/**
 * Text over the map (phone cards, controls, attribution, status) has no opaque background of
 * its own all the way down; composite its backgrounds over every colour the map can show there
 * and check the worst case. axe cannot do this: it sees a canvas and reports "incomplete".
 */
test('contrast: text cards and controls over the map meet AA against every map colour, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`/?theme=${theme}`);
    await waitForMapIdle(page);
    const p = PALETTES[theme];
    const mapColours = [p.sea, p.neighbour, p.north, p.south, p.band, p.mdl, p.fog, p.approx, p.coast];
    const failures = await page.evaluate((under) => {
      const parse = (c: string): number[] => {
        const m = c.match(/[\d.]+/g)!.map(Number);
        return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
      };
      const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1);
      const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
      const lum = (c: number[]) => {
        const [r, g, b] = c.slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      /** Background layers from the element down, through shadow roots, until an opaque one. */
      const backgrounds = (el: Element): number[][] => {
        const layers: number[][] = [];
        for (let n: Element | null = el; n; ) {
          const bg = parse(getComputedStyle(n).backgroundColor);
          if (bg[3]! > 0) layers.push(bg);
          if (bg[3] === 1) return layers;
          const parent: Element | null = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
          // The map sits behind these; stop at its wrapper and use the map colours below.
          if (n.classList?.contains('map-wrap') || n.localName === 'dmz-map') return layers;
          n = parent;
          if (n?.classList?.contains('layout')) return layers;
        }
        return layers;
      };
      const root = document.querySelector('dmz-explainer')!.shadowRoot!;
      const mapRoot = root.querySelector('dmz-map')!.shadowRoot!;
      const texts = [
        ...root.querySelectorAll('.panel .card :is(p, h1, h2, summary, a, li)'),
        ...root.querySelectorAll('.controls button'),
        ...mapRoot.querySelectorAll('.maplibregl-ctrl-attrib a, .maplibregl-ctrl-attrib-inner, .status'),
      ].filter((e) => e.getBoundingClientRect().width > 1 && !e.closest('.visually-hidden'));
      const out: string[] = [];
      for (const e of texts) {
        const cs = getComputedStyle(e);
        const fg = parse(cs.color);
        const size = parseFloat(cs.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
        const need = large ? 3 : 4.5;
        const layers = backgrounds(e).reverse();
        const bases = layers.length && layers[0]![3] === 1 ? [layers[0]!] : under.map(hex);
        let worst = 99;
        for (const base of bases) {
          const bg = layers.reduce((acc, l) => over(l, acc), base);
          worst = Math.min(worst, ratio(over(fg, bg), bg));
        }
        if (worst < need) out.push(`${e.localName}.${e.className} "${(e.textContent ?? '').trim().slice(0, 30)}": ${worst.toFixed(2)} < ${need}`);
      }
      return { checked: texts.length, out };
    }, mapColours);
    expect(failures.checked).toBeGreaterThan(20);
    expect(failures.out, `${theme} theme`).toEqual([]);
  }
});
