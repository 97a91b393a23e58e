import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { maplibreCssSubset, minifyTemplates } from './vite.config.js';
import { viteSingleFile } from 'vite-plugin-singlefile';

const FILE = 'dmz-explainer-offline.html';

/**
 * The classroom copy: the whole explainer in one HTML file, `dist/offline/dmz-explainer-offline.html`,
 * that a teacher can carry on a USB stick and open by double-clicking, with no server and no
 * internet. Browsers refuse module chunks and fetches from file:// pages, so everything is inlined:
 * the code (map chunk and Korean text included), the map data, the fonts and MapLibre's worker as
 * data: URLs. About 4 MB, against about 1 MB for the served site, so only this copy does it.
 */
function offlineFile(): Plugin {
  const favicon = `data:image/svg+xml;base64,${readFileSync(new URL('./public/favicon.svg', import.meta.url)).toString('base64')}`;
  return {
    name: 'dmz-offline-file',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace(/href="\/favicon\.svg"/, `href="${favicon}"`),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page) return;
        page.fileName = FILE;
        // The inliner keeps the <link>'s attributes on the <style> it writes; `rel` and
        // `crossorigin` are not <style> attributes (invalid HTML), so drop them.
        if (page.type === 'asset' && typeof page.source === 'string') {
          page.source = page.source.replace(/<style\b[^>]*>/g, (tag) => tag.replace(/\s+(rel="stylesheet"|crossorigin(="[^"]*")?)/g, ''));
        }
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [viteSingleFile({ removeViteModuleLoader: true }), offlineFile(), maplibreCssSubset(), minifyTemplates()],
  build: {
    outDir: 'dist/offline',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: { input: 'index.html' },
  },
});
