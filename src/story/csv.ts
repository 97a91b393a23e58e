import { ARRIVALS, KEY_DATES, SOLDIER_CROSSINGS } from './data.js';
import { SOURCES } from './sources.js';
import { TIMELINE } from './timeline.js';
import type { Lang } from './types.js';

/** RFC 4180 quoting: a field with a comma, quote or newline is wrapped and its quotes doubled. */
export function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: (string | number | boolean | undefined)[]) => cells.map(csvField).join(',');
const cite = (ids: string[]) => ids.map((id) => SOURCES[id]?.url ?? id).join(' ');

/**
 * Every figure behind the chart and the map in one CSV, one row per figure with its sources, so a
 * reader or a teacher can check or reuse them.
 */
export function figuresCsv(lang: Lang = 'en'): string {
  const lines = [row(['dataset', 'key', 'value', 'approximate', 'note', 'sources'])];
  for (const a of ARRIVALS) {
    const note = lang === 'ko' ? a.note_ko : a.note_en;
    lines.push(row(['arrivals', a.year, a.arrivals, !!(a.approximate || a.provisional), note, cite(a.sources)]));
  }
  for (const y of SOLDIER_CROSSINGS) {
    // From 2018 the count is the reported cases, not a count a source gives: flag it.
    lines.push(row(['soldier-crossings', y.year, y.count, !!y.reportedCasesOnly, '', cite(y.sources)]));
  }
  for (const d of KEY_DATES) {
    const label = lang === 'ko' ? d.label_ko : d.label_en;
    lines.push(row(['dates', d.id, d.end ? `${d.date}/${d.end}` : d.date, false, label, cite(d.sources)]));
  }
  for (const e of TIMELINE) {
    lines.push(row(['timeline', e.id, e.date, e.approximate, `${e.label[lang]} (${e.place})`, cite(e.sources)]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
