import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// The events' years, read from the data file's text (not through the code that draws them).
const YEARS = [...readFileSync('src/story/timeline.ts', 'utf8').matchAll(/date: '(\d{4})/g)].map((m) => Number(m[1]));
const upTo = (y: number) => YEARS.filter((x) => x <= y).length;

/** The years of the events the map draws now, and the year marker's text. */
async function timelineState(page: Page): Promise<{ marker: string; drawn: number[] }> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const root = document.querySelector('dmz-explainer')!.shadowRoot!;
    const map = root.querySelector('dmz-map')!.map!;
    const drawn = map.queryRenderedFeatures({ layers: ['timeline-dot'] }).map((f) => Number(f.properties['year']));
    return { marker: root.querySelector('.year-marker')?.textContent?.trim() ?? '', drawn: drawn.sort() };
  });
}

/** Where the page must be for the trigger line to be a fraction `t` through the chapter. */
async function yAt(page: Page, t: number): Promise<number> {
  return page.locator('dmz-explainer').locator('section[data-chapter="since-2017"]').evaluate((s, t) => {
    const r = s.getBoundingClientRect();
    const top = r.top + window.scrollY;
    return Math.round(top + r.height * t - innerHeight * 0.5);
  }, t);
}

test.describe('since 2017: the timeline map', () => {
  test.describe.configure({ timeout: 180_000 });

  test('scrolling forwards shows each year’s events in order; scrolling back removes them', async ({ page }) => {
    await page.goto('/#since-2017');
    await expect(page.locator('dmz-explainer')).toHaveAttribute('chapter', 'since-2017');
    const steps = [0.03, 0.2, 0.35, 0.5, 0.65, 0.8, 0.97];
    const seen: number[] = [];
    for (const t of [...steps, ...[...steps].reverse()]) {
      await page.evaluate((y) => window.scrollTo(0, y), await yAt(page, t));
      const { marker, drawn } = await timelineState(page);
      const year = Number(marker);
      expect(year, `marker at ${t}`).toBeGreaterThanOrEqual(YEARS[0]!);
      // Exactly the events up to the marker's year are on the map, none later.
      expect(drawn.length, `events drawn at ${marker}`).toBe(upTo(year));
      expect(Math.max(...drawn)).toBeLessThanOrEqual(year);
      seen.push(year);
    }
    const forward = seen.slice(0, steps.length);
    const back = seen.slice(steps.length);
    expect(forward, 'forwards: the year only advances').toEqual([...forward].sort((a, b) => a - b));
    expect(back, 'backwards: the year only goes back').toEqual([...back].sort((a, b) => b - a));
    expect(forward[0]).toBe(YEARS[0]);
    expect(forward[forward.length - 1]).toBe(Math.max(...YEARS));
    expect(new Set(forward).size, 'several years pass').toBeGreaterThan(4);
  });

  test('with reduced motion every year shows at once, labelled', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/#since-2017');
    const { marker, drawn } = await timelineState(page);
    expect(marker).toBe(`${YEARS[0]}–${Math.max(...YEARS)}`);
    expect(drawn.length).toBe(YEARS.length);
    // Each place is labelled with its years: every year is written on the map.
    const labelled = await page.evaluate(() => {
      const map = document.querySelector('dmz-explainer')!.shadowRoot!.querySelector('dmz-map')!.map!;
      return map.queryRenderedFeatures({ layers: ['timeline-label'] }).map((f) => String(f.properties['label_en'])).join(' ');
    });
    for (const y of new Set(YEARS)) expect(labelled, `year ${y} labelled`).toContain(String(y));
  });
});
