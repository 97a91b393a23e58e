import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { contentType } from '../../public/serve-offline.mjs';

/**
 * A newsroom in miniature, for the embed specs: article pages (tests/e2e/fixtures/) at `/`, and
 * the built explainer (dist/) deep in a sub-path, `/news/assets/explainer/`, as a CMS would put it.
 *
 * - Two origins, one server: `http://127.0.0.1:PORT` and `http://localhost:PORT`. Fixture pages say
 *   `%ALT_ORIGIN%` for "the other one", to load the explainer cross-origin (a CDN, an iframe host).
 * - Paths under `/strict/` are the same files sent with {@link STRICT_CSP} as a real header,
 *   under `/strictest/` with {@link MINIMAL_CSP}, `/strict-cdn/` {@link cdnCsp}, `/strict-host/`
 *   {@link iframeHostCsp}.
 */
export const EXPLAINER_PATH = '/news/assets/explainer/';

/** The policy from issue #5: no 'unsafe-inline' or 'unsafe-eval' for scripts. */
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'";

/**
 * The least the script embed needs when served from the page's own origin (docs/EMBED.md): no
 * inline or eval'd script, no data: or blob: URLs, no <style> elements and no inline style
 * attributes (the explainer styles through constructable stylesheets and the CSSOM).
 */
export const MINIMAL_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; font-src 'self'; worker-src 'self'; style-src 'self'";

/**
 * The least the script embed needs when served from another origin (a CDN): that origin for the
 * module, data and fonts, and blob: workers (MapLibre starts a cross-origin worker through a blob:
 * module that imports it).
 */
export const cdnCsp = (cdn: string): string =>
  `default-src 'none'; script-src 'self' ${cdn}; connect-src 'self' ${cdn}; font-src ${cdn}; worker-src blob: ${cdn}; ` +
  "style-src 'self'";

/** An article with the iframe embed from `cdn`: the frame, and resize.js. */
export const iframeHostCsp = (cdn: string): string =>
  `default-src 'self'; script-src 'self' ${cdn}; frame-src ${cdn}; style-src 'self' 'unsafe-inline'`;

const POLICIES = {
  strict: () => STRICT_CSP,
  strictest: () => MINIMAL_CSP,
  'strict-cdn': cdnCsp,
  'strict-host': iframeHostCsp,
} as const;

const ROOT = resolve(import.meta.dirname, '../..');
// DMZ_DIST tests another build than ./dist (e.g. one made with `--outDir` while dist/ is being rebuilt).
export const DIST = resolve(process.env['DMZ_DIST'] ?? join(ROOT, 'dist'));
export const REPO_ROOT = ROOT;
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');


export interface EmbedServer {
  /** `http://127.0.0.1:PORT`: where the tests open article pages. */
  origin: string;
  /** `http://localhost:PORT`: the same files from another origin. */
  altOrigin: string;
  /** Every path requested since the last {@link EmbedServer.clearLog} (without `/strict`). */
  log: string[];
  clearLog(): void;
  /** Serves `dir` at `/{name}/` too (e.g. a bundler's output). */
  mount(name: string, dir: string): void;
  close(): Promise<void>;
}

/** Resolves a URL path under `dir`, or undefined if it escapes it or is not a file. */
function fileIn(dir: string, urlPath: string): string | undefined {
  const file = normalize(join(dir, decodeURIComponent(urlPath)));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

interface State {
  port: number;
  log: string[];
  mounts: Map<string, string>;
}

function resolveFile(path: string, mounts: Map<string, string>): string | undefined {
  if (path.startsWith(EXPLAINER_PATH)) return fileIn(DIST, path.slice(EXPLAINER_PATH.length));
  const [, first = '', rest = ''] = /^\/([^/]+)\/(.*)$/.exec(path) ?? [];
  const mounted = mounts.get(first);
  if (mounted) return fileIn(mounted, rest);
  return fileIn(FIXTURES, path === '/' ? 'article.html' : path);
}

function handle(req: IncomingMessage, res: ServerResponse, { port, log, mounts }: State): void {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  let path = url.pathname;
  const policy = /^\/(strict|strictest|strict-cdn|strict-host)\//.exec(path)?.[1] as keyof typeof POLICIES | undefined;
  if (policy) path = path.slice(policy.length + 1);
  log.push(path);
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file = resolveFile(path, mounts);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers: Record<string, string> = {
    'content-type': contentType(file),
    'cache-control': 'no-store',
    // The explainer as a CDN would serve it: loadable as a module, font and worker from any origin.
    'access-control-allow-origin': '*',
  };
  const other = url.hostname === 'localhost' ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
  if (policy) headers['content-security-policy'] = POLICIES[policy](other);
  if (file.endsWith('.html') && file.startsWith(FIXTURES)) {
    res.writeHead(200, headers).end(fixturePage(file, other, policy ? `/${policy}` : '', url.searchParams.get('host-css')));
    return;
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

/**
 * A fixture page with its partials included (partials may include partials) and its placeholders
 * filled in (fixtures/README.md). `?host-css=name` adds the host stylesheet `/name.css` last in
 * the head: the same article under another site theme, without another page.
 */
function fixturePage(file: string, altOrigin: string, policyPrefix: string, hostCss: string | null): string {
  const include = /^[ \t]*%INCLUDE:([\w-]+)%\n/gm;
  const partial = (_: string, name: string) => readFileSync(join(FIXTURES, `_${name}.html`), 'utf8').replace(/^<!--.*-->\n/, '');
  let page = readFileSync(file, 'utf8');
  for (let before = ''; before !== page; ) {
    before = page;
    page = page.replace(include, partial);
  }
  if (hostCss && /^[\w-]+$/.test(hostCss)) page = page.replace('  </head>', `    <link rel="stylesheet" href="/${hostCss}.css" />\n  </head>`);
  return page.replaceAll('%ALT_ORIGIN%', altOrigin).replaceAll('%POLICY%', policyPrefix);
}

export async function startEmbedServer(): Promise<EmbedServer> {
  if (!existsSync(join(DIST, 'embed/dmz-explainer.js'))) {
    throw new Error(`${DIST}/embed/dmz-explainer.js is missing: run \`npm run build\` first.`);
  }
  const state: State = { port: 0, log: [], mounts: new Map() };
  const server = createServer((req, res) => handle(req, res, state));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (state.port = (server.address() as AddressInfo).port);
  return {
    origin: `http://127.0.0.1:${port}`,
    altOrigin: `http://localhost:${port}`,
    log: state.log,
    clearLog: () => {
      state.log.length = 0;
    },
    mount: (name, dir) => {
      state.mounts.set(name, resolve(dir));
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Playwright's `test` with a newsroom server per worker. */
export const test = base.extend<object, { news: EmbedServer }>({
  news: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startEmbedServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
