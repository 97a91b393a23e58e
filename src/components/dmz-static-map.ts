import { LitElement, css, html, svg, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import type { Feature, Point } from 'geojson';
import type { PaddingOptions } from 'maplibre-gl';
import type { GeoBundle } from '../map/geo-data.js';
import { featureById } from '../map/geo-data.js';
import { PALETTES, type Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import { fitProjection, pathFor, pathsWhere, type Projection } from '../map/svg.js';
import type { Lang } from '../story/types.js';

/**
 * A static SVG map drawn from the same GeoJSON: the fallback when WebGL is missing, and the map
 * in the printed handout. Shows the scene's area, the band, the MDL and the scene's places.
 *
 * @csspart svg - The SVG element.
 */
@customElement('dmz-static-map')
export class DmzStaticMap extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    text {
      font: 13px var(--dmz-font, system-ui, sans-serif);
      paint-order: stroke;
      stroke-width: 3px;
      stroke-linejoin: round;
    }
  `;

  @property({ attribute: false }) data: GeoBundle | undefined;
  @property({ attribute: false }) scene: Scene | undefined;
  /** What the map shows, for screen readers (the chapter's map description). */
  @property() label = '';
  @property() override lang: Lang = 'en';
  @property() theme: Theme = 'light';
  /** Room to leave around the scene for text drawn over the map (the phone layout's cards). */
  @property({ attribute: false }) padding: PaddingOptions = { top: 0, bottom: 0, left: 0, right: 0 };
  /** Drawing size in SVG units (the handout prints a 520 × 360 drawing in a smaller box). */
  @property({ type: Number }) width = 800;
  @property({ type: Number }) height = 600;
  /** Draw at the element's own size, so labels keep their size and nothing is cropped (the map fallback). */
  @property({ type: Boolean }) fit = false;

  private resizer?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.fit || typeof ResizeObserver === 'undefined') return;
    this.resizer = new ResizeObserver(this.onResize);
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = undefined;
  }

  private onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box || box.width < 1 || box.height < 1) return;
    this.width = Math.round(box.width);
    this.height = Math.round(box.height);
  };

  override render() {
    const { data, scene } = this;
    if (!data || !scene) return nothing;
    const p = PALETTES[this.theme];
    // The scene fits the part of the map the story's cards leave clear, as the live map's camera does.
    const { top = 0, bottom = 0, left = 0, right = 0 } = this.padding;
    const inner = fitProjection(scene.area, Math.max(50, this.width - left - right), Math.max(50, this.height - top - bottom));
    const proj: Projection = {
      ...inner,
      project: (lngLat) => {
        const [x, y] = inner.project(lngLat);
        return [x + left, y + top];
      },
    };
    const land = (side: string) => pathsWhere(data.basemap, proj, (q) => q['side'] === side);
    const band = pathsWhere(data.dmz, proj, (q) => q['kind'] === 'band');
    const limits = pathsWhere(data.dmz, proj, (q) => q['kind'] === 'limit-line');
    const mdl = pathsWhere(data.mdl, proj, () => true);
    const fog = scene.groups.includes('fog-area') ? featureById(data.story, 'fog-crossing-area') : undefined;
    // The site drawing's run is the same feature: the static map draws the run, without the schematic.
    const run = scene.groups.includes('jsa-run') || scene.groups.includes('jsa-site') ? featureById(data.story, 'jsa-run') : undefined;
    const places = data.places.features.filter((f) =>
      scene.places.includes(String(f.properties?.['id'])),
    ) as Feature<Point>[];
    const nameKey = this.lang === 'ko' ? 'name_ko' : 'name_en';
    return html`<svg
      part="svg"
      viewBox="0 0 ${this.width} ${this.height}"
      preserveAspectRatio="xMidYMid slice"
      role="img"
      aria-label=${this.label || scene.id}
    >
      <rect width="100%" height="100%" fill=${p.sea}></rect>
      <path d=${land('neighbour')} fill=${p.neighbour} stroke=${p.coast} stroke-width="0.6"></path>
      <path d=${land('north')} fill=${p.north} stroke=${p.coast} stroke-width="0.6"></path>
      <path d=${land('south')} fill=${p.south} stroke=${p.coast} stroke-width="0.6"></path>
      <path d=${band} fill=${p.band} fill-opacity="0.35"></path>
      <path d=${mdl} fill="none" stroke=${p.band} stroke-opacity="0.4" stroke-width="6"></path>
      ${scene.groups.includes('limit-lines')
        ? svg`<path d=${limits} fill="none" stroke=${p.limit} stroke-dasharray="4 3"></path>`
        : nothing}
      <path class="mdl" d=${mdl} fill="none" stroke=${p.mdl} stroke-width="2"></path>
      ${fog
        ? svg`<path d=${pathFor(fog.geometry, proj)} fill=${p.approx} fill-opacity="0.2" stroke=${p.approx} stroke-dasharray="4 4" stroke-width="2"></path>`
        : nothing}
      ${run ? svg`<path class="run" d=${pathFor(run.geometry, proj)} fill="none" stroke=${p.run} stroke-width="5" stroke-linecap="round"></path>` : nothing}
      ${places.map((f) => {
        const [x, y] = proj.project(f.geometry.coordinates as [number, number]);
        const approx = f.properties?.['approximate'] === true;
        return svg`<g class="place" data-id=${String(f.properties?.['id'] ?? '')}>
          <circle cx=${x} cy=${y} r="4.5" fill=${approx ? p.halo : p.text} stroke=${p.text} stroke-width="1.5"></circle>
          <text x=${x + 8} y=${y + 4} fill=${p.text} stroke=${p.halo}>${String(f.properties?.[nameKey] ?? '')}</text>
        </g>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-static-map': DmzStaticMap;
  }
}
