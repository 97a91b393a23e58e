import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { holdMapChunk, scrollSettled, waitForMapIdle, withoutWebGL } from './helpers';

const IDS = ['intro', 'the-line', 'fog-crossing', 'jsa-shooting', 'defections', 'buildup', 'since-2017', 'sources'];

async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __events: unknown[] }).__events = [];
    document.addEventListener('dmz-chapter-change', (e) => {
      (window as unknown as { __events: unknown[] }).__events.push(e.detail);
    });
  });
}

/** Scrolls down (or up) in wheel steps until the explainer reports `id`. */
async function scrollUntil(page: Page, id: string, dy: number) {
  for (let i = 0; i < 80; i++) {
    if ((await page.locator('dmz-explainer').getAttribute('chapter')) === id) return;
    await page.mouse.wheel(0, dy);
    await scrollSettled(page);
  }
  throw new Error(`never reached ${id}`);
}

/** What the map shows now: its centre, the scene's area, visible overlay layers and the scene's groups. */
async function mapState(page: Page) {
  return page.evaluate(() => {
    const m = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!;
    const map = m.map!;
    const scene = m.scene!;
    const visible = map
      .getStyle()
      .layers.filter((l) => l.layout?.visibility === 'visible' && !['background', 'land-neighbour', 'land-north', 'land-south', 'land-outline', 'country-label'].includes(l.id))
      .map((l) => l.id);
    const c = map.getCenter();
    return { center: [c.lng, c.lat] as [number, number], area: scene.area, groups: scene.groups, visible, chapter: scene.id };
  });
}

test.describe('the story', () => {
  test('scrolling down visits all eight chapters in order, each with its own map; scrolling up restores', async ({ page }) => {
    test.setTimeout(180_000);
    // Jumps, not flights: what is read here is where each chapter's camera ends and what it draws
    // (flights are tested in foundation.spec.ts and a11y.spec.ts; the reduced-motion jump there).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordEvents(page);
    await page.goto('/');
    await waitForMapIdle(page);
    expect(await page.locator('dmz-explainer').getAttribute('chapter')).toBe('intro');
    const states: Record<string, Awaited<ReturnType<typeof mapState>>> = {};
    for (const id of IDS.slice(1)) {
      await scrollUntil(page, id, 250);
      await waitForMapIdle(page);
      states[id] = await mapState(page);
    }
    const events = await page.evaluate(() => (window as unknown as { __events: { id: string; index: number; total: number }[] }).__events);
    expect(events.map((e) => e.id)).toEqual(IDS.slice(1));
    expect(events.every((e, i) => e.index === i + 1 && e.total === 8)).toBe(true);
    for (const [id, s] of Object.entries(states)) {
      expect(s.chapter).toBe(id);
      const [[w, south], [e, n]] = s.area;
      expect(s.center[0], `${id} centre lon`).toBeGreaterThanOrEqual(w);
      expect(s.center[0], `${id} centre lon`).toBeLessThanOrEqual(e);
      expect(s.center[1], `${id} centre lat`).toBeGreaterThanOrEqual(south);
      expect(s.center[1], `${id} centre lat`).toBeLessThanOrEqual(n);
    }
    expect(states['fog-crossing']!.visible).toContain('fog-area');
    expect(states['jsa-shooting']!.visible).toContain('jsa-site-run');
    expect(states['buildup']!.visible).toContain('distance-line');
    expect(states['defections']!.visible).not.toContain('jsa-site-run');
    // Back up: the fog chapter's state returns.
    await scrollUntil(page, 'fog-crossing', -250);
    await waitForMapIdle(page);
    const back = await mapState(page);
    expect(back.visible.sort()).toEqual(states['fog-crossing']!.visible.sort());
    expect(back.groups).toEqual(states['fog-crossing']!.groups);
  });

  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1440, height: 900 },
  ]) {
    test(`${size.name}: story text is never under the map, and axe finds nothing serious`, async ({ page }) => {
      // Stacking and text only: the map element's box is there without MapLibre's pictures.
      await holdMapChunk(page);
      await page.setViewportSize(size);
      await page.goto('/');
      for (const id of IDS) {
        await page.evaluate((id) => document.querySelector('dmz-explainer')!.goTo(id), id);
        await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', id);
        await scrollSettled(page);
        // Every paragraph whose centre is on screen must be the topmost thing there.
        const hidden = await page.evaluate(() => {
          const root = document.querySelector('dmz-explainer')!.shadowRoot!;
          const out: string[] = [];
          for (const p of root.querySelectorAll<HTMLElement>('.card p, .card h1, .card h2, .card h3')) {
            const r = p.getBoundingClientRect();
            const x = r.left + Math.min(r.width / 2, 40);
            const y = r.top + r.height / 2;
            if (r.height === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
            const top = root.elementFromPoint(x, y);
            if (!top || !(top === p || p.contains(top) || top.closest('.card'))) out.push(`${p.textContent?.slice(0, 40)} under ${top?.tagName}`);
          }
          return out;
        });
        expect(hidden, `text hidden in ${id}`).toEqual([]);
      }
      // One axe pass per layout here; a11y-axe.spec.ts checks every chapter in every mode and theme.
      // axe.run() in the page: there are no frames to merge results from (see a11y-axe.spec.ts).
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).setLegacyMode().analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the text is complete before the map code loads', async ({ page }) => {
    // Hold back MapLibre's chunk: the whole story must already be readable.
    await page.route(/dmz-map-.*\.js$/, () => {});
    await page.goto('/');
    const root = page.locator('dmz-explainer');
    await expect(root.locator('.panel section[data-chapter]')).toHaveCount(8);
    for (const id of IDS) await expect(root.locator(`.panel section[data-chapter="${id}"] [part="heading"]`)).not.toBeEmpty();
    await expect(root.locator('.panel section[data-chapter="jsa-shooting"]')).toContainText('Oh Chong-song');
  });

  test('every chapter announces what its map shows', async ({ page }) => {
    // The map element's text, not its pictures.
    await withoutWebGL(page);
    await page.goto('/');
    for (const id of ['fog-crossing', 'jsa-shooting']) {
      await page.evaluate((id) => document.querySelector('dmz-explainer')!.goTo(id), id);
      const live = page.locator('dmz-explainer').locator('[aria-live="polite"]');
      await expect(live).toContainText(id === 'jsa-shooting' ? 'Joint Security Area' : 'approximate');
      await expect(page.locator('dmz-explainer').locator('dmz-map').locator('#desc')).not.toBeEmpty();
    }
  });
});
