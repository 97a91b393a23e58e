import { html, nothing } from 'lit';
import type { UiStrings } from '../i18n/strings.js';
import type { Theme } from '../map/palette.js';
import { viewBounds, type Scene } from '../map/scenes.js';
import type { Lang } from '../story/types.js';
import './dmz-legend.js';
import './dmz-locator.js';

/** The explore and motion switches over the map. */
export function renderControls(
  t: UiStrings,
  state: { exploring: boolean; reduced: boolean; canExplore: boolean },
  onExplore: () => void,
  onMotion: () => void,
) {
  const { exploring, reduced, canExplore } = state;
  // Without an interactive map (static SVG fallback) there is nothing to explore.
  return html`<div class="controls" part="controls">
    ${canExplore
      ? html`<button type="button" class="explore" aria-pressed=${exploring ? 'true' : 'false'} @click=${onExplore}>
          ${exploring ? t.backToStory : t.explore}
        </button>`
      : nothing}
    <button type="button" class="motion" aria-pressed=${reduced ? 'false' : 'true'} @click=${onMotion}>
      ${reduced ? t.motionOff : t.motionOn}
    </button>
  </div>`;
}

/** The legend for what the scene shows, and the locator inset when the camera is zoomed in. */
export function renderOverlays(scene: Scene, lang: Lang, theme: Theme) {
  const view = viewBounds(scene);
  const zoomedIn = view[1][0] - view[0][0] < 2.5;
  return html`<div class="overlays">
    <dmz-legend part="legend" .groups=${scene.groups} lang=${lang} theme=${theme}></dmz-legend>
    ${zoomedIn ? html`<dmz-locator .view=${view} lang=${lang} theme=${theme}></dmz-locator>` : nothing}
  </div>`;
}

export interface PresenterNavActions {
  next(): void;
  prev(): void;
  toggleFullscreen(): void;
}

/** Presenter mode's bar: previous, "chapter k of n", next, full screen. */
export function renderPresenterNav(t: UiStrings, index: number, total: number, a: PresenterNavActions) {
  return html`<nav class="presenter-nav" part="presenter-nav" aria-label=${t.contents}>
    <button type="button" class="prev" @click=${() => a.prev()} ?disabled=${index === 0}>← ${t.previous}</button>
    <span class="progress">${t.chapterOf(index + 1, total)}</span>
    <progress max=${total} value=${index + 1} aria-hidden="true"></progress>
    <button type="button" class="next" @click=${() => a.next()} ?disabled=${index === total - 1}>${t.next} →</button>
    <button type="button" class="fullscreen" @click=${() => a.toggleFullscreen()}>${t.fullscreen}</button>
  </nav>`;
}
