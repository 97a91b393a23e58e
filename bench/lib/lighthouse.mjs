// Lighthouse scores for reference (not a budget): the npm package driving the system Chromium
// through chrome-launcher, desktop preset, offline (the pages are served from 127.0.0.1).
// Any failure is reported as a reason, never thrown: the bench goes on without the scores.

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** `{ performance, accessibility, metrics }` per URL, or `{ error }` saying why not. */
export async function lighthouseScores(urls, { chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' } = {}) {
  let lighthouse, desktopConfig, launch;
  try {
    ({ default: lighthouse } = await import('lighthouse'));
    ({ default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js'));
    ({ launch } = await import('chrome-launcher'));
  } catch (e) {
    return { error: `Lighthouse is not installed (${e.message}); run npm ci.` };
  }
  const out = {};
  for (const [name, url] of Object.entries(urls)) {
    let chrome;
    try {
      chrome = await launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('no report');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const num = (id) => lhr.audits[id]?.numericValue ?? null;
      out[name] = {
        performance: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
        accessibility: lhr.categories.accessibility.score == null ? null : Math.round(lhr.categories.accessibility.score * 100),
        metrics: {
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          si: num('speed-index'),
        },
        version: lhr.lighthouseVersion,
        warnings: lhr.runWarnings ?? [],
      };
    } catch (e) {
      out[name] = { error: String(e.message ?? e).split('\n')[0] };
    } finally {
      await chrome?.kill();
    }
  }
  return out;
}
