import { html, nothing, type TemplateResult } from 'lit';
import { figuresCsv } from '../story/csv.js';
import { ARRIVALS } from '../story/data.js';
import { SOURCES } from '../story/sources.js';
import { DEFAULT_GEO_URLS } from '../map/geo-urls.js';
import { CHAPTERS } from '../registry.js';
import type { Chapter, Lang } from '../story/types.js';
import { groupDigits } from '../i18n/number.js';
import { STRINGS } from '../i18n/strings.js';
import './dmz-chart.js';

/** The data files offered for download: the map's own, so a base path (setBasePath) applies to them too. */
const GEO_DOWNLOADS = ['mdl', 'dmz', 'places', 'story'] as const;

function renderChart(lang: Lang, still: boolean): TemplateResult {
  const t = STRINGS[lang];
  const rows = ARRIVALS.map((a) => ({
    label: String(a.year),
    value: a.arrivals,
    highlight: a.year === 2016 || a.year === 2017,
    ...(a.approximate ? { approximate: true } : {}),
    note: (lang === 'ko' ? a.note_ko : a.note_en) ?? '',
  }));
  const first = ARRIVALS[0]!;
  const last = ARRIVALS[ARRIVALS.length - 1]!;
  const summary =
    lang === 'ko'
      ? `${first.year}년 ${groupDigits(first.arrivals)}명에서 ${last.year}년 ${groupDigits(last.arrivals)}명으로 줄어든 연도별 입국 인원 막대그래프. 수치는 아래 표에 있습니다.`
      : `Bar chart of arrivals per year, falling from ${groupDigits(first.arrivals)} in ${first.year} to ${groupDigits(last.arrivals)} in ${last.year}. The figures are in the table below.`;
  return html`<dmz-chart
    .rows=${rows}
    heading=${t.chartTitle}
    caption=${t.chartTableCaption}
    col-label=${t.year}
    col-value=${t.arrivals}
    col-note=${lang === 'ko' ? '비고' : 'Note'}
    table-label=${lang === 'ko' ? '표로 보기' : 'Show the figures as a table'}
    summary=${summary}
    ?still=${still}
  ></dmz-chart>`;
}

function renderSourceList(ids: string[]): TemplateResult {
  return html`<ol class="sources">
    ${ids.map((id) => {
      const s = SOURCES[id];
      if (!s) return nothing;
      return html`<li>
        ${s.publisher}${s.date ? html` (${s.date})` : nothing}:
        <a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>
      </li>`;
    })}
  </ol>`;
}

function renderDownloads(lang: Lang): TemplateResult {
  const t = STRINGS[lang];
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(figuresCsv(lang))}`;
  return html`<ul class="downloads">
    <li><a href=${csv} download="dmz-explainer-figures.csv">${t.downloadCsv}</a></li>
    ${GEO_DOWNLOADS.map(
      (g) => html`<li><a href=${DEFAULT_GEO_URLS[g]} download=${`${g}.geojson`}>${t.downloadGeo}: ${g}.geojson</a></li>`,
    )}
  </ul>`;
}

/** What a chapter shows beyond its paragraphs: the chart, the data, its own sources. */
export function renderChapterExtras(c: Chapter, lang: Lang, still = false): TemplateResult | typeof nothing {
  const t = STRINGS[lang];
  const extras = CHAPTERS[c.id].extras;
  if (extras === 'arrivals-chart') {
    return html`${renderChart(lang, still)}
      <details class="chapter-sources">
        <summary>${t.sourcesHeading}</summary>
        ${renderSourceList(c.sources)}
      </details>`;
  }
  if (extras === 'downloads') {
    return html`${renderDownloads(lang)}
      <p class="sources-heading"><strong>${t.sourcesHeading}</strong></p>
      ${renderSourceList(c.sources)}`;
  }
  return html`<details class="chapter-sources">
    <summary>${t.sourcesHeading}</summary>
    ${renderSourceList(c.sources)}
  </details>`;
}
