// Attributes CPU profiler samples to source files through the builds' hidden source maps, so the
// bench can tell the explainer's own code (src/) and the Lit runtime that renders it from
// MapLibre and the browser, without instrumenting src/.
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** Which code a source path belongs to. */
export function classify(source) {
  if (!source) return 'other';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(source)) return 'lit';
  if (/node_modules\/maplibre-gl\//.test(source)) return 'maplibre';
  if (/node_modules\//.test(source)) return 'other';
  if (/(^|\/)src\//.test(source) || /bench\/baseline\//.test(source)) return 'own';
  return 'other';
}

/**
 * Resolves profiler call frames (url, 0-based line and column) to a category, given a function
 * that maps a served URL to the built file on disk. Unknown scripts (the bench's own evaluate
 * calls, the browser's) are 'other'.
 */
export function frameResolver(urlToFile) {
  const maps = new Map();
  const cache = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const file = urlToFile(url);
      maps.set(url, file && existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
    }
    return maps.get(url);
  };
  return (cf) => {
    const key = `${cf.url}:${cf.lineNumber}:${cf.columnNumber}`;
    if (!cache.has(key)) {
      const map = cf.url ? mapFor(cf.url) : null;
      const pos = map && cf.lineNumber >= 0 ? originalPositionFor(map, { line: cf.lineNumber + 1, column: Math.max(0, cf.columnNumber) }) : null;
      const source = pos?.source ?? null;
      const file = source ? source.replace(/^.*node_modules\//, '').replace(/^.*?\b(src|bench)\//, '$1/') : cf.url || '(native)';
      cache.set(key, { cat: classify(source), label: `${pos?.name ?? cf.functionName ?? '(anonymous)'} ${file}:${pos?.line ?? '?'}` });
    }
    return cache.get(key);
  };
}

/**
 * Turns a CDP Profiler profile into timed samples: `{ t, dt, self, explainer }` where `t` is the
 * sample time in the profiler's clock (ms), `dt` the time it stands for (the gap to the next
 * sample, at most `intervalMs`), `self` the category of the
 * leaf frame, and `explainer` whether any frame on the stack is the explainer's own code or Lit:
 * the time the explainer's code spent, including what it called (a MapLibre camera call, say).
 */
export function timedSamples(profile, resolve, intervalMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map();
  const infoOf = (id) => {
    if (info.has(id)) return info.get(id);
    const node = byId.get(id);
    const { cat, label } = resolve(node.callFrame);
    const up = parent.has(id) ? infoOf(parent.get(id)) : { explainer: false, names: [] };
    const value = {
      self: node.callFrame.functionName === '(idle)' ? 'idle' : cat,
      label: node.callFrame.functionName.startsWith('(') ? node.callFrame.functionName : label,
      explainer: up.explainer || cat === 'own' || cat === 'lit',
      names: up.names.length < 64 ? [...up.names, node.callFrame.functionName] : up.names,
    };
    info.set(id, value);
    return value;
  };
  const out = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = profile.timeDeltas[i + 1] ?? 0;
    // A sample stands for at most one sampling interval. A longer gap to the next sample means the
    // thread was descheduled (other work on the machine), not that the function ran all that time:
    // so the sums approximate the main thread's CPU time, which load elsewhere does not inflate.
    out.push({ t: t / 1000, dt: Math.min(intervalMs, Math.max(0, next) / 1000), ...infoOf(profile.samples[i]) });
  }
  return out;
}

/**
 * The offset (ms) to add to a profiler time to get the page's performance.now(), from the
 * samples taken inside the page's `__benchClockSync` busy-wait that started at `syncStart`.
 */
export function clockOffset(samples, syncStart) {
  const first = samples.find((s) => s.names.includes('__benchClockSync'));
  return first ? syncStart - first.t : null;
}

/** Sums the explainer's time (own + Lit, inclusive) per frame and inside each long task. */
export function attribute(samples, offset, frames, longTasks) {
  const at = samples.map((s) => ({ ...s, t: s.t + offset })).filter((s) => s.explainer);
  const perFrame = [];
  let j = 0;
  for (let k = 0; k + 1 < frames.length; k++) {
    let ms = 0;
    while (j < at.length && at[j].t < frames[k]) j++;
    while (j < at.length && at[j].t < frames[k + 1]) ms += at[j++].dt;
    perFrame.push(ms);
  }
  const tasks = longTasks.map((task) => {
    const inside = at.filter((s) => s.t >= task.start && s.t < task.start + task.duration);
    const own = inside.reduce((a, s) => a + s.dt, 0);
    // Ours when our code is most of it, or when the task would have stayed under 50 ms without it.
    const ours = own >= task.duration / 2 || task.duration - own < 50;
    return { start: +task.start.toFixed(1), duration: task.duration, own: +own.toFixed(1), ours, top: ours ? topBySelf(inside, 5) : [] };
  });
  return { perFrame, tasks, top: topBySelf(at, 12), total: at.reduce((a, s) => a + s.dt, 0) };
}

/** Where the explainer's time went, by the function running (self time), for the report. */
function topBySelf(samples, n) {
  const bySelf = new Map();
  for (const s of samples) bySelf.set(s.label, (bySelf.get(s.label) ?? 0) + s.dt);
  return [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, n).map(([fn, ms]) => ({ fn, ms: +ms.toFixed(2) }));
}
