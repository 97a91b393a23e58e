import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_IDS } from '../../src/story/types';
import { holdMapChunk, waitForMapIdle } from './helpers';

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Mode = 'scroll' | 'present';
type Goable = HTMLElement & { goTo(id: string): void };

/**
 * axe.run() in the page itself (legacy mode). The default opens a blank page for every scan to
 * merge results from cross-origin frames; the explainer has no frames, and the extra pages cost
 * minutes.
 */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(TAGS).setLegacyMode();

async function open(page: Page, mode: Mode): Promise<void> {
  // Jumps instead of flights: the DOM axe reads is the same, and SwiftShader is not kept busy
  // drawing camera flights while axe runs (motion itself is tested in a11y.spec.ts).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  // Presenter mode set on the element itself, as a host page would.
  await page.locator('dmz-explainer').evaluate((e, m) => e.setAttribute('mode', m), mode);
}

async function setLook(page: Page, lang: 'en' | 'ko', theme: 'light' | 'dark'): Promise<void> {
  const el = page.locator('dmz-explainer');
  await el.evaluate((e, [l, t]) => (e.setAttribute('lang', l!), e.setAttribute('theme', t!)), [lang, theme]);
  await expect(el.locator('.layout')).toHaveAttribute('data-theme', theme);
  await expect(el.locator('.layout')).toHaveAttribute('lang', lang);
}

async function goTo(page: Page, id: string): Promise<void> {
  const el = page.locator('dmz-explainer');
  await el.evaluate((e: Goable, c) => e.goTo(c), id);
  await expect(el).toHaveAttribute('chapter', id);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function record(violations: string[], where: string, results: Awaited<ReturnType<AxeBuilder['analyze']>>): void {
  for (const v of results.violations) {
    const nodes = v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ');
    violations.push(`${where}: ${v.id} (${v.impact}) ${v.help} → ${nodes}`);
  }
}

/**
 * The story's text and controls: every chapter, both themes, per mode and language (14 states
 * per test, four tests side by side). The map chunk is held back, so SwiftShader draws nothing
 * while axe runs; the map's own controls are scanned with the map drawn in the next test. Each
 * theme gets a scan of the whole page in its first chapter; after each chapter change, what the
 * change touched is scanned again: the map area (legend, locator, controls, status), the
 * chapter's own section and, in presenter mode, its navigation bar.
 */
for (const [mode, lang] of [['scroll', 'en'], ['scroll', 'ko'], ['present', 'en'], ['present', 'ko']] as const) {
  test(`axe: no WCAG 2.2 AA violations in any chapter's text, light and dark (${mode} mode, ${lang})`, async ({ page }) => {
    test.setTimeout(150_000);
    await holdMapChunk(page);
    await open(page, mode);
    const violations: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await setLook(page, lang, theme);
      for (const [i, id] of CHAPTER_IDS.entries()) {
        await goTo(page, id);
        let scan = axe(page);
        if (i > 0) {
          scan = scan
            .include({ fromShadowDom: ['dmz-explainer', '.map-wrap'] })
            .include({ fromShadowDom: ['dmz-explainer', `.panel section[data-chapter="${id}"]`] });
          if (mode === 'present') scan = scan.include({ fromShadowDom: ['dmz-explainer', '.presenter-nav'] });
        }
        record(violations, `${lang}/${theme}/${id}`, await scan.analyze());
      }
    }
    expect(violations).toEqual([]);
  });
}

/**
 * The map area with MapLibre drawing (canvas, attribution, legend, locator, status), in both
 * languages and themes, zoomed out (the first chapter) and zoomed in (the JSA, with the locator).
 */
for (const mode of ['scroll', 'present'] as const) {
  test(`axe: no WCAG 2.2 AA violations in the drawn map area, light and dark, English and Korean (${mode} mode)`, async ({ page }) => {
    test.setTimeout(150_000);
    await open(page, mode);
    await waitForMapIdle(page);
    const violations: string[] = [];
    for (const lang of ['en', 'ko'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await setLook(page, lang, theme);
        for (const id of ['intro', 'jsa-shooting']) {
          await goTo(page, id);
          await waitForMapIdle(page);
          const results = await axe(page).include({ fromShadowDom: ['dmz-explainer', '.map-wrap'] }).analyze();
          record(violations, `${lang}/${theme}/${id}`, results);
        }
      }
    }
    expect(violations).toEqual([]);
  });
}
