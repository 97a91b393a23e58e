import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from './define.js';
import { registerUnit } from './unit.js';
import { guard } from 'lit/directives/guard.js';
import type { PaddingOptions } from 'maplibre-gl';
import { attributeErrors, parseBasemap, parseChapter, parseLang, parseMode, parseTheme, type Mode, type ThemeSetting } from '../attributes.js';
import { GeoDataController } from '../controllers/geo-data-controller.js';
import { HashSyncController } from '../controllers/hash-sync.js';
import { IdleWorkController } from '../controllers/idle-work.js';
import { LayoutController } from '../controllers/layout-controller.js';
import { MediaQueryController } from '../controllers/media-query.js';
import { PresenterKeysController } from '../controllers/presenter-keys.js';
import { PrintController } from '../controllers/print-controller.js';
import { ProgressAnimatorController } from '../controllers/progress-animator.js';
import { ReducedMotionController } from '../controllers/reduced-motion.js';
import { ScrollAnchorController } from '../controllers/scroll-anchor.js';
import { StepObserverController } from '../controllers/step-observer.js';
import { StoryController } from '../controllers/story-controller.js';
import { ChapterChangeEvent, ExplainerErrorEvent, ReadyEvent } from '../events.js';
import type { MapStatus } from '../controllers/map-controller.js';
import { SETTLE_MS } from '../controllers/map-camera.js';
import { mapFontFaces, registerPageFonts } from '../fonts.js';
import { STRINGS } from '../i18n/strings.js';
import { insetsFor } from '../map/camera.js';
import { DEFAULT_GEO_URLS } from '../map/geo-urls.js';
import type { Theme } from '../map/palette.js';
import { legendEntries, type LegendEntry } from '../map/legend.js';
import { sameScene, sceneData, sceneFor, type Scene } from '../map/scenes.js';
import { TIMELINE, TIMELINE_YEARS } from '../story/timeline.js';
import { CHAPTER_IDS, type Chapter, type ChapterId, type Lang } from '../story/types.js';
import { presenterStyles } from './dmz-explainer.present.styles.js';
import { explainerStyles } from './dmz-explainer.styles.js';
import { renderChapter, renderControls, renderOverlays, renderPresenterNav } from './explainer-parts.js';
import { locatorPaths } from './dmz-locator.js';
import './dmz-handout.js';
import { Memo, sameJson, sameList } from './memo.js';

/**
 * The DMZ explainer: a story the reader scrolls beside (desktop) or over (phone) a map that
 * moves with it, or steps through in presenter mode. Text renders first and reads in full
 * without the map.
 *
 * @fires dmz-ready - Once, when the story is rendered and the map has drawn or failed (`map: false`). `detail: { map }`.
 * @fires dmz-chapter-change - When the current chapter changes, however it changed (scroll, keys, hash, `chapter`, `goTo()`). `detail: { id, index, total }`.
 * @fires dmz-error - On bad attribute values, missing WebGL or map data failures. `detail: { reason, detail }`.
 *
 * @csspart panel - The column (desktop) or layer (phone) holding the story text.
 * @csspart map - The map element.
 * @csspart chapter - Each chapter's section.
 * @csspart card - The text card inside each chapter.
 * @csspart heading - Each chapter's heading.
 * @csspart controls - The map's control bar (explore, motion).
 * @csspart legend - The legend of what the map shows.
 * @csspart presenter-nav - Presenter mode's previous/next bar and progress.
 * @csspart year-marker - The year the timeline map has reached (the `since-2017` chapter).
 *
 * @cssprop --dmz-font - Font family of the story text.
 * @cssprop --dmz-font-size - Base size every size scales with (default `medium`, the reader's browser setting; not the page's `rem`).
 * @cssprop --dmz-heading-font - Font family of the headings.
 * @cssprop --dmz-text - Text colour.
 * @cssprop --dmz-muted - Secondary text and borders.
 * @cssprop --dmz-bg - Background of the panel.
 * @cssprop --dmz-card-bg - Background of the text cards.
 * @cssprop --dmz-accent - Accent colour (kicker, links, focus ring, highlights).
 * @cssprop --dmz-panel-width - Width of the text column on desktop.
 * @cssprop --dmz-map-height - Height of the sticky map (default: the viewport).
 */
@customElement('dmz-explainer')
export class DmzExplainer extends LitElement {
  static override styles = [explainerStyles, presenterStyles];

  /**
   * The current chapter id. Follows the reader; setting it (or the attribute) goes there. An
   * unknown id is reported with `dmz-error` and ignored: the chapter stays where it was.
   */
  @property({ reflect: true, noAccessor: true })
  get chapter(): ChapterId {
    return this.current;
  }
  set chapter(id: ChapterId) {
    this.navigate(id, 'property');
  }
  /** `en` or `ko`. */
  @property({ reflect: true }) override lang: Lang | string = 'en';
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme: ThemeSetting | string = 'auto';
  /** Optional URL of a MapLibre style to draw under the explainer's own layers (http/https only). */
  @property() basemap: string | undefined;
  /** `scroll` (default) or `present` (one chapter at a time, keyboard and clicker, for a classroom). */
  @property({ reflect: true }) mode: Mode | string = 'scroll';
  /** Heading level of the title; chapter headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Keep `#chapter-id` in the page URL and open at the chapter it names. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  @state() private progress = 0;
  @state() private announcement = '';
  @state() private exploring = false;
  /** The map shows its "static map" note (no WebGL): on a phone the legend moves below it. */
  @state() private mapNote = false;

  /** The one place the current chapter is kept; `navigate()` is the one way to change it. */
  private current: ChapterId = 'intro';
  private readonly layoutCtl = new LayoutController(this);
  private readonly motion = new ReducedMotionController(this);
  private readonly darkScheme = new MediaQueryController(this, '(prefers-color-scheme: dark)');
  private readonly geo = new GeoDataController(this, () => DEFAULT_GEO_URLS, (s) => {
    if (s.status === 'error') {
      this.dispatchEvent(new ExplainerErrorEvent('geo-load-failed', s.message));
      this.fireReady(false);
    }
  });
  private readonly print = new PrintController(this);
  private readonly anchor = new ScrollAnchorController(this, () => this.section(this.current));
  // When the text changes language (its chunk arrived, or `lang` changed), the reader's chapter stays put.
  private readonly story = new StoryController(this, () => this.resolvedLang, (m) => this.report(m), () => {
    if (this.resolvedMode === 'scroll') this.anchor.keep();
  });
  private readonly hash = new HashSyncController(this, (id) => this.navigate(id, 'hash'));
  private readonly animator = new ProgressAnimatorController(this, (p) => (this.progress = p));
  private readonly keys = new PresenterKeysController(this);
  // The first zoomed-in chapter's inset, drawn while the reader is still on the first chapter.
  private readonly warmLocator = new IdleWorkController(this, () => {
    if (this.geo.state.status === 'ready') locatorPaths(this.geo.state.data);
  });
  private readonly steps = new StepObserverController(this, {
    onStepEnter: (index) => this.resolvedMode === 'scroll' && this.navigate(CHAPTER_IDS[index]!, 'scroll'),
    onStepProgress: (index, p) => {
      if (this.resolvedMode === 'scroll' && CHAPTER_IDS[index] === this.current) this.progress = p;
    },
  });
  private readyFired = false;
  private readonly memo = new Memo();
  /** The last move was the reader scrolling: the camera waits for the chapter to hold. */
  private settleMs = 0;

  get resolvedLang(): Lang {
    return parseLang(this.lang).value;
  }

  get resolvedMode(): Mode {
    return parseMode(this.mode).value;
  }

  get resolvedTheme(): Theme {
    const t = parseTheme(this.theme).value;
    return t === 'auto' ? (this.darkScheme.matches ? 'dark' : 'light') : t;
  }

  /** The story in the current language (English until another language's text has arrived). */
  get chapters(): Chapter[] {
    return this.story.chapters;
  }

  /** The map scene for the current chapter and progress, once the data is in (same object while unchanged). */
  get scene(): Scene | undefined {
    if (this.geo.state.status !== 'ready') return undefined;
    const next = sceneFor(this.current, this.progress, sceneData(this.geo.state.data), this.motion.reduced);
    return this.memo.keep('scene', next, sameScene);
  }

  /**
   * Goes to a chapter. Every way of moving (scrolling, keys, the hash, the `chapter` property,
   * `goTo()`) comes through here, and the property, the hash, the announcement and the event all
   * follow from it. Unknown ids are reported with `dmz-error` and ignored.
   */
  navigate(id: ChapterId | string, source: NavigationSource): void {
    const parsed = parseChapter(id);
    if (!parsed.value) {
      this.report(parsed.error ?? `Unknown chapter "${id}".`);
      return;
    }
    const target = parsed.value;
    if (target !== this.current) {
      this.settleMs = source === 'scroll' ? SETTLE_MS : 0;
      const old = this.current;
      this.current = target;
      this.progress = 0;
      this.requestUpdate('chapter', old);
      const index = CHAPTER_IDS.indexOf(target);
      const c = this.chapters[index];
      if (c) this.announcement = `${c.heading}. ${c.mapDescription}`;
      this.hash.write(target);
      this.dispatchEvent(new ChapterChangeEvent(target, index, CHAPTER_IDS.length));
    }
    if (this.resolvedMode === 'present') this.animator.play(this.motion.reduced);
    // The reader's own scrolling needs no scroll; any other way of moving brings the chapter into view.
    else if (source !== 'scroll' && this.hasUpdated) this.scrollToCurrent();
  }

  /** Jump to a chapter by id. Unknown ids are reported with `dmz-error` and ignored. */
  goTo(id: ChapterId | string): void {
    this.navigate(id, 'api');
  }

  /** Go to the next chapter (none after the last). */
  next(): void {
    const i = CHAPTER_IDS.indexOf(this.current);
    if (i < CHAPTER_IDS.length - 1) this.navigate(CHAPTER_IDS[i + 1]!, 'keys');
  }

  /** Go to the previous chapter (none before the first). */
  prev(): void {
    const i = CHAPTER_IDS.indexOf(this.current);
    if (i > 0) this.navigate(CHAPTER_IDS[i - 1]!, 'keys');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void registerPageFonts();
    registerUnit();
    // The map's chunk (MapLibre) is the long pole of the first view: ask for it before the first
    // render rather than after it, so it downloads while the story is laid out.
    void import('./dmz-map.js');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const names = (['lang', 'theme', 'mode', 'basemap'] as const).filter((n) => changed.has(n));
    for (const error of attributeErrors(this, names)) this.report(error);
    this.keys.active = this.resolvedMode === 'present';
  }

  protected override firstUpdated(): void {
    this.observeSteps();
    this.hash.enabled = this.deepLink;
    const start = this.deepLink ? this.hash.initial() : undefined;
    if (start) this.navigate(start, 'hash');
    else if (this.current !== 'intro') this.scrollToCurrent();
    else if (this.resolvedMode === 'present') this.animator.play(this.motion.reduced);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('mode')) this.observeSteps();
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      if (this.resolvedMode === 'scroll') this.scrollToCurrent();
      else this.animator.play(this.motion.reduced);
    }
    if (changed.has('deepLink')) this.hash.enabled = this.deepLink;
  }

  override render() {
    const chapters = this.chapters;
    // Until another language's text arrives, the page is labelled with the language it shows.
    const shown = this.story.shown;
    const t = STRINGS[shown];
    const current = chapters.find((c) => c.id === this.current) ?? chapters[0]!;
    const scene = this.scene;
    const geo = this.geo.state;
    const data = geo.status === 'ready' ? geo.data : undefined;
    const legend: LegendEntry[] = scene && data ? this.memo.keep('legend', legendEntries(scene, sceneData(data), TIMELINE), sameList) : [];
    const present = this.resolvedMode === 'present';
    const l = this.layoutCtl;
    const padding = this.memo.keep('padding', insetsFor(l.layout, this.resolvedMode, l.width, l.height, l.unit), sameJson);
    return html`
      <div class="layout" data-layout=${l.layout} data-mode=${this.resolvedMode} data-theme=${this.resolvedTheme} ?data-map-note=${this.mapNote} lang=${shown}>
        <div class="map-wrap">
          <dmz-map
            part="map"
            .data=${data}
            .dataError=${geo.status === 'error' ? geo.message : ''}
            .scene=${scene}
            .lang=${this.resolvedLang}
            .theme=${this.resolvedTheme}
            .basemap=${parseBasemap(this.basemap).value}
            .description=${current.mapDescription}
            .reducedMotion=${this.motion.reduced}
            .exploring=${this.exploring}
            .padding=${padding as PaddingOptions}
            .fontFaces=${this.memo.once('fonts', mapFontFaces)}
            .settleMs=${this.settleMs}
            @dmz-map-status=${this.onMapStatus}
            @dmz-map-retry=${this.onRetry}
            @dmz-error=${this.onMapError}
          ></dmz-map>
          ${renderControls(t, { exploring: this.exploring, reduced: this.motion.reduced, canExplore: !this.mapNote }, this.toggleExplore, this.toggleMotion)}
          ${scene ? renderOverlays(scene, legend, data, this.resolvedLang, this.resolvedTheme, TIMELINE_YEARS) : nothing}
        </div>
        <div class="panel" part="panel" ?inert=${this.exploring}>
          ${
            // Progress changes every scroll frame; the chapters only change with these.
            guard([chapters, this.current, this.headingLevel, present, this.motion.reduced], () =>
              chapters.map((c) =>
                renderChapter(c, { total: chapters.length, active: c.id === this.current, present, headingLevel: this.headingLevel, lang: shown, still: this.motion.reduced }),
              ),
            )
          }
        </div>
        ${present ? renderPresenterNav(t, current.index, chapters.length, this.keys.actions) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.print.ready ? html`<dmz-handout class="handout" lang=${shown} .chapters=${chapters} .data=${data}></dmz-handout>` : nothing}
      </div>
    `;
  }

  private observeSteps(): void {
    this.steps.offset = this.layoutCtl.layout === 'phone' ? 0.58 : 0.5;
    const sections = this.resolvedMode === 'scroll' ? [...this.renderRoot.querySelectorAll<HTMLElement>('section[data-chapter]')] : [];
    this.steps.setup(sections);
  }

  /** An instant jump: the step observer then sees only the final chapter, never the ones between. */
  private scrollToCurrent(): void {
    if (this.resolvedMode !== 'scroll') return;
    const target = this.current;
    void this.updateComplete.then(() => {
      if (this.current !== target) return;
      this.section(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
      this.anchor.pin();
    });
  }

  private section(id: ChapterId): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`section[data-chapter="${id}"]`);
  }

  private toggleExplore = (): void => {
    this.exploring = !this.exploring;
  };

  private toggleMotion = (): void => {
    this.motion.setUserChoice(!this.motion.reduced);
  };

  private onMapStatus = (e: Event & { status?: MapStatus }): void => {
    if (e.status === 'ready') {
      this.mapNote = false;
      this.warmLocator.schedule();
      this.fireReady(true);
    }
    if (e.status === 'no-webgl') this.mapNote = true;
    if (e.status === 'no-webgl' || e.status === 'error') this.fireReady(false);
  };

  private onRetry = (): void => {
    void this.geo.load();
  };

  private onMapError = (e: ExplainerErrorEvent): void => {
    if (e.target === this) return;
    // Re-dispatch from the host so pages listening on <dmz-explainer> hear it once.
    e.stopPropagation();
    this.dispatchEvent(new ExplainerErrorEvent(e.reason, e.message));
  };

  private fireReady(map: boolean): void {
    if (this.readyFired) return;
    this.readyFired = true;
    // After the story's first render: the event promises the text is there.
    void this.updateComplete.then(() => this.dispatchEvent(new ReadyEvent(map)));
  }

  private report(message: string): void {
    console.warn(`[dmz-explainer] ${message}`);
    this.dispatchEvent(new ExplainerErrorEvent('invalid-attribute', message));
  }
}

/** How a chapter change came about (for `navigate`): only the reader's own scrolling needs no scroll. */
export type NavigationSource = 'scroll' | 'keys' | 'hash' | 'property' | 'api';

declare global {
  interface HTMLElementTagNameMap {
    'dmz-explainer': DmzExplainer;
  }
}
