import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin } from 'vite';
import { maplibreCss } from './scripts/maplibre-css.mjs';

/**
 * A modulepreload hint for the map chunk (MapLibre, about 250 KB gzipped) in the page's <head>:
 * the browser fetches and compiles it while it parses the HTML, instead of only once the page's
 * script has run and the explainer asks for it. Measured with `npm run bench`: the map is idle
 * about 100 ms sooner. (Preloading the page fonts as well made it no faster.)
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'dmz-preload-map-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {});
        const map = files.find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && /\/src\/components\/dmz-map\.ts$/.test(c.facadeModuleId ?? ''),
        );
        return map ? [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${map.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * Lit's `html` and `css` templates are strings a JS minifier must leave alone: their indentation
 * and the CSS comments would ship as written. This collapses them (whitespace runs to one space,
 * so inline text keeps its spaces) and minifies the CSS: about 1.6 KB gzipped off the first view.
 * Lit's own production advice; shared by every build that ships the element.
 */
export function minifyTemplates(): Plugin {
  // The package types its plugin with Rollup's `Plugin`; Rollup is not installed (Vite 8 builds
  // with Rolldown), so that type is unresolved here. Its hooks are the ones Vite runs.
  const minify = minifyTemplateLiterals as unknown as (options: Parameters<typeof minifyTemplateLiterals>[0]) => Plugin;
  return {
    ...minify({
      // Our templates only; MapLibre's stylesheet (through unsafeCSS) is minified already.
      include: ['src/**/*.ts'],
      exclude: ['src/components/maplibre-css.ts'],
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    apply: 'build',
  };
}

/**
 * `virtual:maplibre-css`: MapLibre's stylesheet as a string, cut down to the rules for what the
 * map shows (scripts/maplibre-css.mjs): 1.8 KB gzipped instead of 10. Shared by every build that
 * ships the element, and the dev server.
 */
export function maplibreCssSubset(): Plugin {
  const id = 'virtual:maplibre-css';
  return {
    name: 'dmz-maplibre-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(maplibreCss())};` : undefined),
  };
}

// Relative base so the built site runs from any path, a sub-folder or a USB stick.
export default defineConfig({
  base: './',
  plugins: [preloadMapChunk(), maplibreCssSubset(), minifyTemplates()],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The reader page, and the iframe embed (the explainer alone; see docs/EMBED.md).
      input: { index: 'index.html', embed: 'embed.html' },
    },
  },
});
