// Summarizes a Chromium trace (the JSON Tracing.end returns) from the page's navigation to its
// map's first idle: how much CPU each thread of each process used, where the page's main thread
// spent its CPU time (self time by trace event), and when each resource was requested and finished.
// Pure: takes the parsed events, returns plain data.

/** Thread group names: what a reader of the report needs, not Chromium's exact thread names. */
function groupOf(processName, threadName) {
  const p = processName ?? '';
  const t = threadName ?? '';
  if (/GPU/i.test(p)) return t === 'CrGpuMain' ? 'GPU: main' : /Viz/i.test(t) ? 'GPU: viz compositor' : `GPU: ${t || 'other'}`;
  if (/Renderer/i.test(p)) {
    if (t === 'CrRendererMain') return 'renderer: main thread';
    if (/DedicatedWorker/i.test(t)) return 'renderer: workers';
    if (/Compositor/i.test(t)) return 'renderer: compositor';
    if (/ThreadPool|Raster/i.test(t)) return 'renderer: thread pool / raster';
    return `renderer: ${t || 'other'}`;
  }
  if (/Browser/i.test(p)) return 'browser';
  return `${p || 'other'}: ${t || 'other'}`;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'RunTask']);

/**
 * `events` are a trace's traceEvents; `rendererPid` the page's renderer; `idleNow` the page's
 * performance.now() at map idle. The window runs from the page's time origin (the navigation) to
 * its 'bench:map-idle' mark. Returns
 * `{ windowMs, busy: { group: ms }, mainSelf: [{ name, ms }], requests: [{ url, start, end }] }`
 * with times in ms from navigationStart, or null when the marks are missing.
 */
export function summarizeTrace(events, rendererPid, idleNow = null) {
  const procName = new Map();
  const threadName = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') procName.set(e.pid, e.args?.name);
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name);
  }
  const marks = events.filter((e) => e.pid === rendererPid && e.cat?.includes('blink.user_timing'));
  const idle = marks.find((e) => e.name === 'bench:map-idle');
  if (!idle) return null;
  // The page's time origin in trace time, from the idle mark and its performance.now(): the
  // renderer's own navigationStart events can belong to the initial about:blank.
  const now = idleNow ?? idle.args?.data?.startTime;
  const t0 = now != null ? idle.ts - now * 1000 : marks.filter((e) => e.name === 'navigationStart').sort((a, b) => a.ts - b.ts).at(-1)?.ts;
  if (t0 == null) return null;
  const t1 = idle.ts;
  const ms = (us) => us / 1000;
  // CPU time, not wall time: on a loaded machine a thread is descheduled mid-event and an event's
  // wall duration says more about the other load than about the page (a 1 ms layout lasted 186 ms).
  // The part of an event inside the window, in the thread's CPU time (tdur) when the trace has it.
  const clip = (e) => {
    const wall = Math.max(0, Math.min(t1, e.ts + (e.dur ?? 0)) - Math.max(t0, e.ts));
    return e.tdur != null && e.dur > 0 ? (wall * e.tdur) / e.dur : wall;
  };

  // Busy time: the top-level tasks each thread ran inside the window. Only the page's renderer,
  // the GPU process and the browser: other tabs' renderers (none in a fresh context) are left out.
  // Outermost tasks only: a nested run loop's tasks are inside their parent's time already.
  const busy = {};
  const relevant = (pid) => pid === rendererPid || /GPU|Browser/i.test(procName.get(pid) ?? '');
  const lastEnd = new Map();
  const tasks = events.filter((e) => e.ph === 'X' && TASKS.has(e.name) && e.dur != null && relevant(e.pid)).sort((a, b) => a.ts - b.ts);
  for (const e of tasks) {
    const thread = `${e.pid}:${e.tid}`;
    if ((lastEnd.get(thread) ?? -Infinity) >= e.ts + e.dur) continue;
    lastEnd.set(thread, Math.max(lastEnd.get(thread) ?? -Infinity, e.ts + e.dur));
    const d = clip(e);
    if (!d) continue;
    const g = groupOf(procName.get(e.pid), threadName.get(thread));
    busy[g] = (busy[g] ?? 0) + ms(d);
  }

  // Self time by event name on the page's main thread: each complete event's clipped duration
  // minus its children's, found with a stack over events sorted by start.
  const mainTid = [...threadName.entries()].find(([k, v]) => k.startsWith(`${rendererPid}:`) && v === 'CrRendererMain')?.[0].split(':')[1];
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === rendererPid && String(e.tid) === mainTid && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) stack.pop();
  };
  for (const e of main) {
    close(e.ts);
    const d = clip(e);
    const parent = stack.at(-1);
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - d);
    const key = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' ? `${e.name} ${shortUrl(e.args?.data?.url)}` : e.name;
    self.set(key, (self.get(key) ?? 0) + d);
    stack.push({ key, end: e.ts + e.dur });
  }
  const mainSelf = [...self]
    .filter(([name]) => !TASKS.has(name))
    .map(([name, us]) => ({ name, ms: +ms(us).toFixed(1) }))
    .filter((x) => x.ms >= 1)
    .sort((a, b) => b.ms - a.ms);

  // Requests: when the renderer asked and when the last byte arrived.
  const starts = new Map();
  const ends = new Map();
  for (const e of events) {
    const d = e.args?.data;
    // The page's own requests: the renderer reports them (a headless browser's internal pages too).
    if (!d?.requestId || e.pid !== rendererPid) continue;
    if (e.name === 'ResourceSendRequest' && !starts.has(d.requestId)) starts.set(d.requestId, { url: d.url, ts: e.ts });
    if (e.name === 'ResourceFinish') ends.set(d.requestId, d.finishTime ? d.finishTime * 1e6 : e.ts);
  }
  const requests = [...starts]
    .map(([id, { url, ts }]) => ({ url: shortUrl(url), start: +ms(ts - t0).toFixed(0), end: ends.has(id) ? +ms(ends.get(id) - t0).toFixed(0) : null }))
    .sort((a, b) => a.start - b.start);

  const at = (name) => {
    const m = marks.find((e) => e.name === name && e.ts >= t0);
    return m ? +ms(m.ts - t0).toFixed(0) : null;
  };
  return {
    windowMs: +ms(t1 - t0).toFixed(0),
    marks: { fcp: at('firstContentfulPaint'), mapIdle: +ms(t1 - t0).toFixed(0) },
    busy: Object.fromEntries(Object.entries(busy).map(([k, v]) => [k, +v.toFixed(0)]).sort((a, b) => b[1] - a[1])),
    mainSelf,
    requests,
  };
}

/** A URL's file name without Vite's content hash, so both pages' copies of a file compare. */
function shortUrl(url) {
  if (!url) return '';
  try {
    const p = new URL(url).pathname;
    return (p.split('/').at(-1) || p).replace(/-[\w-]{8}(\.\w+)$/, '$1');
  } catch {
    return String(url).slice(0, 40);
  }
}
