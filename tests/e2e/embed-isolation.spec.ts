import type { Page } from '@playwright/test';
import { CHAPTER_IDS } from '../../src/story/types';
import { MINIMAL_CSP, STRICT_CSP, cdnCsp, expect, test } from './embed-server';
import { hostEvents, mapIdle, scrollToChapter } from './embed-helpers';
import { renderedCount, trackConsoleErrors } from './helpers';

/** Computed styles of the explainer's insides that a leaking host rule would change. */
async function insideStyles(page: Page) {
  return page.locator('#story').evaluate((el) => {
    const root = el.shadowRoot!;
    const pick = (selector: string, props: string[]) => {
      const node = root.querySelector(selector)!;
      const cs = getComputedStyle(node);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const text = ['display', 'font-size', 'font-family', 'font-style', 'line-height', 'color', 'letter-spacing', 'text-transform'];
    const box = ['display', 'box-sizing', 'padding-top', 'border-top-style', 'background-color', 'margin-top'];
    const canvas = root.querySelector('dmz-map')!.shadowRoot!.querySelector('canvas');
    const mapWrap = root.querySelector('.map-wrap')!.getBoundingClientRect();
    return {
      // The host element itself is the page's to style (its size, its margins); only its insides are ours.
      hostDisplay: getComputedStyle(el).display,
      layout: pick('.layout', box),
      panel: pick('.panel', box),
      section: pick('section[part~="chapter"]', box),
      card: pick('.card', box),
      heading: pick('#h-intro', [...text, 'margin-top']),
      headingLater: pick('#h-the-line', [...text, 'margin-top']),
      paragraph: pick('.card p:not(.kicker)', text),
      button: pick('.controls button', [...text, 'background-color', 'padding-top']),
      canvas: canvas && {
        display: getComputedStyle(canvas).display,
        width: Math.round(canvas.getBoundingClientRect().width),
        height: Math.round(canvas.getBoundingClientRect().height),
      },
      mapWrap: { width: Math.round(mapWrap.width), height: Math.round(mapWrap.height) },
    };
  });
}

test.describe('isolation and coexistence', () => {
  test('a hostile host stylesheet cannot reach inside, and the explainer styles nothing outside', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(`${news.origin}/hostile.html`);
    await mapIdle(page, '#story');
    expect(await renderedCount(page, 'mdl', '#story')).toBeGreaterThan(0);
    const hostile = await insideStyles(page);

    // The same page with the hostile sheet switched off is the reference.
    // The sheet itself is switched, not the <link>: re-enabling a <link> reloads its sheet
    // asynchronously, and the check of the page's own elements below raced that reload.
    const switchHostile = (on: boolean) => page.evaluate((on) => ((document.getElementById('hostile') as HTMLLinkElement).sheet!.disabled = !on), on);
    await switchHostile(false);
    await mapIdle(page, '#story');
    const clean = await insideStyles(page);
    expect(hostile).toEqual(clean);
    expect(hostile.canvas?.display).toBe('block');
    expect(hostile.canvas?.width).toBe(hostile.mapWrap.width);

    // Story still advances under the hostile sheet.
    await switchHostile(true);
    await scrollToChapter(page, 'fog-crossing', '#story');
    await expect(page.locator('#story')).toHaveAttribute('chapter', 'fog-crossing');

    // Nothing of the explainer's CSS reached the host page's own elements with the same names.
    const outside = await page.evaluate(() => {
      const cs = (id: string) => getComputedStyle(document.getElementById(id)!);
      return {
        kicker: { color: cs('host-kicker').color, fontSize: cs('host-kicker').fontSize },
        h2: { color: cs('host-h2').color, fontSize: cs('host-h2').fontSize },
        card: { background: cs('host-card').backgroundColor, borderRadius: cs('host-card').borderTopLeftRadius },
        button: { background: cs('host-button').backgroundColor, borderRadius: cs('host-button').borderTopLeftRadius },
      };
    });
    expect(outside).toEqual({
      kicker: { color: 'rgb(255, 0, 0)', fontSize: '50px' },
      h2: { color: 'rgb(255, 0, 255)', fontSize: '90px' },
      card: { background: 'rgba(0, 0, 0, 0)', borderRadius: '0px' },
      button: { background: 'rgb(0, 255, 0)', borderRadius: '0px' },
    });
    expect(errors).toEqual([]);
  });

  test('two explainers on one page keep their own chapter, language, theme and events', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(`${news.origin}/two.html`);
    const first = page.locator('#first');
    const second = page.locator('#second');
    await mapIdle(page, '#first');
    await expect(first.locator('.layout')).toHaveAttribute('lang', 'en');
    await expect(second.locator('.layout')).toHaveAttribute('lang', 'ko');
    await expect(first.locator('.layout')).toHaveAttribute('data-theme', 'light');
    await expect(second.locator('.layout')).toHaveAttribute('data-theme', 'dark');

    await first.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => el.goTo('jsa-shooting'));
    await expect(first).toHaveAttribute('chapter', 'jsa-shooting');
    await expect(second).toHaveAttribute('chapter', 'intro');
    const changes = await hostEvents(page, 'dmz-chapter-change');
    expect(changes.map((e) => `${e.target}:${String(e.detail?.['id'])}`)).toEqual(['first:jsa-shooting']);

    // Reading on into the second one moves only the second one.
    await second.evaluate((el: HTMLElementTagNameMap['dmz-explainer']) => el.goTo('buildup'));
    await expect(second).toHaveAttribute('chapter', 'buildup');
    await mapIdle(page, '#second');
    expect(await renderedCount(page, 'mdl', '#second')).toBeGreaterThan(0);
    await scrollToChapter(page, 'the-line', '#second');
    await expect(second).toHaveAttribute('chapter', 'the-line');
    await expect(first).toHaveAttribute('chapter', 'jsa-shooting');
    const after = (await hostEvents(page, 'dmz-chapter-change')).map((e) => `${e.target}:${String(e.detail?.['id'])}`);
    expect(after).toEqual(['first:jsa-shooting', 'second:buildup', 'second:the-line']);
    for (const e of await hostEvents(page, 'dmz-chapter-change')) expect(e.detail?.['total']).toBe(CHAPTER_IDS.length);

    // Each fired its own dmz-ready.
    expect((await hostEvents(page, 'dmz-ready')).map((e) => e.target).sort()).toEqual(['first', 'second']);
    expect(errors).toEqual([]);
  });

  test('runs under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval for scripts)', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    const response = await page.goto(`${news.origin}/strict/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await mapIdle(page, '#story');
    expect(await renderedCount(page, 'mdl', '#story')).toBeGreaterThan(0);
    await scrollToChapter(page, 'the-line', '#story');
    await expect(page.locator('#story')).toHaveAttribute('chapter', 'the-line');
    // The policy is really in force: an inline script is refused.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(inlineRan).toBe(false);
    // That probe is the only violation, and the only console error.
    await expect.poll(() => page.evaluate(() => window.dmzLog.violations)).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
    expect(errors.filter((e) => !/(Executing|execute) inline script/.test(e))).toEqual([]);
  });

  for (const [label, path, policy] of [
    ['the least policy it needs, from its own origin', '/strictest/csp.html', () => MINIMAL_CSP],
    ['the least policy it needs, from a CDN', '/strict-cdn/csp-cdn.html', cdnCsp],
  ] as const) {
    test(`runs under ${label} (docs/EMBED.md)`, async ({ page, news }) => {
      const errors = trackConsoleErrors(page);
      const response = await page.goto(`${news.origin}${path}`);
      expect(response?.headers()['content-security-policy']).toBe(policy(news.altOrigin));
      await mapIdle(page, '#story');
      expect(await renderedCount(page, 'mdl', '#story')).toBeGreaterThan(0);
      // The fog over the map is styled through the CSSOM, so even this policy shows it.
      await scrollToChapter(page, 'fog-crossing', '#story');
      const wash = page.locator('#story').locator('dmz-map .fog-wash');
      await expect.poll(() => wash.evaluate((w) => Number(getComputedStyle(w).opacity))).toBeGreaterThan(0.05);
      expect(await page.evaluate(() => window.dmzLog.violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('the iframe embed page runs under the strict policy', async ({ page, news }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(`${news.origin}/strict/news/assets/explainer/embed.html`);
    await mapIdle(page);
    expect(await renderedCount(page, 'mdl')).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
