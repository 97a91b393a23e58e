// Medians, ratios, budgets and the tables the bench prints and writes into the README.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The metrics of the table: key, label, unit, how to read it from a run. */
export const METRICS = [
  ['js', 'JS transferred (gzip)', 'KB', (r) => r.bytes.js / 1024],
  ['css', 'CSS transferred (gzip)', 'KB', (r) => r.bytes.css / 1024],
  ['geo', 'GeoJSON transferred (gzip)', 'KB', (r) => r.bytes.geo / 1024],
  ['fonts', 'Fonts transferred (woff2)', 'KB', (r) => r.bytes.fonts / 1024],
  ['other', 'HTML and other', 'KB', (r) => r.bytes.other / 1024],
  ['bytes', 'Total transferred until map idle', 'KB', (r) => r.bytesTotal / 1024],
  ['fcp', 'First contentful paint', 'ms', (r) => r.fcp],
  ['heading', 'First story heading visible', 'ms', (r) => r.heading],
  ['mapLoad', 'Map style and data loaded', 'ms', (r) => r.mapLoad],
  ['mapIdle', 'Map idle (first)', 'ms', (r) => r.mapIdle],
  ['frames', 'Scroll: frames drawn', '', (r) => r.scroll.frames],
  ['medianFrame', 'Scroll: median frame', 'ms', (r) => r.scroll.medianFrame],
  ['longestFrame', 'Scroll: longest frame', 'ms', (r) => r.scroll.longestFrame],
  ['longTasks', 'Scroll: long tasks (all code)', '', (r) => r.scroll.longTasks],
  ['ownLongTasks', 'Scroll: long tasks due to explainer code', '', (r) => r.scroll.ownLongTasks],
  ['ownFrame', 'Scroll: explainer code per frame, median', 'ms', (r) => r.scroll.ownPerFrameMedian],
  ['ownFrameMean', 'Scroll: explainer code per frame, mean', 'ms', (r) => r.scroll.ownPerFrameMean],
  ['heap', 'JS heap after scroll (after GC)', 'MB', (r) => r.heapUsed / 2 ** 20],
];

export function aggregate(runs) {
  const out = {};
  for (const kind of ['explainer', 'baseline']) {
    const mine = runs.filter((r) => r.kind === kind);
    out[kind] = Object.fromEntries(METRICS.map(([key, , , get]) => [key, median(mine.map(get))]));
  }
  return out;
}

const JS_ALLOWANCE_KB = 40;

/**
 * The median over rounds of explainer / baseline for one metric, each explainer visit against the
 * baseline visit of the same round (next to it in time). The machine's speed drifts during a
 * bench (other load, thermal state), by more than the effects measured here; a ratio of two
 * visits a few seconds apart cancels the drift that a ratio of two medians keeps.
 */
export function pairedRatio(runs, get) {
  const rounds = new Map();
  for (const r of runs) {
    const pair = rounds.get(r.round) ?? {};
    pair[r.kind] = get(r);
    rounds.set(r.round, pair);
  }
  const ratios = [...rounds.values()]
    .filter((p) => Number.isFinite(p.explainer) && Number.isFinite(p.baseline) && p.baseline > 0)
    .map((p) => p.explainer / p.baseline);
  return { median: median(ratios), ratios };
}

/** Each budget: what it compares, the limit, the value, pass or fail. */
export function budgets(med, runs) {
  const e = med.explainer;
  const b = med.baseline;
  const idle = pairedRatio(runs, (r) => r.mapIdle);
  const maxOwnTasks = Math.max(0, ...runs.filter((r) => r.kind === 'explainer').map((r) => r.scroll.ownLongTasks ?? 0));
  const list = [
    {
      id: 'js',
      label: `Explainer JS ≤ baseline JS + ${JS_ALLOWANCE_KB} KB (gzip)`,
      value: `+${(e.js - b.js).toFixed(1)} KB`,
      pass: e.js - b.js <= JS_ALLOWANCE_KB,
    },
    {
      id: 'text-first',
      label: 'First story heading visible ≤ 1.0 × baseline first contentful paint',
      value: `${(e.heading / b.fcp).toFixed(2)} ×`,
      pass: e.heading != null && b.fcp != null && e.heading <= b.fcp,
    },
    {
      id: 'map-idle',
      label: 'Map idle ≤ 1.15 × baseline (median of paired ratios)',
      value: `${idle.median?.toFixed(2)} × (ratio of medians ${(e.mapIdle / b.mapIdle).toFixed(2)} ×)`,
      pass: idle.median != null && idle.median <= 1.15,
      ratios: idle.ratios.map((x) => +x.toFixed(3)),
    },
    {
      id: 'long-tasks',
      label: 'No long task (> 50 ms) due to explainer code while scrolling',
      value: `${e.ownLongTasks} (median per run; worst run ${maxOwnTasks})`,
      pass: e.ownLongTasks === 0,
    },
    {
      id: 'scroll-work',
      label: 'Explainer scroll/step code per frame < 1 ms (median)',
      value: `${e.ownFrame?.toFixed(2)} ms`,
      pass: e.ownFrame != null && e.ownFrame < 1,
    },
    {
      id: 'heap',
      label: 'JS heap after the full scroll ≤ 1.25 × baseline',
      value: `${(e.heap / b.heap).toFixed(2)} ×`,
      pass: e.heap <= 1.25 * b.heap,
    },
  ];
  return list;
}

const fmt = (v, unit) => {
  if (v == null) return 'n/a';
  if (unit === 'ms') return v.toFixed(0);
  if (unit === 'KB' || unit === 'MB') return v.toFixed(1);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
};

/** A Markdown table of medians and ratios. */
export function table(med) {
  const rows = [
    '| metric (median) | baseline | explainer | explainer / baseline |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [key, label, unit] of METRICS) {
    const b = med.baseline[key];
    const e = med.explainer[key];
    let ratio = b && e != null ? `${(e / b).toFixed(2)}` : '';
    if (key === 'heading') ratio = e != null && med.baseline.fcp ? `${(e / med.baseline.fcp).toFixed(2)} of baseline FCP` : '';
    rows.push(`| ${label}${unit ? ` (${unit})` : ''} | ${fmt(b, unit)} | ${fmt(e, unit)} | ${ratio} |`);
  }
  return rows.join('\n');
}

export function budgetTable(list) {
  return [
    '| budget | result | |',
    '| --- | ---: | --- |',
    ...list.map((b) => `| ${b.label} | ${b.value} | ${b.pass ? 'pass' : '**FAIL**'} |`),
    ...list.filter((b) => b.ratios).map((b) => `\n${b.id}: the rounds' ratios, explainer / baseline: ${b.ratios.map((x) => x.toFixed(2)).join(', ')}.`),
  ].join('\n');
}

export function lighthouseLine(lh) {
  if (!lh) return 'Lighthouse: skipped (--no-lighthouse).';
  if (lh.error) return `Lighthouse: not run (${lh.error}).`;
  return (
    'Lighthouse (desktop preset, for reference): ' +
    Object.entries(lh)
      .map(([name, r]) =>
        r.error ? `${name}: failed (${r.error})` : `${name} performance ${r.performance}, accessibility ${r.accessibility}`,
      )
      .join('; ') +
    '.'
  );
}

/**
 * Replaces the text between the bench markers (each alone on its line, so a mention of them in
 * prose is never taken for one), or appends a Performance section with them.
 */
export function writeSection(file, body, { create = false } = {}) {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\n${body.trim()}\n${end}`;
  if (!existsSync(file)) {
    if (create) writeFileSync(file, `${block}\n`);
    return create;
  }
  const text = readFileSync(file, 'utf8');
  const section = /^<!-- bench:start -->$[\s\S]*?^<!-- bench:end -->$/m;
  const next = section.test(text)
    ? text.replace(section, () => block)
    : `${text.trimEnd()}\n\n## Performance\n\n${block}\n`;
  writeFileSync(file, next);
  return true;
}
