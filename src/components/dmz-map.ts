import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from './define.js';
import type { FontFacesSpecification, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { GeoDataController } from '../controllers/geo-data-controller.js';
import { MapController, type MapStatus } from '../controllers/map-controller.js';
import { NearViewportController } from '../controllers/near-viewport.js';
import { ExplainerErrorEvent, type ErrorReason } from '../events.js';
import { STRINGS } from '../i18n/strings.js';
import type { GeoUrls } from '../map/geo-data.js';
import { DEFAULT_GEO_URLS } from '../map/geo-urls.js';
import type { Theme } from '../map/palette.js';
import { sceneData, sceneFor, type Scene, type SceneData } from '../map/scenes.js';
import { webglAvailable } from '../map/webgl.js';
import type { ChapterId, Lang } from '../story/types.js';
import { mapStyles } from './dmz-map.styles.js';
import './dmz-static-map.js';

export { DEFAULT_GEO_URLS };

/**
 * The map beside (or behind) the story. Draws the committed GeoJSON with MapLibre, shows the
 * scene for the current chapter and progress, and falls back to a static SVG map without WebGL.
 *
 * @fires dmz-error - When the data or the map fails; the element then shows a message or the static map.
 * @fires dmz-map-ready - When a MapLibre map has loaded its style and data.
 * @csspart canvas - The MapLibre container.
 * @csspart status - The loading or error message.
 */
@customElement('dmz-map')
export class DmzMap extends LitElement {
  static override styles = mapStyles;

  @property() chapter: ChapterId = 'intro';
  @property({ type: Number }) progress = 0;
  @property() override lang: Lang = 'en';
  @property() theme: Theme = 'light';
  @property() basemap: string | undefined;
  /** A text alternative describing what the map shows now. */
  @property() description = '';
  @property({ type: Boolean, reflect: true, attribute: 'reduced-motion' }) reducedMotion = false;
  @property({ type: Boolean }) exploring = false;
  /** Room to leave around the chapter's focus for text drawn over the map. */
  @property({ attribute: false }) padding: PaddingOptions = { top: 40, bottom: 40, left: 40, right: 40 };
  @property({ attribute: false }) fontFaces: FontFacesSpecification | undefined;
  @property({ attribute: false }) geoUrls: GeoUrls = DEFAULT_GEO_URLS;

  @state() private status: MapStatus | 'data-error' = 'idle';
  @state() private message = '';

  private readonly geo = new GeoDataController(this, () => this.geoUrls, (s) => {
    if (s.status === 'error') this.fail('geo-load-failed', s.message, 'data-error');
    if (s.status === 'ready') this.maybeCreate();
  });
  private readonly mapper = new MapController(this, {
    onStatus: (status, message) => {
      this.status = status;
      this.message = message ?? '';
      if (status === 'no-webgl') this.fail('webgl-unavailable', this.message, status);
      if (status === 'error') this.fail('map-error', this.message, status);
      if (status === 'ready') {
        this.lastChapter = undefined;
        // The first view is shown at once: a flight from the initial frame only delays the map's idle.
        this.showScene(false);
        this.dispatchEvent(new Event('dmz-map-ready', { bubbles: true, composed: true }));
      }
    },
    onProblem: (reason, message) => this.dispatchEvent(new ExplainerErrorEvent(reason, message)),
  });
  private readonly nearby = new NearViewportController(this, (near) => {
    if (near) this.maybeCreate();
    else this.releaseMap();
  });
  private data?: SceneData;
  private lastChapter: ChapterId | undefined;

  /** The live MapLibre map while one exists (tests, advanced hosts). */
  get map(): MapLibreMap | undefined {
    return this.mapper.map;
  }

  /** How many camera moves chapter changes have started; lets tests prove there is one per jump. */
  get cameraMoves(): number {
    return this.mapper.cameraMoves;
  }

  /** The scene currently shown, or undefined before the data arrives. */
  get scene(): Scene | undefined {
    return this.data ? sceneFor(this.chapter, this.progress, this.data, this.reducedMotion) : undefined;
  }

  override render() {
    const t = STRINGS[this.lang];
    return html`
      <div class="canvas" part="canvas" role="region" aria-label=${t.mapLabel} aria-describedby="desc">
        ${this.renderFallback()}
      </div>
      <div class="fog-wash" aria-hidden="true"></div>
      <p id="desc" class="visually-hidden">${this.description}</p>
      ${this.renderStatus()}
    `;
  }

  private renderStatus() {
    const t = STRINGS[this.lang];
    if (this.status === 'loading' || (this.geo.state.status === 'loading' && this.status === 'idle')) {
      return html`<p class="status" part="status" role="status">${t.mapLoading}</p>`;
    }
    if (this.status === 'data-error' || this.status === 'error') {
      return html`<p class="status" part="status" role="alert">
        ${t.mapUnavailable} <span>${this.message}</span>
        <button type="button" @click=${this.retry}>${t.retry}</button>
      </p>`;
    }
    if (this.status === 'no-webgl') {
      return html`<p class="status" part="status" role="status">${t.staticMapNote}</p>`;
    }
    return nothing;
  }

  private renderFallback() {
    if (this.status !== 'no-webgl' || this.geo.state.status !== 'ready') return nothing;
    return html`<dmz-static-map
      .data=${this.geo.state.data}
      .scene=${this.scene}
      .label=${this.description}
      .padding=${this.padding}
      fit
      lang=${this.lang}
      theme=${this.theme}
    ></dmz-static-map>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.geo.state.status === 'ready' && !this.data) this.data = sceneData(this.geo.state.data);
    // Through the CSSOM, not a `style` attribute: a page whose CSP has no
    // `style-src-attr 'unsafe-inline'` still sees the fog.
    const fog = this.chapter === 'fog-crossing' ? (this.scene?.fog ?? 0) : 0;
    this.renderRoot.querySelector<HTMLElement>('.fog-wash')?.style.setProperty('opacity', (fog * 0.55).toFixed(3));
    if (changed.has('theme') || changed.has('lang') || changed.has('basemap') || changed.has('fontFaces')) {
      const config = this.config();
      if (config) this.mapper.configure(config);
    }
    if (changed.has('exploring')) this.mapper.setInteractive(this.exploring);
    if ((changed.has('chapter') || changed.has('progress') || changed.has('reducedMotion')) && !this.exploring) {
      this.showScene();
    }
    // New insets (layout or mode switch) re-frame the chapter in place, without a flight.
    if (changed.has('padding') && !changed.has('chapter') && !this.exploring && !samePadding(changed.get('padding'), this.padding)) {
      this.showScene();
      this.mapper.reframe();
    }
    if (changed.has('exploring') && !this.exploring && changed.get('exploring')) {
      this.lastChapter = undefined;
      this.showScene();
    }
  }

  private showScene(animate = !this.reducedMotion): void {
    const scene = this.scene;
    if (!scene) return;
    const chapterChanged = this.lastChapter !== this.chapter;
    this.lastChapter = this.chapter;
    this.mapper.show(scene, { chapterChanged, animate, padding: this.padding });
  }

  private config() {
    if (this.geo.state.status !== 'ready') return undefined;
    return {
      data: this.geo.state.data,
      theme: this.theme,
      lang: this.lang,
      basemap: this.basemap,
      ...(this.fontFaces ? { fontFaces: this.fontFaces } : {}),
    };
  }

  private maybeCreate(): void {
    const config = this.config();
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!config || !container || !this.nearby.near || this.mapper.map) return;
    // Already on the static map: asking again would only repeat the dmz-error.
    if (this.status === 'no-webgl') return;
    if (!this.data) this.data = sceneData(config.data);
    this.mapper.create(container, config, this.padding, { reducedMotion: this.reducedMotion });
  }

  /** Scrolled far away: free the WebGL context; the map comes back when the reader does. */
  private releaseMap(): void {
    this.mapper.release();
    this.restoreAfterRelease();
  }

  private restoreAfterRelease(): void {
    // A map that lost its context gets another chance next time; data errors stay until Retry.
    if (this.status === 'ready' || this.status === 'loading' || (this.status === 'no-webgl' && webglAvailable())) {
      this.status = 'idle';
      this.message = '';
    }
  }

  protected override firstUpdated(): void {
    this.maybeCreate();
  }

  private retry = (): void => {
    this.status = 'idle';
    this.mapper.release();
    void this.geo.load().then(() => this.maybeCreate());
  };

  private fail(reason: ErrorReason, message: string, status: MapStatus | 'data-error'): void {
    this.status = status;
    this.message = message;
    this.dispatchEvent(new ExplainerErrorEvent(reason, message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-map': DmzMap;
  }
}

function samePadding(a: PaddingOptions | undefined, b: PaddingOptions): boolean {
  return !!a && a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}
