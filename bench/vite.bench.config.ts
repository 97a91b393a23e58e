import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the bench's baseline page (bench/baseline/) into bench/tmp/baseline, away from dist/.
// Settings follow vite.config.ts so both pages are built the same way; the hidden source maps
// let the bench attribute profiler samples to source files without the pages referencing them.
export default defineConfig({
  root: fileURLToPath(new URL('./baseline', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./tmp/baseline', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: 'hidden',
  },
});
