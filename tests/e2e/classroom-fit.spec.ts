import { expect, test } from '@playwright/test';

// The text checks here need no map: its chunk is blocked, so the projector sizes are quick to test.
test.beforeEach(async ({ page }) => {
  await page.route(/maplibre|dmz-map/, (route) => route.abort());
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  for (const lang of ['en', 'ko']) {
    test(`presenter mode at ${size.width}×${size.height} (${lang}): every chapter's card fits, nothing clipped`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/?mode=present&lang=${lang}`);
      const el = page.locator('dmz-explainer');
      await expect(el.locator('.presenter-nav .progress')).toContainText(lang === 'ko' ? '장' : 'Chapter');
      const ids = await el.locator('section[data-chapter]').evaluateAll((s) => s.map((e) => e.getAttribute('data-chapter')!));
      expect(ids.length).toBeGreaterThan(6);
      for (const id of ids) {
        await el.evaluate((e, c) => e.setAttribute('chapter', c), id);
        const card = el.locator(`section[data-chapter="${id}"] .card`);
        await expect(card).toBeVisible();
        // Fonts settle the layout: measure once they are in.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const fit = await card.evaluate((c) => {
          const nav = c.getRootNode() instanceof ShadowRoot ? (c.getRootNode() as ShadowRoot).querySelector('.presenter-nav')! : null;
          const r = c.getBoundingClientRect();
          return {
            overflow: c.scrollHeight - c.clientHeight,
            bottom: r.bottom,
            navTop: nav!.getBoundingClientRect().top,
            viewport: innerHeight,
            points: c.querySelectorAll('.points li').length,
          };
        });
        expect(fit.overflow, `${id}: text hidden in the card`).toBeLessThanOrEqual(1);
        expect(fit.bottom, `${id}: card below the viewport`).toBeLessThanOrEqual(fit.viewport);
        expect(fit.bottom, `${id}: card under the presenter bar`).toBeLessThanOrEqual(fit.navTop);
        expect(fit.points, `${id}: key points shown`).toBeGreaterThan(1);
      }
    });
  }
}

test('presenter mode: T shows the full text and back; the button says which is shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=present#jsa-shooting');
  const el = page.locator('dmz-explainer');
  const card = el.locator('section[data-chapter="jsa-shooting"] .card');
  await expect(card.locator('.points li').first()).toBeVisible();
  const points = await card.locator('.points li').count();
  const short = (await card.locator('.points').innerText()).length;
  await page.keyboard.press('t');
  await expect(card.locator('.points')).toHaveCount(0);
  // The full text: its paragraphs say far more than the key points.
  const full = (await card.locator('p:not(.kicker):not(.visually-hidden)').allInnerTexts()).join(' ').length;
  expect(full).toBeGreaterThan(2 * short);
  await expect(el.locator('.presenter-nav .text')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('t');
  await expect(card.locator('.points li')).toHaveCount(points);
  await expect(el.locator('.presenter-nav .text')).toHaveAttribute('aria-pressed', 'false');
});
