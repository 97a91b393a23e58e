#!/usr/bin/env node
// Serves this folder (the built explainer) on your own computer, with no internet needed.
// Usage, from the folder that holds this file:   node serve-offline.mjs   [port]
// Then open the address it prints. Stop it with Ctrl+C.
//
// The project's other small servers (the embed tests', the bench's) import contentType() from
// here, so every server the explainer is tested behind sends the same types.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The content type for each kind of file the built explainer has. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type to send for a file path. */
export function contentType(path) {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves with the server once listening. */
export function serveOffline(root, port) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root + sep) && file !== root) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentType(file) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && resolve(process.argv[1]) === self) {
  const server = await serveOffline(dirname(self), Number(process.argv[2] ?? process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`DMZ explainer running offline at http://127.0.0.1:${port}/`);
  console.log(`Presenter mode: http://127.0.0.1:${port}/?mode=present   Korean: http://127.0.0.1:${port}/?lang=ko`);
}
