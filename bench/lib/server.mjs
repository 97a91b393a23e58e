// A tiny static server for the bench: serves the built pages gzipped as a production host would,
// and counts the bytes it actually sends per resource type, so "bytes transferred" is what went
// over the wire, worker and font requests included.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../../public/serve-offline.mjs';

// woff2 and images are compressed already; a host would not gzip them again.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.map']);

/** The bench's resource groups. */
export function groupOf(path) {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.geojson') return 'geo';
  if (ext === '.woff2') return 'fonts';
  return 'other';
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * Serves `mounts` ({ '/explainer/': dir, ... }) from memory, gzip precomputed so compressing
 * never competes with the browser for the machine's two cores during a run.
 * `counter()` returns and resets the bytes sent since the last call, by group and by path.
 */
export async function startServer(mounts) {
  const files = new Map();
  for (const [prefix, dir] of Object.entries(mounts)) {
    for (const file of walk(dir)) {
      const urlPath = prefix + relative(dir, file).split(sep).join('/');
      const body = readFileSync(file);
      const ext = extname(file);
      files.set(urlPath, { body, gz: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null, ext });
    }
  }
  let sent = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = file.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gz : file.body;
    res.writeHead(200, {
      'content-type': contentType(path),
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
    });
    res.end(body);
    sent.push({ path, bytes: body.length, raw: file.body.length });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Bytes sent since the last call: `{ total, byGroup, requests }`. */
    counter() {
      const requests = sent;
      sent = [];
      const byGroup = { js: 0, css: 0, geo: 0, fonts: 0, other: 0 };
      for (const r of requests) byGroup[groupOf(r.path)] += r.bytes;
      return { total: requests.reduce((a, r) => a + r.bytes, 0), byGroup, requests };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
