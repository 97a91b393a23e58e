// Medians, ratios with their intervals, budgets and the tables the bench prints and writes into
// the README.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { formatInterval, median, medianInterval, pairedRatios, verdict } from './stats.mjs';

export { median };

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
  ['frames', 'Scroll: frames drawn', '', (r) => r.scroll?.frames],
  ['medianFrame', 'Scroll: median frame', 'ms', (r) => r.scroll?.medianFrame],
  ['longestFrame', 'Scroll: longest frame', 'ms', (r) => r.scroll?.longestFrame],
  ['longTasks', 'Scroll: long tasks (all code)', '', (r) => r.scroll?.longTasks],
  ['ownLongTasks', 'Scroll: long tasks due to explainer code', '', (r) => r.scroll?.ownLongTasks],
  ['ownFrame', 'Scroll: explainer code per frame, median', 'ms', (r) => r.scroll?.ownPerFrameMedian],
  ['ownFrameMean', 'Scroll: explainer code per frame, mean', 'ms', (r) => r.scroll?.ownPerFrameMean],
  ['heap', 'JS heap after scroll (after GC)', 'MB', (r) => (r.heapUsed == null ? null : r.heapUsed / 2 ** 20)],
];

export function aggregate(runs) {
  const out = {};
  for (const kind of ['explainer', 'baseline']) {
    const mine = runs.filter((r) => r.kind === kind);
    out[kind] = Object.fromEntries(METRICS.map(([key, , , get]) => [key, median(mine.map(get))]));
  }
  return out;
}

/** Explainer / baseline per round for one metric (`getE` of the explainer's visit over `getB` of the baseline's). */
export function roundRatios(runs, getE, getB = getE) {
  return pairedRatios(runs.map((r) => ({ round: r.round, kind: r.kind, value: r.kind === 'explainer' ? getE(r) : getB(r) })));
}

/** The map-idle paired ratios' interval: the one the stopping rule watches. */
export const mapIdleInterval = (runs) => medianInterval(roundRatios(runs, (r) => r.mapIdle));

/**
 * Each budget of `profile` (profiles.mjs): what it compares, the limit, the value, the interval
 * where it is a ratio, pass or fail. Ratio budgets are judged on the median of paired ratios (each
 * round's explainer visit over the baseline visit next to it in time, which cancels the machine's
 * drift that a ratio of two medians keeps) and show its 90 % interval.
 */
export function budgets(med, runs, profile) {
  const e = med.explainer;
  const b = med.baseline;
  const limit = profile.budgets;
  const ratioBudget = (id, label, ratios, max) => {
    const interval = medianInterval(ratios);
    const v = verdict(interval, max);
    return { id, label, value: formatInterval(interval), interval, pass: v.pass, note: v.note, ratios: ratios.map((x) => +x.toFixed(3)) };
  };
  const plain = (id, label, value, pass) => ({ id, label, value, interval: null, pass, note: pass ? 'pass' : 'FAIL' });
  const scrolled = runs.filter((r) => r.kind === 'explainer' && r.scroll);
  const maxOwnTasks = Math.max(0, ...scrolled.map((r) => r.scroll.ownLongTasks ?? 0));
  const idle = ratioBudget('map-idle', `Map idle ≤ ${limit.mapIdle.toFixed(2)} × baseline`, roundRatios(runs, (r) => r.mapIdle), limit.mapIdle);
  if (e.mapIdle && b.mapIdle) idle.value += ` (ratio of medians ${(e.mapIdle / b.mapIdle).toFixed(2)} ×)`;
  const list = [
    plain('js', `Explainer JS ≤ baseline JS + ${limit.jsExtraKB} KB (gzip)`, `+${(e.js - b.js).toFixed(1)} KB`, e.js != null && b.js != null && e.js - b.js <= limit.jsExtraKB),
    ratioBudget(
      'text-first',
      `First story heading visible ≤ ${limit.headingVsFcp.toFixed(1)} × baseline first contentful paint`,
      roundRatios(runs, (r) => r.heading, (r) => r.fcp),
      limit.headingVsFcp,
    ),
    idle,
  ];
  if (limit.transferredKB != null) {
    list.push(
      plain('transferred', `Everything transferred until map idle ≤ ${limit.transferredKB} KB (gzip)`, `${e.bytes?.toFixed(1)} KB`, e.bytes != null && e.bytes <= limit.transferredKB),
    );
  }
  list.push(
    plain(
      'long-tasks',
      'No long task (> 50 ms) due to explainer code while scrolling',
      `${e.ownLongTasks} (median per run; worst run ${maxOwnTasks})`,
      e.ownLongTasks === 0,
    ),
    limit.ownPerFrameMs != null
      ? plain('scroll-work', `Explainer scroll/step code per frame < ${limit.ownPerFrameMs} ms (median)`, `${e.ownFrame?.toFixed(2)} ms`, e.ownFrame != null && e.ownFrame < limit.ownPerFrameMs)
      : { id: 'scroll-work', label: 'Explainer scroll/step code per frame (median; not a budget on this profile)', value: `${e.ownFrame?.toFixed(2)} ms`, interval: null, pass: true, note: 'reference' },
    ratioBudget('heap', `JS heap after the full scroll ≤ ${limit.heap.toFixed(2)} × baseline`, roundRatios(runs, (r) => r.heapUsed), limit.heap),
  );
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

/** The budgets as a Markdown table: ratios as "median [90 % interval] (rounds)". */
export function budgetTable(list) {
  return [
    '| budget | result: median [90 % interval] | verdict |',
    '| --- | ---: | --- |',
    ...list.map((b) => `| ${b.label} | ${b.value} | ${b.pass ? b.note : `**${b.note}**`} |`),
    '',
    ...list.filter((b) => b.ratios).flatMap((b) => [`${b.id}: the rounds' ratios, explainer / baseline: ${b.ratios.map((x) => x.toFixed(2)).join(', ')}.`, '']),
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
