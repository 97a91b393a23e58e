import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import { STRINGS, type UiStrings } from '../i18n/strings.js';
import { PALETTES, type Theme } from '../map/palette.js';
import type { LegendEntry } from '../map/legend.js';
import type { Lang } from '../story/types.js';

type Swatch = 'band' | 'line' | 'dashed' | 'dot' | 'ring' | 'area' | 'path';

/** What each legend entry looks like and what it is called. */
const ENTRIES: Record<LegendEntry, { label: keyof UiStrings; swatch: Swatch; color: (t: Theme) => string }> = {
  band: { label: 'legendBand', swatch: 'band', color: (t) => PALETTES[t].band },
  mdl: { label: 'legendMdl', swatch: 'line', color: (t) => PALETTES[t].mdl },
  'limit-lines': { label: 'legendLimit', swatch: 'dashed', color: (t) => PALETTES[t].limit },
  place: { label: 'legendPlaces', swatch: 'dot', color: (t) => PALETTES[t].text },
  'approx-place': { label: 'legendApproxPlace', swatch: 'ring', color: (t) => PALETTES[t].text },
  'fog-area': { label: 'legendFogArea', swatch: 'area', color: (t) => PALETTES[t].approx },
  'jsa-run': { label: 'legendRun', swatch: 'path', color: (t) => PALETTES[t].run },
  'jsa-site': { label: 'legendJsaSite', swatch: 'area', color: (t) => PALETTES[t].distance },
  distance: { label: 'legendDistance', swatch: 'dashed', color: (t) => PALETTES[t].distance },
  crossings: { label: 'legendCrossings', swatch: 'ring', color: (t) => PALETTES[t].crossing },
  event: { label: 'legendEvent', swatch: 'dot', color: (t) => PALETTES[t].run },
  'approx-event': { label: 'legendApproxEvent', swatch: 'ring', color: (t) => PALETTES[t].run },
};

/**
 * A compact legend showing only what the current chapter's map shows.
 *
 * @csspart list - The list of entries.
 */
@customElement('dmz-legend')
export class DmzLegend extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: calc(0.8 * var(--dmz-unit))/1.3 var(--_font, system-ui, sans-serif);
      color: var(--_text, #1b1b1d);
      background: var(--_card, rgba(255, 255, 255, 0.95));
      border-radius: calc(0.4 * var(--dmz-unit));
      padding: calc(0.45 * var(--dmz-unit)) calc(0.6 * var(--dmz-unit));
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
      max-width: calc(17 * var(--dmz-unit));
    }
    .title {
      font-weight: 700;
      margin: 0 0 calc(0.25 * var(--dmz-unit));
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: calc(0.45 * var(--dmz-unit));
      margin: calc(0.15 * var(--dmz-unit)) 0;
    }
    svg {
      flex: none;
    }
  `;

  /** The entries to list, in order: what the map draws now (see `legendEntries`). */
  @property({ attribute: false }) entries: LegendEntry[] = [];
  @property() override lang: Lang = 'en';
  @property() theme: Theme = 'light';

  override render() {
    const t = STRINGS[this.lang];
    if (this.entries.length === 0) return nothing;
    return html`<p class="title">${t.legend}</p>
      <ul part="list">
        ${this.entries.map((id) => {
          const e = ENTRIES[id];
          return html`<li data-entry=${id}>${this.swatch(e.swatch, e.color(this.theme))}<span>${t[e.label]}</span></li>`;
        })}
      </ul>`;
  }

  private swatch(kind: Swatch, color: string) {
    const halo = PALETTES[this.theme].halo;
    const shapes: Record<Swatch, unknown> = {
      band: svg`<rect x="0" y="3" width="22" height="8" fill=${color} fill-opacity="0.45"></rect>`,
      line: svg`<line x1="0" y1="7" x2="22" y2="7" stroke=${color} stroke-width="2.5"></line>`,
      dashed: svg`<line x1="0" y1="7" x2="22" y2="7" stroke=${color} stroke-width="2" stroke-dasharray="4 3"></line>`,
      dot: svg`<circle cx="11" cy="7" r="4" fill=${color}></circle>`,
      ring: svg`<circle cx="11" cy="7" r="4.5" fill=${halo} stroke=${color} stroke-width="1.8"></circle>`,
      area: svg`<rect x="1" y="2" width="20" height="10" fill=${color} fill-opacity="0.25" stroke=${color} stroke-dasharray="3 2"></rect>`,
      path: svg`<line x1="2" y1="7" x2="20" y2="7" stroke=${color} stroke-width="4" stroke-linecap="round"></line>`,
    };
    return html`<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">${shapes[kind]}</svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-legend': DmzLegend;
  }
}
