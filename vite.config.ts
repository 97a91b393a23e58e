import { defineConfig } from 'vite';

// Relative base so the built site runs from any path, a sub-folder or a USB stick.
export default defineConfig({
  base: './',
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
