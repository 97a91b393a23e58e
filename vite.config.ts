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
  },
});
