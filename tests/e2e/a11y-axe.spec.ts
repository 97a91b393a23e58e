import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CHAPTER_IDS } from '../../src/story/types';
import { waitForMapIdle } from './helpers';

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe in every chapter, in both themes, per mode and language: 14 states per test, and four
 * tests that run side by side. Each theme gets a scan of the whole page in its first chapter;
 * after each chapter change, what the change touched is scanned again: the map area (map, its
 * description, legend, locator, controls, status), the chapter's own section and, in presenter
 * mode, its navigation bar. Whole-page scans of all 56 states take many minutes on SwiftShader.
 */
for (const [mode, lang] of [['scroll', 'en'], ['scroll', 'ko'], ['present', 'en'], ['present', 'ko']] as const) {
  test(`axe: no WCAG 2.2 AA violations in any chapter, light and dark (${mode} mode, ${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    // Jumps instead of flights: the DOM axe reads is the same, and SwiftShader is not kept busy
    // drawing camera flights while axe runs (motion itself is tested in a11y.spec.ts).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const el = page.locator('dmz-explainer');
    // Presenter mode set on the element itself, as a host page would.
    await el.evaluate((e, m) => e.setAttribute('mode', m), mode);
    await waitForMapIdle(page);
    const violations: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await el.evaluate((e, [l, t]) => (e.setAttribute('lang', l!), e.setAttribute('theme', t!)), [lang, theme]);
      await expect(el.locator('.layout')).toHaveAttribute('data-theme', theme);
      await expect(el.locator('.layout')).toHaveAttribute('lang', lang);
      for (const [i, id] of CHAPTER_IDS.entries()) {
        await el.evaluate((e: HTMLElement & { goTo(id: string): void }, c) => e.goTo(c), id);
        await expect(el).toHaveAttribute('chapter', id);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        let axe = new AxeBuilder({ page }).withTags(TAGS);
        if (i > 0) {
          axe = axe
            .include({ fromShadowDom: ['dmz-explainer', '.map-wrap'] })
            .include({ fromShadowDom: ['dmz-explainer', `.panel section[data-chapter="${id}"]`] });
          if (mode === 'present') axe = axe.include({ fromShadowDom: ['dmz-explainer', '.presenter-nav'] });
        }
        const results = await axe.analyze();
        for (const v of results.violations) {
          const where = v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ');
          violations.push(`${lang}/${theme}/${id}: ${v.id} (${v.impact}) ${v.help} → ${where}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
}
