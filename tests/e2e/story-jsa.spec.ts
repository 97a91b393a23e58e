import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// The site's labelled features, as the story describes them (facts sheet §1, §3).
const FEATURES = ['jsa-site-run', 'jsa-site-jeep-label', 'jsa-site-wall-label', 'jsa-site-bridge-label', 'jsa-site-mdl-label', 'jsa-site-run-label'];

for (const size of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${size.name}: at the JSA the run and the labelled site features are on screen, clear of the text card`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/#jsa-shooting');
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'jsa-shooting');
    await waitForMapIdle(page);
    const found = await page.evaluate((layers) => {
      const root = document.querySelector('dmz-explainer')!.shadowRoot!;
      const map = root.querySelector('dmz-map')!.map!;
      const box = map.getContainer().getBoundingClientRect();
      const card = root.querySelector('section.active .card')!.getBoundingClientRect();
      const covered = (x: number, y: number) => {
        const px = box.left + x;
        const py = box.top + y;
        return px >= card.left && px <= card.right && py >= card.top && py <= card.bottom;
      };
      return layers.map((layer) => {
        const features = map.queryRenderedFeatures({ layers: [layer] });
        // Where each feature is drawn: the run's points, or a label's anchor.
        const points = features.flatMap((f) => {
          const g = f.geometry;
          const coords = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : [];
          return coords.map((c) => map.project(c as [number, number]));
        });
        const inside = points.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height);
        return { layer, drawn: features.length, inside: inside.length, covered: inside.filter((p) => covered(p.x, p.y)).length };
      });
    }, FEATURES);
    for (const f of found) {
      expect(f.drawn, `${f.layer} drawn`).toBeGreaterThan(0);
      expect(f.inside, `${f.layer} on screen`).toBeGreaterThan(0);
      expect(f.covered, `${f.layer} under the text card`).toBe(0);
    }
    // The note that says the drawing is a schematic is on the map too.
    const note = await page.evaluate(() => {
      const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
      return map.queryRenderedFeatures({ layers: ['jsa-site-note'] }).length;
    });
    expect(note).toBeGreaterThan(0);
  });
}
