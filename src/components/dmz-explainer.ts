import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from './define.js';
import { registerUnit } from './unit.js';
import { guard } from 'lit/directives/guard.js';
import { attributeErrors, parseBasemap, parseChapter, parseLang, parseMode, parseTheme, type Mode } from '../attributes.js';
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
import { mapFontFaces, registerPageFonts } from '../fonts.js';
import { STRINGS } from '../i18n/strings.js';
import { insetsFor } from '../map/camera.js';
import { DEFAULT_GEO_URLS } from '../map/geo-urls.js';
import type { Theme } from '../map/palette.js';
import { sceneData, sceneFor, type Scene } from '../map/scenes.js';
import { CHAPTER_IDS, type Chapter, type ChapterId, type Lang } from '../story/types.js';
import { presenterStyles } from './dmz-explainer.present.styles.js';
import { explainerStyles } from './dmz-explainer.styles.js';
import { renderChapter, renderControls, renderOverlays, renderPresenterNav } from './explainer-parts.js';
import { locatorPaths } from './dmz-locator.js';
import './dmz-handout.js';

/**
 * The DMZ explainer: a story the reader scrolls beside (desktop) or over (phone) a map that
 * moves with it, or steps through in presenter mode. Text renders first and reads in full
 * without the map.
 *
 * @fires dmz-ready - Once the story is rendered and the map has drawn or failed. `detail: { map }`.
 * @fires dmz-chapter-change - When the current chapter changes. `detail: { id, index, total }`.
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

  /** The current chapter id. Reflects the reader's position; setting it jumps there. */
  @property({ reflect: true }) chapter: ChapterId = 'intro';
  /** `en` or `ko`. */
  @property({ reflect: true }) override lang = 'en';
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme = 'auto';
  /** Optional URL of a MapLibre style to draw under the explainer's own layers (http/https only). */
  @property() basemap: string | undefined;
  /** `scroll` (default) or `present` (one chapter at a time, keyboard and clicker, for a classroom). */
  @property({ reflect: true }) mode = 'scroll';
  /** Heading level of the title; chapter headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Keep `#chapter-id` in the page URL and open at the chapter it names. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  @state() private progress = 0;
  @state() private announcement = '';
  @state() private exploring = false;
  /** The map shows its "static map" note (no WebGL): on a phone the legend moves below it. */
  @state() private mapNote = false;

  private readonly layoutCtl = new LayoutController(this);
  private readonly motion = new ReducedMotionController(this);
  private readonly darkScheme = new MediaQueryController(this, '(prefers-color-scheme: dark)');
  private readonly geo = new GeoDataController(this, () => DEFAULT_GEO_URLS);
  private readonly print = new PrintController(this);
  private readonly anchor = new ScrollAnchorController(this, () => this.section(this.chapter));
  // When the text changes language (its chunk arrived, or `lang` changed), the reader's chapter stays put.
  private readonly story = new StoryController(this, () => this.resolvedLang, (m) => this.report(m), () => {
    if (this.resolvedMode === 'scroll') this.anchor.keep();
  });
  private readonly hash = new HashSyncController(this, (id) => this.goTo(id));
  private readonly animator = new ProgressAnimatorController(this, (p) => (this.progress = p));
  private readonly keys = new PresenterKeysController(this);
  // The first zoomed-in chapter's inset, drawn while the reader is still on the first chapter.
  private readonly warmLocator = new IdleWorkController(this, () => {
    if (this.geo.state.status === 'ready') locatorPaths(this.geo.state.data);
  });
  private readonly steps = new StepObserverController(this, {
    onStepEnter: (index) => this.resolvedMode === 'scroll' && this.enter(CHAPTER_IDS[index]!),
    onStepProgress: (index, p) => {
      if (this.resolvedMode === 'scroll' && CHAPTER_IDS[index] === this.chapter) this.progress = p;
    },
  });
  private settledChapter: ChapterId = 'intro';
  private readyFired = false;

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

  /** The map scene for the current chapter and progress, once the data is in. */
  get scene(): Scene | undefined {
    if (this.geo.state.status !== 'ready') return undefined;
    return sceneFor(this.chapter, this.progress, sceneData(this.geo.state.data), this.motion.reduced);
  }

  /** Jump to a chapter by id. Unknown ids are reported with `dmz-error` and ignored. */
  goTo(id: ChapterId | string): void {
    const parsed = parseChapter(id);
    if (!parsed.value) {
      this.report(parsed.error ?? `Unknown chapter "${id}".`);
      return;
    }
    const target = parsed.value;
    this.enter(target);
    if (this.resolvedMode === 'scroll') {
      // An instant jump: the step observer then sees only the final chapter, never the ones between.
      void this.updateComplete.then(() => {
        this.section(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
        this.anchor.pin();
      });
    }
  }

  /** Go to the next chapter (none after the last). */
  next(): void {
    const i = CHAPTER_IDS.indexOf(this.chapter);
    if (i < CHAPTER_IDS.length - 1) this.goTo(CHAPTER_IDS[i + 1]!);
  }

  /** Go to the previous chapter (none before the first). */
  prev(): void {
    const i = CHAPTER_IDS.indexOf(this.chapter);
    if (i > 0) this.goTo(CHAPTER_IDS[i - 1]!);
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
    if (changed.has('chapter') && this.chapter !== this.settledChapter) {
      // Set from outside (attribute or property): validate, then go there.
      const wanted = this.chapter;
      this.chapter = this.settledChapter;
      this.goTo(wanted);
    }
    this.keys.active = this.resolvedMode === 'present';
  }

  protected override firstUpdated(): void {
    this.observeSteps();
    this.hash.enabled = this.deepLink;
    const start = (this.deepLink ? this.hash.initial() : undefined) ?? this.settledChapter;
    if (start !== 'intro') this.goTo(start);
    else if (this.resolvedMode === 'present') this.animator.play(this.motion.reduced);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('mode')) this.observeSteps();
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      if (this.resolvedMode === 'scroll') this.goTo(this.chapter);
      else this.animator.play(this.motion.reduced);
    }
    if (changed.has('deepLink')) this.hash.enabled = this.deepLink;
  }

  override render() {
    const chapters = this.chapters;
    // Until another language's text arrives, the page is labelled with the language it shows.
    const shown = this.story.shown;
    const t = STRINGS[shown];
    const current = chapters.find((c) => c.id === this.chapter) ?? chapters[0]!;
    const scene = this.scene;
    const present = this.resolvedMode === 'present';
    return html`
      <div
        class="layout"
        data-layout=${this.layoutCtl.layout}
        data-mode=${this.resolvedMode}
        data-theme=${this.resolvedTheme}
        ?data-map-note=${this.mapNote}
        lang=${shown}
      >
        <div class="map-wrap">
          <dmz-map
            part="map"
            .chapter=${this.chapter}
            .progress=${this.progress}
            .lang=${this.resolvedLang}
            .theme=${this.resolvedTheme}
            .basemap=${parseBasemap(this.basemap).value}
            .description=${current.mapDescription}
            .reducedMotion=${this.motion.reduced}
            .exploring=${this.exploring}
            .padding=${insetsFor(this.layoutCtl.layout, this.resolvedMode, this.layoutCtl.width, this.layoutCtl.height, this.layoutCtl.unit)}
            .fontFaces=${mapFontFaces()}
            @dmz-map-ready=${this.onMapReady}
            @dmz-error=${this.onMapError}
          ></dmz-map>
          ${renderControls(t, { exploring: this.exploring, reduced: this.motion.reduced, canExplore: !this.mapNote }, this.toggleExplore, this.toggleMotion)}
          ${scene ? renderOverlays(scene, this.resolvedLang, this.resolvedTheme) : nothing}
        </div>
        <div class="panel" part="panel" ?inert=${this.exploring}>
          ${
            // Progress changes every scroll frame; the chapters only change with these. Without the
            // guard, each frame re-rendered all seven chapters (the chart, the CSV link) for nothing.
            guard([chapters, this.chapter, this.headingLevel, present, this.motion.reduced], () =>
              chapters.map((c) =>
                renderChapter(c, {
                  total: chapters.length,
                  active: c.id === this.chapter,
                  present,
                  headingLevel: this.headingLevel,
                  lang: shown,
                  still: this.motion.reduced,
                }),
              ),
            )
          }
        </div>
        ${present ? renderPresenterNav(t, current.index, chapters.length, this.keys.actions) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.print.ready ? html`<dmz-handout class="handout" lang=${shown} .chapters=${chapters}></dmz-handout>` : nothing}
      </div>
    `;
  }

  private observeSteps(): void {
    this.steps.offset = this.layoutCtl.layout === 'phone' ? 0.58 : 0.5;
    const sections = this.resolvedMode === 'scroll' ? [...this.renderRoot.querySelectorAll<HTMLElement>('section[data-chapter]')] : [];
    this.steps.setup(sections);
  }

  private enter(id: ChapterId): void {
    if (id === this.settledChapter) return;
    this.settledChapter = id;
    this.chapter = id;
    this.progress = 0;
    if (this.resolvedMode === 'present') this.animator.play(this.motion.reduced);
    const index = CHAPTER_IDS.indexOf(id);
    const c = this.chapters[index];
    if (c) this.announcement = `${c.heading}. ${c.mapDescription}`;
    this.hash.write(id);
    this.dispatchEvent(new ChapterChangeEvent(id, index, CHAPTER_IDS.length));
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

  private onMapReady = (): void => {
    this.mapNote = false;
    this.warmLocator.schedule();
    if (this.readyFired) return;
    this.readyFired = true;
    this.dispatchEvent(new ReadyEvent(true));
  };

  private onMapError = (e: ExplainerErrorEvent): void => {
    if (e.target === this) return;
    // Re-dispatch from the host so pages listening on <dmz-explainer> hear it once.
    e.stopPropagation();
    this.dispatchEvent(new ExplainerErrorEvent(e.reason, e.message));
    if (e.reason === 'webgl-unavailable') this.mapNote = true;
    if (!this.readyFired && (e.reason === 'webgl-unavailable' || e.reason === 'geo-load-failed')) {
      this.readyFired = true;
      this.dispatchEvent(new ReadyEvent(false));
    }
  };

  private report(message: string): void {
    console.warn(`[dmz-explainer] ${message}`);
    this.dispatchEvent(new ExplainerErrorEvent('invalid-attribute', message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-explainer': DmzExplainer;
  }
}
