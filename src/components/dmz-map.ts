import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from './define.js';
import type { FontFacesSpecification, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { MapController, type MapState, type MapStatus } from '../controllers/map-controller.js';
import { NearViewportController } from '../controllers/near-viewport.js';
import { ExplainerErrorEvent, type ErrorReason } from '../events.js';
import { STRINGS } from '../i18n/strings.js';
import type { GeoBundle } from '../map/geo-data.js';
import type { Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import { webglAvailable } from '../map/webgl.js';
import type { Lang } from '../story/types.js';
import { mapStyles } from './dmz-map.styles.js';
import './dmz-static-map.js';

/** Internal: the map's status, for the explainer (does not leave its shadow root). */
export class MapStatusEvent extends Event {
  static readonly type = 'dmz-map-status';
  constructor(readonly status: MapStatus) {
    super(MapStatusEvent.type);
  }
}

/** Internal: the reader pressed Retry after the map data failed. */
export class MapRetryEvent extends Event {
  static readonly type = 'dmz-map-retry';
  constructor() {
    super(MapRetryEvent.type);
  }
}

/**
 * The map beside (or behind) the story. It renders what it is given: the data, the scene, the
 * theme, the language and the room left by the text. MapLibre draws it; without WebGL a static
 * SVG map takes its place. It decides nothing about chapters.
 *
 * @fires dmz-error - When the map fails; the element then shows a message or the static map.
 * @csspart canvas - The MapLibre container.
 * @csspart status - The loading or error message.
 */
@customElement('dmz-map')
export class DmzMap extends LitElement {
  static override styles = mapStyles;

  /** The map data, loaded once by the explainer. */
  @property({ attribute: false }) data: GeoBundle | undefined;
  /** Why the data could not be loaded, if it could not: shown with a Retry button. */
  @property() dataError = '';
  /** What to show: camera, layers, fog and path for the current chapter and progress. */
  @property({ attribute: false }) scene: Scene | undefined;
  @property() override lang: Lang = 'en';
  @property({ reflect: true }) theme: Theme = 'light';
  /** URL of a MapLibre style to draw under the explainer's layers (already validated). */
  @property() basemap: string | undefined;
  /** A text alternative describing what the map shows now. */
  @property() description = '';
  @property({ type: Boolean, reflect: true, attribute: 'reduced-motion' }) reducedMotion = false;
  @property({ type: Boolean }) exploring = false;
  /** Room to leave around the chapter's focus for text drawn over the map. */
  @property({ attribute: false }) padding: PaddingOptions = { top: 40, bottom: 40, left: 40, right: 40 };
  @property({ attribute: false }) fontFaces: FontFacesSpecification | undefined;
  /** How long a new chapter must hold before the camera goes there: chapters a fast scroll passes do not fly. */
  @property({ type: Number }) settleMs = 0;

  @state() private status: MapStatus = 'idle';
  @state() private message = '';
  @query('.canvas') private canvas!: HTMLElement;
  @query('.fog-wash') private fogWash!: HTMLElement;

  private readonly mapper = new MapController(this, {
    onStatus: (status, message) => {
      this.status = status;
      this.message = message ?? '';
      if (status === 'no-webgl') this.fail('webgl-unavailable', this.message);
      if (status === 'error') this.fail('map-error', this.message);
      this.dispatchEvent(new MapStatusEvent(status));
    },
    onProblem: (reason, message) => this.dispatchEvent(new ExplainerErrorEvent(reason, message)),
    // aria-busy on the map region while the camera is on its way: assistive tech (and tests) can
    // tell a map that is still getting to the chapter from one that has arrived.
    onBusy: (busy) => this.canvas?.setAttribute('aria-busy', String(busy)),
  });
  private readonly nearby = new NearViewportController(this, (near) => {
    if (near) this.maybeCreate();
    else this.releaseMap();
  });

  /** The live MapLibre map while one exists (tests, advanced hosts). */
  get map(): MapLibreMap | undefined {
    return this.mapper.map;
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
    if (this.dataError || this.status === 'error') {
      return html`<p class="status" part="status" role="alert">
        ${t.mapUnavailable} <span>${this.dataError || this.message}</span>
        <button type="button" @click=${this.retry}>${t.retry}</button>
      </p>`;
    }
    if (this.status === 'loading' || (!this.data && this.status === 'idle')) {
      return html`<p class="status" part="status" role="status">${t.mapLoading}</p>`;
    }
    if (this.status === 'no-webgl') return html`<p class="status" part="status" role="status">${t.staticMapNote}</p>`;
    return nothing;
  }

  private renderFallback() {
    if (this.status !== 'no-webgl' || !this.data) return nothing;
    return html`<dmz-static-map
      .data=${this.data}
      .scene=${this.scene}
      .label=${this.description}
      .padding=${this.padding}
      fit
      lang=${this.lang}
      theme=${this.theme}
    ></dmz-static-map>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through the CSSOM, not a `style` attribute: a page whose CSP has no
    // `style-src-attr 'unsafe-inline'` still sees the fog.
    this.fogWash.style.setProperty('opacity', ((this.scene?.fog ?? 0) * 0.55).toFixed(3));
    const drawn = ['data', 'scene', 'theme', 'lang', 'basemap', 'padding', 'fontFaces', 'exploring', 'reducedMotion'] as const;
    if (!drawn.some((name) => changed.has(name))) return;
    const state = this.desired();
    if (!state) return;
    if (this.mapper.map) this.mapper.render(state);
    else this.maybeCreate();
  }

  private desired(): MapState | undefined {
    if (!this.data || !this.scene) return undefined;
    return {
      data: this.data,
      scene: this.scene,
      theme: this.theme,
      lang: this.lang,
      basemap: this.basemap,
      fontFaces: this.fontFaces,
      padding: this.padding,
      animate: !this.reducedMotion,
      exploring: this.exploring,
      settleMs: this.settleMs,
    };
  }

  private maybeCreate(): void {
    const state = this.desired();
    if (!state || !this.canvas || this.mapper.map) return;
    // Asked now, not at the next frame; a "near" calls back here and the map starts.
    if (!this.nearby.near) return void this.nearby.look();
    // Already on the static map: asking again would only repeat the dmz-error.
    if (this.status === 'no-webgl' || this.status === 'error') return;
    this.mapper.create(this.canvas, state, { reducedMotion: this.reducedMotion });
  }

  /** Scrolled far away: free the WebGL context; the map comes back when the reader does. */
  private releaseMap(): void {
    this.mapper.release();
    // A map that lost its context gets another chance next time; errors stay until Retry.
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
    this.message = '';
    this.mapper.release();
    if (this.dataError) this.dispatchEvent(new MapRetryEvent());
    else void this.updateComplete.then(() => this.maybeCreate());
  };

  private fail(reason: ErrorReason, message: string): void {
    this.dispatchEvent(new ExplainerErrorEvent(reason, message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-map': DmzMap;
  }
}
