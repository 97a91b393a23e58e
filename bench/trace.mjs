#!/usr/bin/env node
// Where does the explainer's extra time to map idle go? Records a Chromium trace of each page
// (all processes: the page's renderer with its workers, the GPU process, the browser) from the
// navigation to the map's first idle, alternating pages, and prints per thread group how busy it
// was, the main thread's self time by event, and when each resource was requested and arrived.
// Medians over --visits of each page. Reads the bench's last build (run `npm run bench` or
// `node bench/run.mjs --no-lighthouse --no-readme` once first).
//
//   node bench/trace.mjs [--profile desktop|phone] [--visits 3] [--save bench/tmp/traces]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { PROBE_SOURCE } from './lib/measure.mjs';
import { PROFILES, cdpCommands, contextOptions } from './lib/profiles.mjs';
import { untilQuiet } from './lib/quiet.mjs';
import { startServer } from './lib/server.mjs';
import { median } from './lib/stats.mjs';
import { summarizeTrace } from './lib/trace-summary.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = { explainer: join(ROOT, 'bench/tmp/explainer'), baseline: join(ROOT, 'bench/tmp/baseline') };
const FLAGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing',
  'loading', 'gpu', 'viz', 'cc', 'disabled-by-default-devtools.timeline.frame',
].join(',');

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string', default: 'desktop' },
    visits: { type: 'string', default: '3' },
    save: { type: 'string' },
  },
});
const profile = PROFILES[args.profile];
if (!profile) throw new Error(`unknown --profile ${args.profile}`);

async function traceVisit(browser, url) {
  const context = await browser.newContext(contextOptions(profile));
  try {
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (const { method, params } of cdpCommands(profile)) await cdp.send(method, params);
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__bench?.marks.mapIdle != null, null, { timeout: 120_000, polling: 100 });
    const marks = await page.evaluate(() => ({ ...window.__bench.marks }));
    const buffer = await browser.stopTracing();
    const trace = JSON.parse(buffer.toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const pid = events.find((e) => e.name === 'bench:map-idle')?.pid;
    return { summary: summarizeTrace(events, pid, marks.mapIdle), marks, raw: buffer };
  } finally {
    await context.close();
  }
}

/** Medians of each numeric field over the visits' summaries (busy by group; main-thread self time by event). */
function combine(list) {
  const groups = new Set(list.flatMap((s) => Object.keys(s.busy)));
  const busy = Object.fromEntries([...groups].map((g) => [g, median(list.map((s) => s.busy[g] ?? 0))]));
  const names = new Set(list.flatMap((s) => s.mainSelf.map((x) => x.name)));
  const mainSelf = [...names]
    .map((n) => ({ name: n, ms: median(list.map((s) => s.mainSelf.find((x) => x.name === n)?.ms ?? 0)) }))
    .sort((a, b) => b.ms - a.ms);
  const urls = new Set(list.flatMap((s) => s.requests.map((r) => r.url)));
  const requests = [...urls]
    .map((u) => ({
      url: u,
      start: median(list.map((s) => s.requests.find((r) => r.url === u)?.start)),
      end: median(list.map((s) => s.requests.find((r) => r.url === u)?.end)),
    }))
    .sort((a, b) => a.start - b.start);
  return { mapIdle: median(list.map((s) => s.windowMs)), fcp: median(list.map((s) => s.marks.fcp)), busy, mainSelf, requests };
}

async function main() {
  const server = await startServer({ '/explainer/': OUT.explainer, '/baseline/': OUT.baseline });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  const visits = { explainer: [], baseline: [] };
  try {
    // A discarded warm-up of each, then alternating pairs.
    for (const kind of ['explainer', 'baseline']) await traceVisit(browser, `${server.origin}/${kind}/`);
    for (let i = 0; i < Number(args.visits); i++) {
      for (const kind of i % 2 ? ['baseline', 'explainer'] : ['explainer', 'baseline']) {
        await untilQuiet();
        const v = await traceVisit(browser, `${server.origin}/${kind}/`);
        if (args.save) {
          mkdirSync(args.save, { recursive: true });
          writeFileSync(join(args.save, `${profile.name}-${kind}-${i + 1}.json`), v.raw);
        }
        if (v.summary) visits[kind].push(v.summary);
        console.error(`[trace] ${kind} visit ${i + 1}: map idle ${v.summary?.windowMs} ms (probe ${v.marks.mapIdle?.toFixed(0)})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const out = { profile: profile.name, explainer: combine(visits.explainer), baseline: combine(visits.baseline) };
  const e = out.explainer;
  const b = out.baseline;
  console.log(`\n${profile.name}: map idle ${b.mapIdle} → ${e.mapIdle} ms; FCP ${b.fcp} → ${e.fcp} ms (baseline → explainer, medians of ${args.visits})\n`);
  console.log('| thread group, CPU time until map idle (ms) | baseline | explainer | difference |\n| --- | ---: | ---: | ---: |');
  for (const g of new Set([...Object.keys(e.busy), ...Object.keys(b.busy)])) {
    const x = e.busy[g] ?? 0;
    const y = b.busy[g] ?? 0;
    if (x >= 5 || y >= 5) console.log(`| ${g} | ${y.toFixed(0)} | ${x.toFixed(0)} | ${(x - y >= 0 ? '+' : '') + (x - y).toFixed(0)} |`);
  }
  console.log('\nMain thread self CPU time (ms), top 25:');
  const bSelf = new Map(b.mainSelf.map((x) => [x.name, x.ms]));
  for (const x of e.mainSelf.slice(0, 25)) console.log(`  ${x.name.padEnd(60)} explainer ${String(x.ms).padStart(7)}  baseline ${String(bSelf.get(x.name) ?? 0).padStart(7)}`);
  for (const [kind, v] of [['baseline', b], ['explainer', e]]) {
    console.log(`\nRequests, ${kind} (ms from navigation: asked → finished):`);
    for (const r of v.requests) console.log(`  ${String(r.start).padStart(6)} → ${String(r.end ?? '?').padStart(6)}  ${r.url}`);
  }
  writeFileSync(join(ROOT, `bench/tmp/trace-${profile.name}.json`), `${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
