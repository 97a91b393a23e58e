import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, expect, test } from './embed-server';
import { mapIdle } from './embed-helpers';
import { renderedCount, trackConsoleErrors } from './helpers';
import { fixtureApp, frameworkDeps, freePort, packPackage, packedManifest, run, startServer, stopServer } from './frameworks-helpers';

/**
 * The package as a newsroom's front end gets it (`npm pack`, unpacked into node_modules) in the
 * frameworks they use: its contents, plain Node, a React 19 + TypeScript type check and a Next.js
 * App Router build, served and opened in the browser. The apps are tests/frameworks/.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  // First run on a machine: installs React, Next.js and TypeScript into tests/frameworks/.cache/.
  test.setTimeout(600_000);
  frameworkDeps();
  packPackage();
});

test('npm pack ships the entries, types, manifest and both licences, and nothing of the sources', () => {
  const { files } = packPackage();
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    private?: boolean;
    license: string;
    dependencies: Record<string, string>;
    exports: Record<string, string | Record<string, string>>;
    customElements: string;
  };
  expect(pkg.private).toBeUndefined();
  // Code under MIT, the OpenStreetMap-derived data under ODbL, the fonts under the OFL.
  expect(pkg.license).toBe('MIT AND ODbL-1.0 AND OFL-1.1');
  expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE.md', 'package.json', 'docs/EMBED.md']));
  expect(readFileSync(join(REPO_ROOT, 'NOTICE.md'), 'utf8')).toMatch(/ODbL/);
  expect(files).toEqual(expect.arrayContaining(['dist/embed/assets/LICENSE-noto-sans.txt', 'dist/package/assets/LICENSE-noto-sans-kr.txt']));
  // Every file package.json points at is in the tarball.
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const target of [...targets.filter((t) => !t.includes('*')), pkg.customElements]) {
    expect(files, target).toContain(target.replace(/^\.\//, ''));
  }
  // So is every module the manifest names.
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, pkg.customElements), 'utf8')) as { modules: { path: string }[] };
  for (const { path } of manifest.modules) expect(files, path).toContain(path);
  // Lit is a dependency of the package entry, imported, not bundled; the script embed keeps its own.
  expect(Object.keys(pkg.dependencies)).toEqual(['lit']);
  const entry = readFileSync(join(REPO_ROOT, 'dist/package/dmz-explainer.js'), 'utf8');
  expect(entry).toMatch(/from\s*["']lit["']/);
  expect(readFileSync(join(REPO_ROOT, 'dist/embed/dmz-explainer.js'), 'utf8')).not.toMatch(/from\s*["']lit/);
  expect(files.filter((f) => /^(src|tests|geo|bench|scripts)\//.test(f))).toEqual([]);
  // The assets a base path names, with their names unhashed in both builds.
  for (const dir of ['dist/embed/assets', 'dist/package/assets']) {
    for (const name of ['basemap.geojson', 'mdl.geojson', 'dmz.geojson', 'places.geojson', 'story.geojson', 'noto-sans-kr-subset.woff2', 'maplibre-gl-worker.mjs']) {
      expect(files, `${dir}/${name}`).toContain(`${dir}/${name}`);
    }
  }
});

test('the single-file offline page inlines its CSS as a plain <style>, without <link> attributes', () => {
  const html = readFileSync(join(REPO_ROOT, 'dist/offline/dmz-explainer-offline.html'), 'utf8');
  const styles = html.match(/<style\b[^>]*>/g) ?? [];
  expect(styles.length).toBeGreaterThan(0);
  expect(styles.filter((tag) => /\b(rel|crossorigin|href)\b/.test(tag))).toEqual([]);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
});

test('in plain Node, importing the package defines nothing and touches no DOM global', () => {
  const app = fixtureApp('react-ts');
  expect(packedManifest(app).private).toBeUndefined();
  const out = run(app, process.execPath, [
    '--input-type=module',
    '-e',
    `const m = await import('dmz-explainer');
     m.setBasePath('/x/');
     console.log(JSON.stringify({
       exports: Object.keys(m).sort(),
       event: new m.ChapterChangeEvent('the-line', 1, 7).detail,
       globals: ['customElements', 'HTMLElement', 'window', 'document', 'litPropertyMetadata'].filter((g) => g in globalThis),
     }));`,
  ]);
  const result = JSON.parse(out) as { exports: string[]; event: unknown; globals: string[] };
  expect(result.exports).toEqual(expect.arrayContaining(['DmzExplainer', 'ChapterChangeEvent', 'ReadyEvent', 'ExplainerErrorEvent', 'setBasePath']));
  expect(result.event).toEqual({ id: 'the-line', index: 1, total: 7 });
  expect(result.globals).toEqual([]);
});

test('React 19 + TypeScript: tsc accepts the tag, its attributes, refs and document listeners, and rejects misuse', () => {
  const app = fixtureApp('react-ts');
  // The project's own `tsc` (TypeScript 7: a fifth of 5.9's CPU time here), strict, skipLibCheck
  // off, with React's types from the fixtures' lockfile. (Next's build type-checks with 5.9 below.)
  run(app, join(REPO_ROOT, 'node_modules/typescript-7/bin/tsc'), ['-p', 'tsconfig.json']);
});

test("Svelte 5 and Vue 3.5: the tag's declarations type the attributes and events, and reject misuse", () => {
  const app = fixtureApp('svelte-vue-types');
  run(app, join(REPO_ROOT, 'node_modules/typescript-7/bin/tsc'), ['-p', 'tsconfig.json']);
});

test.describe('Next.js App Router', () => {
  let server: ChildProcess | undefined;
  test.afterAll(() => stopServer(server));

  test('next build server-renders the page, and in the browser the map draws and events reach the page', async ({ page }) => {
    test.setTimeout(600_000);
    const app = fixtureApp('next-app');
    const deps = frameworkDeps();
    const env = { NEXT_TELEMETRY_DISABLED: '1' };
    const next = join(deps, 'node_modules/next/dist/bin/next');
    // What the docs' `prebuild` script does: the assets into public/, named by setBasePath().
    run(app, 'npm', ['run', 'prebuild'], env);
    expect(existsSync(join(app, 'public/dmz-explainer/basemap.geojson'))).toBe(true);
    // Prerendering `/` imports the package on the server: it must not throw.
    const built = run(app, process.execPath, [next, 'build'], env);
    // Next type-checked the app (the tag in JSX) and prerendered `/` on the server.
    expect(built).toMatch(/Finished TypeScript/);
    expect(built).toMatch(/○ \/\n/);
    // The server bundle holds the package's server entry (its event classes; the rest is tree-shaken),
    // not the element's code; the browser's bundle holds the element.
    const bundled = (dir: string) =>
      readdirSync(join(app, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(app, dir, f), 'utf8'))
        .join('\n');
    const serverCode = bundled('.next/server');
    const browserCode = bundled('.next/static/chunks');
    expect(serverCode).toMatch(/type\s*=\s*["'`]dmz-chapter-change/);
    expect(serverCode).not.toContain('already defined by another copy');
    expect(browserCode).toContain('already defined by another copy');

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = await startServer(app, process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], origin, env);
    const html = await (await fetch(origin)).text();
    expect(html).toMatch(/<dmz-explainer[^>]*lang="en"/);

    const foreign: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== origin && !/^(data|blob):/.test(req.url())) foreign.push(req.url());
    });
    const missing: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) missing.push(`${res.status()} ${res.url()}`);
    });
    const errors = trackConsoleErrors(page);
    const dmzErrors: string[] = [];
    await page.exposeFunction('recordDmzError', (reason: string) => dmzErrors.push(reason));
    await page.addInitScript(() => {
      document.addEventListener('dmz-error', (e) => (window as unknown as { recordDmzError(r: string): void }).recordDmzError(e.detail.reason));
    });
    await page.goto(origin);
    await page.waitForFunction(() => customElements.get('dmz-explainer') !== undefined && !!document.querySelector('dmz-explainer')?.shadowRoot);
    await mapIdle(page);
    expect(await renderedCount(page, 'mdl')).toBeGreaterThan(0);
    // The client component's listener (added through a ref after hydration) hears a chapter change.
    await page.evaluate(() => document.querySelector('dmz-explainer')!.goTo('the-line'));
    await expect(page.locator('dmz-explainer')).toHaveAttribute('data-last-chapter', 'the-line');
    expect(foreign).toEqual([]);
    expect(missing).toEqual([]);
    expect(dmzErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
