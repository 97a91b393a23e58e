import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** The host-page resizer must stay tiny: newsrooms paste it into every article that embeds the iframe. */
export const RESIZER_GZIP_BUDGET = 1024;

function gzipBudget(limit: number): Plugin {
  return {
    name: 'dmz-gzip-budget',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const size = gzipSync(file.code, { level: 9 }).length;
        if (size >= limit) this.error(`${file.fileName} is ${size} B gzipped; the budget is ${limit} B.`);
        this.info(`${file.fileName}: ${file.code.length} B, ${size} B gzipped (budget ${limit} B)`);
      }
    },
  };
}

/**
 * The iframe embed's host-page script, `dist/embed/resize.js`: a classic script (IIFE) so it also
 * works as a plain `<script async>` in CMSes that strip `type="module"`.
 */
export default defineConfig({
  publicDir: false,
  plugins: [gzipBudget(RESIZER_GZIP_BUDGET)],
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2019',
    lib: { entry: 'src/embed/resize.ts', formats: ['iife'], name: 'dmzExplainerResize', fileName: () => 'resize.js' },
  },
});
