import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import { STRINGS } from '../i18n/strings.js';
import type { GeoBundle } from '../map/geo-data.js';
import type { Bounds } from '../map/geometry.js';
import { PALETTES, type Theme } from '../map/palette.js';
import { fitProjection, pathsWhere } from '../map/svg.js';
import type { Lang } from '../story/types.js';

const PENINSULA: Bounds = [[124.2, 33.9], [130.8, 43.0]];
const W = 96;
const H = 132;
const PROJ = fitProjection(PENINSULA, W, H);

// The inset comes and goes with zoomed-in chapters: a new element each time. Its coastline paths
// (the same in every theme) are kept per data, not per element, or every zoomed-in chapter
// redraws the whole basemap into SVG in the middle of the reader's scroll.
const pathCache = new WeakMap<GeoBundle, [string, string, string]>();

/**
 * The inset's coastline paths for this data, computed once. The explainer asks for them when the
 * browser is idle after the map is up, so the first zoomed-in chapter does not compute them in
 * the middle of the reader's scroll.
 */
export function locatorPaths(data: GeoBundle): [string, string, string] {
  let paths = pathCache.get(data);
  if (!paths) {
    const side = (s: string) => pathsWhere(data.basemap, PROJ, (q) => q['side'] === s);
    pathCache.set(data, (paths = [side('neighbour'), side('north'), side('south')]));
  }
  return paths;
}

/**
 * A small inset showing where the current view sits on the peninsula, for zoomed-in chapters.
 *
 * @csspart inset - The SVG.
 */
@customElement('dmz-locator')
export class DmzLocator extends LitElement {
  static override styles = css`
    /* calc(): a bare number-then-px interpolation trips the build's template minifier. */
    :host {
      display: block;
      width: calc(${W} * 1px);
      height: calc(${H} * 1px);
      border-radius: calc(0.3 * var(--dmz-unit));
      overflow: hidden;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
    }
    svg {
      display: block;
    }
  `;

  /** The area in view, west-south and east-north corners. */
  @property({ attribute: false }) view: Bounds | undefined;
  @property() override lang: Lang = 'en';
  @property() theme: Theme = 'light';
  /** The map data (the explainer's one load). */
  @property({ attribute: false }) data: GeoBundle | undefined;

  override render() {
    if (!this.data || !this.view) return nothing;
    const p = PALETTES[this.theme];
    const [neighbour, north, south] = locatorPaths(this.data);
    const [[w, s], [e, n]] = this.view;
    const [x1, y1] = PROJ.project([w, n]);
    const [x2, y2] = PROJ.project([e, s]);
    const small = x2 - x1 < 6 || y2 - y1 < 6;
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    return html`<svg part="inset" width=${W} height=${H} viewBox="0 0 ${W} ${H}" role="img" aria-label=${STRINGS[this.lang].locator}>
      <rect width=${W} height=${H} fill=${p.sea}></rect>
      <path d=${neighbour} fill=${p.neighbour}></path>
      <path d=${north} fill=${p.north}></path>
      <path d=${south} fill=${p.south}></path>
      ${small
        ? svg`<circle cx=${cx} cy=${cy} r="5" fill="none" stroke=${p.run} stroke-width="2"></circle>`
        : svg`<rect x=${x1} y=${y1} width=${x2 - x1} height=${y2 - y1} fill="none" stroke=${p.run} stroke-width="2"></rect>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-locator': DmzLocator;
  }
}
