import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { STRINGS, type UiStrings } from '../i18n/strings.js';
import type { Theme } from '../map/palette.js';
import type { GeoBundle } from '../map/geo-data.js';
import type { LegendEntry } from '../map/legend.js';
import { viewBounds, type Scene } from '../map/scenes.js';
import type { Chapter, Lang } from '../story/types.js';
import { renderChapterExtras } from './chapter-extras.js';
import './dmz-legend.js';
import './dmz-locator.js';

/** The explore and motion switches over the map. */
export function renderControls(
  t: UiStrings,
  state: { exploring: boolean; reduced: boolean; canExplore: boolean },
  onExplore: () => void,
  onMotion: () => void,
) {
  const { exploring, reduced, canExplore } = state;
  // Without an interactive map (static SVG fallback) there is nothing to explore.
  return html`<div class="controls" part="controls">
    ${canExplore
      ? html`<button type="button" class="explore" aria-pressed=${exploring ? 'true' : 'false'} @click=${onExplore}>
          ${exploring ? t.backToStory : t.explore}
        </button>`
      : nothing}
    <button type="button" class="motion" aria-pressed=${reduced ? 'false' : 'true'} @click=${onMotion}>
      ${reduced ? t.motionOff : t.motionOn}
    </button>
  </div>`;
}

/** The legend for what the scene shows, and the locator inset when the camera is zoomed in. */
export function renderOverlays(scene: Scene, legend: LegendEntry[], data: GeoBundle | undefined, lang: Lang, theme: Theme, years: readonly number[]) {
  const view = viewBounds(scene);
  const zoomedIn = view[1][0] - view[0][0] < 2.5;
  // The timeline's year marker: the year the map has reached, or the whole span when still.
  const year = scene.year === null ? undefined : scene.allYears ? `${years[0]}–${years[years.length - 1]}` : String(scene.year);
  return html`<div class="overlays">
    ${year ? html`<p class="year-marker" part="year-marker" aria-label=${STRINGS[lang].timelineYear(year)}>${year}</p>` : nothing}
    <dmz-legend part="legend" .entries=${legend} lang=${lang} theme=${theme}></dmz-legend>
    ${zoomedIn ? html`<dmz-locator .view=${view} .data=${data} lang=${lang} theme=${theme}></dmz-locator>` : nothing}
  </div>`;
}

export interface PresenterNavActions {
  next(): void;
  prev(): void;
  toggleFullscreen(): void;
  toggleText(): void;
}

/** Presenter mode's bar: previous, "chapter k of n", next, full screen. */
export function renderPresenterNav(t: UiStrings, index: number, total: number, a: PresenterNavActions, fullText: boolean) {
  return html`<nav class="presenter-nav" part="presenter-nav" aria-label=${t.contents}>
    <button type="button" class="prev" @click=${() => a.prev()} ?disabled=${index === 0}>← ${t.previous}</button>
    <span class="progress">${t.chapterOf(index + 1, total)}</span>
    <progress max=${total} value=${index + 1} aria-hidden="true"></progress>
    <button type="button" class="next" @click=${() => a.next()} ?disabled=${index === total - 1}>${t.next} →</button>
    <button type="button" class="text" aria-pressed=${fullText ? 'true' : 'false'} aria-keyshortcuts="T" @click=${() => a.toggleText()}>${t.fullText}</button>
    <button type="button" class="fullscreen" @click=${() => a.toggleFullscreen()}>${t.fullscreen}</button>
  </nav>`;
}

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface ChapterView {
  total: number;
  /** The chapter the reader is on. */
  active: boolean;
  /** Presenter mode: only the active chapter is shown. */
  present: boolean;
  /** The title's heading level; chapter headings are one below it. */
  headingLevel: number;
  lang: Lang;
  /** Reduced motion: the chart does not animate. */
  still: boolean;
  /** Presenter mode shows the chapter's key points; this shows its full text instead. */
  fullText: boolean;
}

/** One chapter's section: kicker, heading, paragraphs and extras (chart, sources), in a card. */
export function renderChapter(c: Chapter, v: ChapterView) {
  const level = Math.min(6, Math.max(1, v.headingLevel) + (c.index === 0 ? 0 : 1));
  const tag = HEADINGS[level - 1]!;
  return html`<section
    part="chapter"
    id=${c.id}
    data-chapter=${c.id}
    aria-labelledby="h-${c.id}"
    class=${v.active ? 'active' : ''}
    ?hidden=${v.present && !v.active}
  >
    <div class="card" part="card">
      ${c.kicker ? html`<p class="kicker">${c.kicker}</p>` : nothing}
      ${staticHtml`<${tag} id="h-${c.id}" part="heading">${c.heading}</${tag}>`}
      ${
        // A projector shows the key points, large; the full text is one key (T) away.
        v.present && !v.fullText
          ? html`<ul class="points">
              ${c.presenter.map((p) => html`<li>${p}</li>`)}
            </ul>`
          : html`${c.body.map((p) => html`<p>${p}</p>`)} ${renderChapterExtras(c, v.lang, v.still)}`
      }
      <p class="visually-hidden">${STRINGS[v.lang].chapterOf(c.index + 1, v.total)}</p>
    </div>
  </section>`;
}

/** The story column: every chapter (presenter mode shows only the current one). */
export function renderPanel(chapters: Chapter[], exploring: boolean, v: Omit<ChapterView, 'active' | 'total'> & { current: string }) {
  return html`<div class="panel" part="panel" ?inert=${exploring}>
    ${
      // Progress changes every scroll frame; the chapters only change with these.
      guard([chapters, v.current, v.headingLevel, v.present, v.still, v.fullText, v.lang], () =>
        chapters.map((c) => renderChapter(c, { ...v, total: chapters.length, active: c.id === v.current })),
      )
    }
  </div>`;
}
