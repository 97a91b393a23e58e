import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import { groupDigits } from '../i18n/number.js';

/** One bar. `approximate` bars are hatched and marked in the table. */
export interface ChartRow {
  label: string;
  value: number;
  approximate?: boolean;
  highlight?: boolean;
  note?: string;
}

/**
 * An accessible bar chart: the SVG is a picture with a one-line summary, and the same numbers
 * are in a real table for screen readers, copy-paste and print.
 *
 * @csspart chart - The SVG.
 * @csspart table - The data table.
 * @cssprop --dmz-accent - Colour of highlighted bars.
 */
@customElement('dmz-chart')
export class DmzChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: calc(1 * var(--dmz-unit)) 0;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 700;
      margin-bottom: calc(0.4 * var(--dmz-unit));
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    rect {
      fill: var(--_bar, #7a7a80);
      transition: height 0.6s ease-out, y 0.6s ease-out;
    }
    rect.hl {
      fill: var(--dmz-accent, #a3241b);
    }
    /* Flat on the baseline (H - pad.b in render()) until the chart comes into view, then the
       bars grow to the heights their attributes hold. On screen only: print shows them whole. */
    @media screen {
      :host(:not([grown]):not([still])) rect {
        height: 0px;
        y: 132px;
      }
    }
    :host([still]) rect {
      transition: none;
    }
    text {
      font: 9px var(--dmz-font, system-ui, sans-serif);
      fill: currentColor;
    }
    table {
      border-collapse: collapse;
      margin-top: calc(0.5 * var(--dmz-unit));
      font-size: calc(0.9 * var(--dmz-unit));
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: calc(0.2 * var(--dmz-unit)) calc(0.4 * var(--dmz-unit));
      border-bottom: 1px solid rgba(127, 127, 127, 0.4);
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    summary {
      cursor: pointer;
    }
  `;

  @property({ attribute: false }) rows: ChartRow[] = [];
  @property() heading = '';
  @property() caption = '';
  @property({ attribute: 'col-label' }) colLabel = '';
  @property({ attribute: 'col-value' }) colValue = '';
  @property({ attribute: 'col-note' }) colNote = 'Note';
  @property() summary = '';
  @property({ attribute: 'table-label' }) tableLabel = 'Table';
  /** No bar animation (reduced motion): the bars are drawn whole at once. */
  @property({ type: Boolean, reflect: true }) still = false;
  /**
   * Set once the chart has come into view: the bars grow from the baseline then, so the reader
   * sees the growth rather than a chart that animated off screen while the page loaded.
   */
  @property({ type: Boolean, reflect: true }) grown = false;

  private seen?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.grown) return;
    this.seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.grown = true;
      this.stopWatching();
    }, { threshold: 0.25 });
    this.seen.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  private stopWatching(): void {
    this.seen?.disconnect();
    this.seen = undefined;
  }

  override render() {
    const W = 320;
    const H = 150;
    const pad = { l: 4, r: 4, t: 28, b: 18 };
    const max = Math.max(1, ...this.rows.map((r) => r.value));
    const n = this.rows.length;
    const bw = (W - pad.l - pad.r) / Math.max(1, n);
    // Narrow bars cannot each carry a label at 9 px: every other year (counted from the latest),
    // and the values of the first, the last and the highlighted bars, staggered. The table has all.
    const crowded = bw < 28;
    const yearShown = (i: number) => !crowded || (n - 1 - i) % 2 === 0 || i === 0;
    const valueShown = (i: number, hl?: boolean) => !crowded || i === 0 || i === n - 1 || !!hl;
    return html`<figure>
      <figcaption>${this.heading}</figcaption>
      <svg part="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${this.summary}>
        ${this.rows.map((r, i) => {
          const h = ((H - pad.t - pad.b) * r.value) / max;
          const x = pad.l + i * bw + bw * 0.15;
          const y = H - pad.b - h;
          return svg`<g>
            <rect class=${r.highlight ? 'hl' : ''} x=${x} y=${y} width=${bw * 0.7} height=${h}></rect>
            ${valueShown(i, r.highlight)
              ? svg`<text x=${x + bw * 0.35} y=${y - 4 - (crowded && r.highlight && i % 2 ? 10 : 0)} text-anchor="middle">${r.approximate ? '~' : ''}${groupDigits(r.value)}</text>`
              : nothing}
            ${yearShown(i) ? svg`<text x=${x + bw * 0.35} y=${H - 4} text-anchor="middle">${r.label}</text>` : nothing}
          </g>`;
        })}
      </svg>
      <details>
        <summary>${this.tableLabel}</summary>
        <table part="table">
          <caption>${this.caption}</caption>
          <thead>
            <tr><th scope="col">${this.colLabel}</th><th scope="col">${this.colValue}</th><th scope="col">${this.colNote}</th></tr>
          </thead>
          <tbody>
            ${this.rows.map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td class="num">${r.approximate ? '~' : ''}${groupDigits(r.value)}</td>
                <td>${r.note ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-chart': DmzChart;
  }
}
