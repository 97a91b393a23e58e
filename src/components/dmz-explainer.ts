import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from './define.js';
import { registerUnit } from './unit.js';
import { attributeErrors, parseBasemap, parseChapter, parseLang, parseMode, parseTheme, type Mode, type OrString, type ThemeSetting } from '../attributes.js';
import { LayoutController } from '../controllers/layout-controller.js';
import { MapDataController } from '../controllers/map-data.js';
import { NavigationController, type NavigationSource } from '../controllers/navigation.js';
import { MediaQueryController } from '../controllers/media-query.js';
import { PresenterKeysController } from '../controllers/presenter-keys.js';
import { PrintController } from '../controllers/print-controller.js';
import { ReducedMotionController } from '../controllers/reduced-motion.js';
import { StepObserverController } from '../controllers/step-observer.js';
import { StoryController } from '../controllers/story-controller.js';
import { ExplainerErrorEvent, ReadyEvent } from '../events.js';
import { mapFontFaces, registerPageFonts } from '../fonts.js';
import { STRINGS } from '../i18n/strings.js';
import { insetsFor } from '../map/camera.js';
import type { Theme } from '../map/palette.js';
import type { Scene } from '../map/scenes.js';
import { TIMELINE_YEARS } from '../story/timeline.js';
import { CHAPTER_IDS, type Chapter, type ChapterId, type Lang } from '../story/types.js';
import { presenterStyles } from './dmz-explainer.present.styles.js';
import { explainerStyles } from './dmz-explainer.styles.js';
import { renderControls, renderOverlays, renderPanel, renderPresenterNav } from './explainer-parts.js';
import { renderMap, type MapHandlers } from './explainer-map.js';
import './dmz-handout.js';
import { Memo, once, sameJson } from './memo.js';

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
 * @cssprop --dmz-map-height - Height of the sticky map (default: the viewport less `--dmz-top-offset`).
 * @cssprop --dmz-top-offset - Height of a fixed site header: the pinned map and its controls sit below it (default 0px).
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
    return this.nav.current;
  }
  set chapter(id: ChapterId) {
    this.navigate(id, 'property');
  }
  /** `en` or `ko`. */
  @property({ reflect: true }) override lang: OrString<Lang> = 'en';
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme: OrString<ThemeSetting> = 'auto';
  /** Optional URL of a MapLibre style to draw under the explainer's own layers (http/https only). */
  @property() basemap: string | undefined;
  /** `scroll` (default) or `present` (one chapter at a time, keyboard and clicker, for a classroom). */
  @property({ reflect: true }) mode: OrString<Mode> = 'scroll';
  /** Heading level of the title; chapter headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Keep `#chapter-id` in the page URL and open at the chapter it names. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  @state() private progress = 0;
  @state() private exploring = false;
  /** The map shows its "static map" note (no WebGL): on a phone the legend moves below it. */
  @state() private mapNote = false;

  private readonly layoutCtl = new LayoutController(this);
  private readonly motion = new ReducedMotionController(this);
  private readonly darkScheme = new MediaQueryController(this, '(prefers-color-scheme: dark)');
  /** The map data, loaded once and passed down, and the scene and legend derived from it. */
  private readonly mapData = new MapDataController(this, (message) => {
    this.dispatchEvent(new ExplainerErrorEvent('geo-load-failed', message));
    this.fireReady(false);
  });
  private readonly print = new PrintController(this);
  // When the text changes language (its chunk arrived, or `lang` changed), the reader's chapter stays put.
  private readonly story = new StoryController(this, () => this.resolvedLang, (m) => this.report(m), () => {
    if (this.resolvedMode === 'scroll') this.nav.anchor.keep();
  });
  /** The one owner of the current chapter; `navigate()` is the one way to change it. */
  private readonly nav = new NavigationController(this, {
    onProgress: (p) => (this.progress = p),
    onChange: (old) => {
      this.progress = 0;
      this.requestUpdate('chapter', old);
    },
    reducedMotion: () => this.motion.reduced,
  });
  private readonly keys = new PresenterKeysController(this);
  private readonly steps = new StepObserverController(this, {
    onStepEnter: (index) => this.resolvedMode === 'scroll' && this.navigate(CHAPTER_IDS[index]!, 'scroll'),
    onStepProgress: (index, p) => {
      if (this.resolvedMode === 'scroll' && CHAPTER_IDS[index] === this.nav.current) this.progress = p;
    },
  });
  private readonly memo = new Memo();
  /** Complaints about attributes parsed before the element was on the page, where no one would hear them. */
  private readonly unheard: string[] = [];

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
    return this.mapData.scene(this.nav.current, this.progress, this.motion.reduced);
  }

  /**
   * Goes to a chapter. Every way of moving (scrolling, keys, the hash, the `chapter` property,
   * `goTo()`) comes through here, and the property, the hash, the announcement and the event all
   * follow from it. Unknown ids are reported with `dmz-error` and ignored.
   */
  navigate(id: OrString<ChapterId>, source: NavigationSource): void {
    const parsed = parseChapter(id);
    if (!parsed.value) {
      this.report(parsed.error ?? `Unknown chapter "${id}".`);
      return;
    }
    this.nav.go(parsed.value, source);
  }

  /** Jump to a chapter by id. Unknown ids are reported with `dmz-error` and ignored. */
  goTo(id: OrString<ChapterId>): void {
    this.navigate(id, 'api');
  }

  /** Go to the next chapter (none after the last). */
  next(): void {
    this.nav.step(1);
  }

  /** Go to the previous chapter (none before the first). */
  prev(): void {
    this.nav.step(-1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unheard.splice(0).forEach((m) => this.report(m));
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
    this.nav.hash.enabled = this.deepLink;
    const start = this.deepLink ? this.nav.hash.initial() : undefined;
    if (start) this.navigate(start, 'hash');
    else if (this.nav.current !== 'intro') this.nav.scrollToCurrent();
    else if (this.resolvedMode === 'present') this.nav.play();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('mode')) this.observeSteps();
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      if (this.resolvedMode === 'scroll') this.nav.scrollToCurrent();
      else this.nav.play();
    }
    if (changed.has('deepLink')) this.nav.hash.enabled = this.deepLink;
  }

  override render() {
    const chapters = this.chapters;
    // Until another language's text arrives, the page is labelled with the language it shows.
    const shown = this.story.shown;
    const t = STRINGS[shown];
    const current = chapters.find((c) => c.id === this.nav.current) ?? chapters[0]!;
    const scene = this.scene;
    const data = this.mapData.data;
    const present = this.resolvedMode === 'present';
    const l = this.layoutCtl;
    return html`
      <div class="layout" data-layout=${l.layout} data-mode=${this.resolvedMode} data-theme=${this.resolvedTheme} ?data-map-note=${this.mapNote} lang=${shown}>
        <div class="map-wrap">
          ${renderMap(
            {
              data,
              dataError: this.mapData.error,
              scene,
              lang: this.resolvedLang,
              theme: this.resolvedTheme,
              basemap: parseBasemap(this.basemap).value,
              description: current.mapDescription,
              reducedMotion: this.motion.reduced,
              exploring: this.exploring,
              padding: this.memo.keep('padding', insetsFor(l.layout, this.resolvedMode, l.width, l.height, l.unit), sameJson),
              fontFaces: this.memo.once('fonts', mapFontFaces),
              settleMs: this.nav.settleMs,
            },
            this.mapHandlers,
          )}
          ${renderControls(
            t,
            { exploring: this.exploring, reduced: this.motion.reduced, canExplore: !this.mapNote },
            () => (this.exploring = !this.exploring),
            () => this.motion.setUserChoice(!this.motion.reduced),
          )}
          ${scene ? renderOverlays(scene, this.mapData.legend(scene), data, this.resolvedLang, this.resolvedTheme, TIMELINE_YEARS) : nothing}
        </div>
        ${renderPanel(chapters, this.exploring, {
          current: this.nav.current,
          present,
          headingLevel: this.headingLevel,
          lang: shown,
          still: this.motion.reduced,
          fullText: this.keys.fullText,
        })}
        ${present ? renderPresenterNav(t, current.index, chapters.length, this.keys.actions, this.keys.fullText) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.nav.announcement}</div>
        ${this.print.ready ? html`<dmz-handout class="handout" lang=${shown} .chapters=${chapters} .data=${data}></dmz-handout>` : nothing}
      </div>
    `;
  }

  private observeSteps(): void {
    this.steps.offset = this.layoutCtl.layout === 'phone' ? 0.58 : 0.5;
    this.steps.setup(this.resolvedMode === 'scroll' ? [...this.renderRoot.querySelectorAll<HTMLElement>('section[data-chapter]')] : []);
  }

  private readonly mapHandlers: MapHandlers = {
    status: ({ status }) => {
      if (status === 'ready') this.mapData.warmUp();
      if (status === 'ready' || status === 'no-webgl') this.mapNote = status === 'no-webgl';
      if (status === 'ready' || status === 'no-webgl' || status === 'error') this.fireReady(status === 'ready');
    },
    retry: () => this.mapData.retry(),
    // Re-dispatched from the host, so that pages listening on <dmz-explainer> hear it once.
    error: (e) => {
      e.stopPropagation();
      this.dispatchEvent(new ExplainerErrorEvent(e.reason, e.message));
    },
  };

  // Once, after the story's first render: the event promises the text is there.
  private readonly fireReady = once((map: boolean) => void this.updateComplete.then(() => this.dispatchEvent(new ReadyEvent(map))));

  private report(message: string): void {
    if (!this.isConnected) return void this.unheard.push(message);
    console.warn(`[dmz-explainer] ${message}`);
    this.dispatchEvent(new ExplainerErrorEvent('invalid-attribute', message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-explainer': DmzExplainer;
  }
}
