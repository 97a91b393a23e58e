import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import type { GeoBundle } from '../map/geo-data.js';
import { CHAPTERS } from '../registry.js';
import type { Theme } from '../map/palette.js';
import { sceneData, sceneFor } from '../map/scenes.js';
import { DISCUSSION_QUESTIONS, HANDOUT_STRINGS } from '../story/handout.js';
import { SOURCES } from '../story/sources.js';
import type { Chapter, Lang } from '../story/types.js';
import './dmz-static-map.js';

/**
 * The printable classroom handout: each chapter's key text with a static map of its scene, the
 * discussion questions and the sources, laid out for at most three A4 pages. Hidden on screen;
 * the explainer shows it instead of the interactive layout when the page is printed.
 *
 * @csspart handout - The handout's root.
 */
@customElement('dmz-handout')
export class DmzHandout extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #000;
      background: #fff;
      font: 9.5pt/1.35 var(--_font, system-ui, sans-serif);
    }
    h1 {
      font-size: 15pt;
      margin: 0 0 4pt;
    }
    h2 {
      font-size: 11pt;
      margin: 0 0 2pt;
    }
    h3 {
      font-size: 10.5pt;
      margin: 6pt 0 3pt;
    }
    p {
      margin: 0 0 3pt;
    }
    .note {
      font-size: 8pt;
      color: #333;
    }
    .chapter {
      display: grid;
      grid-template-columns: 1fr 5.2cm;
      gap: 8pt;
      break-inside: avoid;
      border-top: 0.5pt solid #999;
      padding: 5pt 0;
    }
    dmz-static-map {
      width: 5.2cm;
      height: 3.6cm;
      border: 0.5pt solid #999;
    }
    ol.questions {
      margin: 0;
      padding-left: 14pt;
    }
    ol.sources {
      columns: 2;
      column-gap: 12pt;
      font-size: 6.5pt;
      line-height: 1.25;
      margin: 0;
      padding-left: 14pt;
      word-break: break-all;
    }
  `;

  @property() override lang: Lang = 'en';
  @property() theme: Theme = 'light';
  /** The chapters to print, in the handout's language. */
  @property({ attribute: false }) chapters: Chapter[] = [];

  /** The map data (the explainer's one load); the maps are left out without it. */
  @property({ attribute: false }) data: GeoBundle | undefined;

  override render() {
    const t = HANDOUT_STRINGS[this.lang];
    const chapters = this.chapters;
    const data = this.data;
    const scenes = data ? sceneData(data) : undefined;
    // Every source the chapters cite, once each, in the order a reader meets them.
    const all = [...new Set(chapters.flatMap((c) => c.sources))];
    return html`<article part="handout">
      <h1>${t.title}</h1>
      <p class="note">${t.printed}</p>
      ${chapters
        .filter((c) => CHAPTERS[c.id].handoutParagraphs > 0)
        .map(
          (c) => html`<section class="chapter" data-chapter=${c.id}>
            <div>
              <h2>${c.heading}</h2>
              ${c.body.slice(0, CHAPTERS[c.id].handoutParagraphs).map((p) => html`<p>${p}</p>`)}
            </div>
            ${data && scenes
              ? html`<dmz-static-map
                  .data=${data}
                  .scene=${sceneFor(c.id, 1, scenes, true)}
                  lang=${this.lang}
                  theme="light"
                  width="520"
                  height="360"
                ></dmz-static-map>`
              : nothing}
          </section>`,
        )}
      <h3>${t.questions}</h3>
      <ol class="questions">
        ${DISCUSSION_QUESTIONS[this.lang].map((q) => html`<li>${q}</li>`)}
      </ol>
      <h3>${t.sources}</h3>
      <ol class="sources">
        ${all.map((id) => {
          const s = SOURCES[id];
          return s ? html`<li>${s.publisher}${s.date ? ` (${s.date})` : ''}: ${s.url}</li>` : nothing;
        })}
      </ol>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-handout': DmzHandout;
  }
}
