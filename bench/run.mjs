#!/usr/bin/env node
// `npm run bench`: builds the explainer and a bare MapLibre baseline page, serves both gzipped from
// one local server, alternates measured visits of each in the system Chromium, prints medians,
// ratios and budgets, writes bench/results.json and the README tables, and exits 1 when a budget
// is missed. See bench/README.md for what each number means.
//
//   node bench/run.mjs [--runs 5] [--scroll-ms 11200] [--no-build] [--no-lighthouse] [--no-readme]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { breakdown, summarize } from './lib/bundle.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { SAMPLING_US, VIEWPORT, measure } from './lib/measure.mjs';
import { frameResolver } from './lib/profile.mjs';
import { aggregate, budgetTable, budgets, lighthouseLine, table, writeSection } from './lib/report.mjs';
import { untilQuiet } from './lib/quiet.mjs';
import { startServer } from './lib/server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/tmp');
const OUT = { explainer: join(TMP, 'explainer'), baseline: join(TMP, 'baseline') };
const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const { values: args } = parseArgs({
  options: {
    // Seven pairs: the map-idle budget is judged on paired ratios, and five left it at the noise's mercy.
    runs: { type: 'string', default: '7' },
    // Seven chapters at 1.6 s each: long enough for each chapter's 1.4 s camera flight to land.
    'scroll-ms': { type: 'string', default: '11200' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const SCROLL_MS = Number(args['scroll-ms']);
const started = Date.now();
const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

function vite(...argv) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), ...argv], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite ${argv.join(' ')} failed`);
}

function build() {
  // The site exactly as `npm run build` makes it (vite.config.ts), into bench/tmp so dist/ is left
  // alone; hidden source maps let the profiler name our modules and change nothing in the pages.
  log('building the explainer (vite.config.ts) and the baseline (bench/vite.bench.config.ts)');
  vite('build', '--outDir', OUT.explainer, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn');
  vite('build', '-c', 'bench/vite.bench.config.ts');
}

function machine(browserVersion) {
  const cpus = os.cpus();
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    webgl: 'SwiftShader (software)',
    playwright: pkg('@playwright/test'),
    maplibre: pkg('maplibre-gl'),
    lit: pkg('lit'),
  };
}

function servedFile(url) {
  const m = new URL(url, 'http://x').pathname.match(/^\/(explainer|baseline)\/(.*)$/);
  return m ? join(OUT[m[1]], m[2]) : null;
}

function jsBreakdown() {
  const chunks = (dir) => readdirSync(join(dir, 'assets')).filter((f) => /\.m?js$/.test(f)).map((f) => join(dir, 'assets', f));
  const explainer = breakdown(chunks(OUT.explainer));
  return { explainer: summarize(explainer, (who) => who), chunks: explainer };
}

/** One visit, tried twice: a visit that times out on a starved machine is logged and retried. */
async function visit(browser, opts, tag) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await untilQuiet();
      return await measure(browser, opts);
    } catch (e) {
      log(`${tag} ${opts.kind} failed (attempt ${attempt}): ${String(e.message ?? e).split('\n')[0]}`);
    }
  }
  return null;
}

async function main() {
  if (!args['no-build']) build();
  const server = await startServer({ '/explainer/': OUT.explainer, '/baseline/': OUT.baseline });
  const urls = { explainer: `${server.origin}/explainer/`, baseline: `${server.origin}/baseline/` };
  const resolveFrame = frameResolver(servedFile);
  const loadBefore = os.loadavg()[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const chromiumVersion = browser.version();
  const runs = [];
  try {
    // One visit of each first, discarded: it pays for the browser's own cold start.
    const order = [['explainer', 'baseline']];
    for (let i = 0; i < RUNS; i++) order.push(i % 2 ? ['baseline', 'explainer'] : ['explainer', 'baseline']);
    for (const [round, pair] of order.entries()) {
      for (const kind of pair) {
        const tag = round === 0 ? 'warm-up' : `run ${round}/${RUNS}`;
        const r = await visit(browser, { kind, url: urls[kind], server, resolveFrame, scrollMs: SCROLL_MS }, tag);
        if (!r) continue;
        log(`${tag} ${kind.padEnd(9)} fcp ${r.fcp?.toFixed(0)} heading ${r.heading?.toFixed(0) ?? '-'} idle ${r.mapIdle?.toFixed(0)} ms,`,
          `js ${(r.bytes.js / 1024).toFixed(1)} KB, own/frame ${r.scroll.ownPerFrameMedian?.toFixed(2)} ms, heap ${(r.heapUsed / 2 ** 20).toFixed(1)} MB`);
        if (r.errors.length) log(`  page errors: ${r.errors.join(' | ')}`);
        if (round > 0) runs.push({ ...r, round });
      }
    }
  } finally {
    await browser.close();
  }

  const med = aggregate(runs);
  const list = budgets(med, runs);
  let lighthouse = null;
  if (!args['no-lighthouse']) {
    log('Lighthouse (desktop preset) on both pages');
    lighthouse = await lighthouseScores(urls, { chromePath: CHROMIUM });
  }
  await server.close();

  const seconds = Math.round((Date.now() - started) / 1000);
  const info = machine(chromiumVersion);
  // Other work on the machine slows both pages, and not always equally: say so next to the numbers.
  // Only the load before the run tells: the bench's own Chromium keeps both cores busy during it.
  info.loadAverage = { before: +loadBefore.toFixed(1), after: +os.loadavg()[0].toFixed(1) };
  const busy = info.loadAverage.before > info.cores;
  const bundle = jsBreakdown();
  const explainerTop = runs.find((r) => r.kind === 'explainer')?.scroll.top ?? [];
  const results = {
    date: new Date().toISOString(),
    command: 'npm run bench',
    seconds,
    machine: info,
    config: { runs: RUNS, warmup: 1, scrollMs: SCROLL_MS, viewport: VIEWPORT, profilerSamplingUs: SAMPLING_US, gzip: 'level 9, precompressed' },
    medians: med,
    budgets: list,
    lighthouse,
    explainerJs: bundle.explainer,
    explainerScrollHotspots: explainerTop,
    runs: runs.map(({ requests, ...r }) => r),
    requests: Object.fromEntries(['explainer', 'baseline'].map((k) => [k, runs.find((r) => r.kind === k)?.requests ?? []])),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const machineLine =
    `Measured ${results.date.slice(0, 10)} on ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB, ${info.os}; ` +
    `Chromium ${info.chromium} headless with ${info.webgl} WebGL; Node ${info.node}. ` +
    `${RUNS} alternating visits of each page after one warm-up each, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
    `the bench took ${seconds} s.` +
    (busy ? ` The machine was busy with other work (1-minute load ${info.loadAverage.before} → ${info.loadAverage.after} on ${info.cores} cores): times are inflated and noisier than on an idle machine.` : '');
  const section = [
    machineLine,
    '',
    table(med),
    '',
    budgetTable(list),
    '',
    lighthouseLine(lighthouse),
  ].join('\n');

  console.log(`\n${table(med)}\n\n${budgetTable(list)}\n\n${lighthouseLine(lighthouse)}\n`);
  console.log('Explainer JS by origin (gzip KB, all chunks; MapLibre\'s CSS is inlined via dmz-map.styles.ts):',
    Object.entries(bundle.explainer).slice(0, 14).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(', '));
  console.log('Explainer scroll hot spots (ms, first run):', explainerTop.slice(0, 6).map((t) => `${t.fn} ${t.ms}`).join('; '));
  console.log(`\n${machineLine}`);

  if (!args['no-readme']) {
    writeSection(join(ROOT, 'bench/README.md'), section, { create: false });
    if (writeSection(join(ROOT, 'README.md'), section)) log('updated the Performance section of README.md');
    else log('no README.md yet: the table is in bench/README.md');
  }
  const failed = list.filter((b) => !b.pass);
  log(`wrote bench/results.json; ${failed.length ? `budgets missed: ${failed.map((b) => b.id).join(', ')}` : 'all budgets met'}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
