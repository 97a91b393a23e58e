import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, REPO_ROOT, expect, test } from './embed-server';
import { mapIdle } from './embed-helpers';
import { renderedCount, trackConsoleErrors } from './helpers';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  types: string;
  customElements: string;
  files: string[];
}

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;

/**
 * A consumer project outside this repository (so nothing resolves through the repo itself), with
 * the package installed as npm would: its `files` in node_modules/dmz-explainer, and its declared
 * `dependencies` beside it (linked from this repo's node_modules). Removed after the test.
 */
function consumerProject(): string {
  const app = mkdtempSync(join(tmpdir(), 'dmz-consumer-'));
  const dir = join(app, 'node_modules', pkg.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  for (const entry of pkg.files) {
    const from = entry.startsWith('dist/') ? join(DIST, entry.slice('dist/'.length)) : join(REPO_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  // npm hoists dependencies of dependencies (lit → lit-html …) beside them: so do we.
  const queue = Object.keys(pkg.dependencies ?? {});
  const linked = new Set<string>();
  while (queue.length) {
    const dep = queue.shift()!;
    const from = join(REPO_ROOT, 'node_modules', dep);
    if (linked.has(dep) || !existsSync(from)) continue;
    linked.add(dep);
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(from, join(app, 'node_modules', dep), 'dir');
    const own = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as Partial<PackageJson>;
    queue.push(...Object.keys(own.dependencies ?? {}));
  }
  return app;
}

test.describe('npm package: import "dmz-explainer"', () => {
  test('package.json points at files the build makes, and needs only Lit at run time', () => {
    const main = pkg.exports['.'] as Record<string, string>;
    const local = (file: string) => (file.startsWith('./dist/') ? join(DIST, file.slice('./dist/'.length)) : join(REPO_ROOT, file));
    for (const file of [main['import']!, main['node']!, main['types']!, pkg.types, pkg.exports['./resize.js'] as string, pkg.customElements]) {
      expect(existsSync(local(file)), file).toBe(true);
    }
    for (const entry of ['dist/embed/', 'dist/package/', 'types/', 'custom-elements.json']) expect(pkg.files).toContain(entry);
    // The fonts travel with their licence.
    for (const licence of ['LICENSE-noto-sans.txt', 'LICENSE-noto-sans-kr.txt']) {
      expect(existsSync(join(DIST, 'embed/assets', licence)), licence).toBe(true);
    }
    // MapLibre is bundled; Lit is the package entry's one dependency (a Lit site shares its copy),
    // and the types import nothing.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['lit']);
  });

  test('a bundler (Vite) resolves it, and the element registers and draws its map', async ({ page, news }, testInfo) => {
    const app = consumerProject();
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html><head><script type="module" src="./main.js"></script></head><body><dmz-explainer></dmz-explainer></body></html>',
    );
    writeFileSync(
      join(app, 'main.js'),
      "import 'dmz-explainer';\nimport { DmzExplainer, ChapterChangeEvent } from 'dmz-explainer';\nwindow.bundled = { DmzExplainer, ChapterChangeEvent };\n",
    );
    const { build } = await import('vite');
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      base: './',
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        assetsInlineLimit: 0,
        target: 'es2022',
        chunkSizeWarningLimit: 5000,
        // The test machine is busy; timing advice is noise here.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
    const out = testInfo.outputPath('bundled');
    cpSync(join(app, 'dist'), out, { recursive: true });
    rmSync(app, { recursive: true, force: true });
    news.mount('bundled', out);

    const errors = trackConsoleErrors(page);
    await page.goto(`${news.origin}/bundled/index.html`);
    await page.waitForFunction(() => customElements.get('dmz-explainer') !== undefined);
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { bundled: { DmzExplainer: unknown; ChapterChangeEvent: unknown } };
        return customElements.get('dmz-explainer') === w.bundled.DmzExplainer && typeof w.bundled.ChapterChangeEvent === 'function';
      }),
    ).toBe(true);
    await mapIdle(page);
    expect(await renderedCount(page, 'mdl')).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('its types describe the element, its events and the tag name', () => {
    const app = consumerProject();
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      `import 'dmz-explainer';
import { ChapterChangeEvent, DmzExplainer, type ChapterId } from 'dmz-explainer';

const el = document.createElement('dmz-explainer');
const typed: DmzExplainer = el;
typed.goTo('fog-crossing');
typed.next();
typed.prev();
typed.lang = 'ko';
typed.theme = 'dark';
typed.mode = 'scroll';
typed.basemap = 'https://example.org/style.json';
const id: ChapterId = typed.chapter;
el.addEventListener('dmz-chapter-change', (e) => {
  const c: ChapterChangeEvent = e;
  const n: number = c.detail.index + c.detail.total;
  console.log(c.detail.id, n, id);
});
el.addEventListener('dmz-error', (e) => console.log(e.detail.reason, e.detail.detail));
el.addEventListener('dmz-ready', (e) => console.log(e.detail.map));
// @ts-expect-error not a chapter id
typed.chapter = 'nowhere';
`,
    );
    const tsc = join(REPO_ROOT, 'node_modules/typescript-7/bin/tsc');
    let output = '';
    try {
      execFileSync(tsc, ['-p', join(app, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    rmSync(app, { recursive: true, force: true });
    expect(output).toBe('');
  });
});
