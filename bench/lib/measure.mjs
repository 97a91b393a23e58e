// One measured visit of one page in a fresh browser context: load, first paint, heading, map idle,
// then the scripted scroll (explainer) or the same camera choreography (baseline) under the CPU
// profiler, then the heap after garbage collection.
import { readFileSync } from 'node:fs';
import { attribute, clockOffset, timedSamples } from './profile.mjs';
import { cdpCommands, contextOptions } from './profiles.mjs';
import { median } from './stats.mjs';

/** The probe (probe.js) as text, injected before any page script. */
export const PROBE_SOURCE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
/** CPU profiler sampling interval (µs) during the scroll. */
export const SAMPLING_US = 200;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null;
};

const debug = process.env.BENCH_DEBUG ? (...a) => console.error('  [visit]', ...a) : () => {};

/** Rejects after `ms`: a starved renderer must fail one visit, not hang the bench. */
function within(ms, label, promise) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${label} took over ${ms / 1000} s`)), ms))),
  ]);
}

async function waitForMarks(page, timeout) {
  await page.waitForFunction(() => window.__bench?.marks.mapIdle != null, null, { timeout, polling: 100 });
}

async function waitForSettled(page, timeout) {
  await page
    .waitForFunction(
      () => {
        const map = window.__benchMap ?? document.querySelector('dmz-explainer')?.shadowRoot?.querySelector('dmz-map')?.map;
        return !map || (map.loaded() && !map.isMoving());
      },
      null,
      { timeout, polling: 100 },
    )
    .catch(() => undefined);
}

/** Busy-waits a few ms inside a named function the profiler will see, to line up the clocks. */
const CLOCK_SYNC = `(function __benchClockSync() {
  const t0 = performance.now();
  while (performance.now() - t0 < 15) {}
  return t0;
})()`;

/** The explainer: scroll the whole document at a steady pace over `ms`, one step per frame. */
async function scrollExplainer(page, ms) {
  return page.evaluate(async ([ms, syncSrc]) => {
    const syncStart = (0, eval)(syncSrc);
    const max = document.documentElement.scrollHeight - innerHeight;
    const frames = [];
    await new Promise((resolve) => {
      const t0 = performance.now();
      const step = (now) => {
        frames.push(now);
        const f = Math.min(1, Math.max(0, (now - t0) / ms));
        scrollTo(0, Math.round(f * max));
        if (f < 1) requestAnimationFrame(step);
        else requestAnimationFrame((end) => (frames.push(end), resolve()));
      };
      requestAnimationFrame(step);
    });
    const chapter = document.querySelector('dmz-explainer')?.getAttribute('chapter') ?? null;
    return { syncStart, frames, scrolled: max, chapter };
  }, [ms, CLOCK_SYNC]);
}

/** The baseline: the same chapters' scenes on its map over the same time. */
async function driveBaseline(page, ms) {
  return page.evaluate(async ([ms, syncSrc]) => {
    const syncStart = (0, eval)(syncSrc);
    const frames = [];
    const record = (now) => {
      frames.push(now);
      if (!done) requestAnimationFrame(record);
    };
    let done = false;
    requestAnimationFrame(record);
    await window.__benchDrive(ms);
    done = true;
    await new Promise((r) => requestAnimationFrame(r));
    return { syncStart, frames, scrolled: 0, chapter: 'sources' };
  }, [ms, CLOCK_SYNC]);
}

/**
 * Measures one visit. `kind` is 'explainer' or 'baseline'; `server.counter()` is reset before.
 * `profile` (profiles.mjs) sets the viewport and the CPU and network throttling. `resolveFrame`
 * maps profiler call frames to categories (see profile.mjs). With `scroll` false the visit ends at
 * map idle: the load's numbers only, for the rounds that only tighten the load's intervals.
 */
export async function measure(browser, { kind, url, server, resolveFrame, scrollMs, profile, scroll = true, timeout = 120_000 }) {
  const context = await browser.newContext(contextOptions(profile));
  try {
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (const { method, params } of cdpCommands(profile)) await cdp.send(method, params);
    server.counter();

    debug(kind, 'goto');
    await page.goto(url, { waitUntil: 'load', timeout });
    debug(kind, 'loaded; waiting for map idle');
    await waitForMarks(page, timeout);
    const load = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      marks: { ...window.__bench.marks },
      longTasks: window.__bench.longTasks.length,
    }));
    const bytes = server.counter();
    // The heading counts from the paint that shows it: never before the first contentful paint.
    const heading = load.marks.heading == null ? null : Math.max(load.marks.heading, load.fcp ?? 0);

    const loadOnly = {
      kind,
      fcp: load.fcp,
      heading,
      mapLoad: load.marks.mapLoad,
      mapIdle: load.marks.mapIdle,
      bytes: bytes.byGroup,
      bytesTotal: bytes.total,
      requests: bytes.requests.map((r) => r.path),
      errors,
    };
    if (!scroll) return { ...loadOnly, scroll: null, heapUsed: null, bytesDuringScroll: null };

    debug(kind, 'map idle');
    await waitForSettled(page, 20_000);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const tasksBefore = await page.evaluate(() => window.__bench.longTasks.length);
    await cdp.send('Profiler.start');
    debug(kind, 'scrolling');
    const run = await within(scrollMs * 4 + 30_000, 'the scroll', kind === 'explainer' ? scrollExplainer(page, scrollMs) : driveBaseline(page, scrollMs));
    debug(kind, 'scrolled; stopping the profiler');
    const { profile: cpuProfile } = await within(60_000, 'Profiler.stop', cdp.send('Profiler.stop'));
    const longTasks = (await page.evaluate(() => window.__bench.longTasks)).slice(tasksBefore);

    const samples = timedSamples(cpuProfile, resolveFrame, SAMPLING_US / 1000);
    const offset = clockOffset(samples, run.syncStart);
    const frameTimes = run.frames;
    const deltas = frameTimes.slice(1).map((t, i) => t - frameTimes[i]);
    const inScroll = longTasks.filter((t) => t.start >= frameTimes[0] && t.start < frameTimes.at(-1));
    const own = offset == null ? null : attribute(samples, offset, frameTimes, inScroll);

    debug(kind, 'profile attributed; waiting for the map to settle');
    await waitForSettled(page, 30_000);
    await cdp.send('HeapProfiler.enable');
    const heap = await within(60_000, 'the heap measurement', (async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    })());
    debug(kind, 'done');
    const after = server.counter();

    return {
      ...loadOnly,
      bytesDuringScroll: after.total,
      scroll: {
        ms: frameTimes.at(-1) - frameTimes[0],
        px: run.scrolled,
        endChapter: run.chapter,
        frames: deltas.length,
        longestFrame: deltas.length ? Math.max(...deltas) : null,
        medianFrame: median(deltas),
        longTasks: inScroll.length,
        longestTask: inScroll.length ? Math.max(...inScroll.map((t) => t.duration)) : 0,
        ownLongTasks: own ? own.tasks.filter((t) => t.ours).length : null,
        ownInLongestTask: own?.tasks.length ? Math.max(...own.tasks.map((t) => t.own)) : 0,
        ownPerFrameMedian: own ? median(own.perFrame) : null,
        ownPerFrameMean: own && own.perFrame.length ? own.total / own.perFrame.length : null,
        ownPerFrameP95: own ? quantile(own.perFrame, 0.95) : null,
        ownTotal: own?.total ?? null,
        clockSynced: offset != null,
        top: own?.top ?? [],
        tasks: own?.tasks ?? [],
      },
      heapUsed: heap.usedSize,
    };
  } finally {
    await context.close();
  }
}
