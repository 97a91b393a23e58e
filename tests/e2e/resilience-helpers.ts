import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Serves `tests/e2e/fixtures/<name>` at the site root with the built entry script spliced in
 * where the fixture says `<!-- dmz-entry -->`. `vite preview` only serves `dist/`, and the
 * entry's file name is hashed, so the tags are copied from the built index.html the server sends.
 */
export async function openFixture(page: Page, name: string, query = ''): Promise<void> {
  const index = await (await page.request.get('/')).text();
  const tags = index.match(/<script type="module"[^>]*><\/script>|<link rel="(?:stylesheet|modulepreload)"[^>]*>/g) ?? [];
  expect(tags.length, 'entry tags in the built index.html').toBeGreaterThan(0);
  const body = readFileSync(FIXTURES + name, 'utf8').replace('<!-- dmz-entry -->', tags.join('\n'));
  await page.route(`**/${name}*`, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`/${name}${query}`);
}

/**
 * Counts live WebGL contexts: every context handed out, minus those lost. Weak references, so
 * the counter itself keeps nothing alive for the heap measurements.
 */
export const COUNT_WEBGL = `(() => {
  const refs = [];
  const seen = new WeakSet();
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = original.call(this, type, ...rest);
    if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) {
      seen.add(ctx);
      refs.push(new WeakRef(ctx));
      window.__webglCreated = (window.__webglCreated || 0) + 1;
    }
    return ctx;
  };
  window.__liveWebGL = () => refs.filter((r) => { const c = r.deref(); return c && !c.isContextLost(); }).length;
})();`;

/** Collects every dmz-error (they bubble and are composed) and any alert/confirm/prompt. */
export const RECORD_EVENTS = `(() => {
  window.__dmzErrors = [];
  addEventListener('dmz-error', (e) => window.__dmzErrors.push({ reason: e.reason, message: e.message }));
})();`;

export async function dmzErrors(page: Page): Promise<{ reason: string; message: string }[]> {
  return page.evaluate(() => (window as unknown as { __dmzErrors: { reason: string; message: string }[] }).__dmzErrors);
}

/** Text of the first explainer's map status message (loading, error, static-map note), or ''. */
export async function mapStatusText(page: Page, selector = 'dmz-explainer'): Promise<string> {
  return page.evaluate((sel) => {
    const status = document.querySelector(sel)?.shadowRoot?.querySelector('dmz-map')?.shadowRoot?.querySelector('.status');
    return status?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, selector);
}
