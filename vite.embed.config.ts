import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { maplibreCssSubset, minifyTemplates } from './vite.config.js';

/** The fonts' licences (SIL OFL) must travel with the font files, wherever a newsroom copies them. */
export function fontLicences(): Plugin {
  return {
    name: 'dmz-font-licences',
    generateBundle() {
      for (const name of ['LICENSE-noto-sans.txt', 'LICENSE-noto-sans-kr.txt']) {
        const source = readFileSync(new URL(`./src/assets/fonts/${name}`, import.meta.url), 'utf8');
        this.emitFile({ type: 'asset', fileName: `assets/${name}`, source });
      }
    },
  };
}

/**
 * The script embed: `dist/embed/dmz-explainer.js`, one ES module a newsroom includes with
 * `<script type="module" src=".../embed/dmz-explainer.js">`. The map code stays a lazily imported
 * chunk (text first), and every file it loads (chunks, geo data, fonts, the MapLibre worker) sits
 * beside it and is resolved from `import.meta.url`, so the folder can be copied to any path or host.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [fontLicences(), maplibreCssSubset(), minifyTemplates()],
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // No <link rel="modulepreload"> injected into the host page's <head>: an embed touches only its element.
    modulePreload: false,
    rollupOptions: {
      input: { 'dmz-explainer': 'src/main.ts' },
      // Keep the entry's exports (DmzExplainer, the event classes) for bundlers that import the package.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        // The lazily imported map code keeps its name; code the entry shares with it is `shared-…`.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
        // Unhashed, so that setBasePath() (src/base-path.ts) can name each file: the folder is
        // versioned as a whole (a new release goes to a new path), its chunks are hashed.
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});
