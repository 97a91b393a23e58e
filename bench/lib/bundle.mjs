// What the JS budget pays for: the gzipped bytes of each built chunk split by original package or
// src/ module through the hidden source maps. Shows at a glance whether turf (or anything else
// that belongs in the geo pipeline) slipped into the browser build.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

function owner(source) {
  if (!source) return '(bundler runtime)';
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const src = source.match(/(?:^|\/)((?:src|bench)\/.*)$/);
  return src ? src[1] : source;
}

/** `{ chunk: { gz, parts: { owner: gzBytes } } }` for the given built .js files (gzip -9 per part). */
export function breakdown(files) {
  const out = {};
  for (const file of files) {
    if (!existsSync(`${file}.map`)) continue;
    const code = readFileSync(file, 'utf8');
    const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
    const lineStart = [0];
    for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStart.push(i + 1);
    const segs = [];
    eachMapping(map, (m) => segs.push([lineStart[m.generatedLine - 1] + m.generatedColumn, owner(m.source)]));
    segs.sort((a, b) => a[0] - b[0]);
    const text = new Map();
    for (let i = 0; i < segs.length; i++) {
      const [start, who] = segs[i];
      const end = i + 1 < segs.length ? segs[i + 1][0] : code.length;
      (text.get(who) ?? text.set(who, []).get(who)).push(code.slice(start, end));
    }
    const parts = Object.fromEntries(
      [...text].map(([who, pieces]) => [who, gzipSync(pieces.join(''), { level: 9 }).length]).sort((a, b) => b[1] - a[1]),
    );
    out[basename(file)] = { gz: gzipSync(code, { level: 9 }).length, parts };
  }
  return out;
}

/** Sums parts across chunks by a grouping function of the owner name. */
export function summarize(chunks, group) {
  const sums = {};
  for (const { parts } of Object.values(chunks)) {
    for (const [who, gz] of Object.entries(parts)) sums[group(who)] = (sums[group(who)] ?? 0) + gz;
  }
  return Object.fromEntries(Object.entries(sums).sort((a, b) => b[1] - a[1]));
}
