import { defineConfig, type UserConfig } from 'vite';
import { maplibreCssSubset, minifyTemplates } from './vite.config.js';
import { fontLicences } from './vite.embed.config.js';

/** Lit is the package's one dependency: a site that uses Lit itself gets one copy, not two. */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim)(\/|$)/;

/**
 * The npm package's entries, `dist/package/` (the script embed, `dist/embed/`, stays self-contained):
 *
 * - `dmz-explainer.js` (conditions `browser`, `import`, `default`): the script embed's code with
 *   `lit` left as an import for the site's bundler to resolve. Chunks and assets are laid out as in
 *   the script embed, with the same unhashed asset names, so `setBasePath` works for either.
 * - `server.js` (condition `node`, built with `--mode server`): src/server.ts, what a server
 *   render imports: no registration, no DOM globals.
 */
export default defineConfig(({ mode }): UserConfig => {
  const server = mode === 'server';
  return {
    base: './',
    publicDir: false,
    plugins: server ? [] : [fontLicences(), maplibreCssSubset(), minifyTemplates()],
    build: {
      outDir: 'dist/package',
      emptyOutDir: !server,
      target: 'es2022',
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1200,
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: server ? { server: 'src/server.ts' } : { 'dmz-explainer': 'src/main.ts' },
        preserveEntrySignatures: 'strict',
        external: (id) => LIT.test(id),
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
          assetFileNames: 'assets/[name][extname]',
        },
      },
    },
  };
});
