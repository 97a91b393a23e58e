import { css } from 'lit';

export const explainerStyles = css`
  :host {
    /* Everything inherits from here, nothing from the host page but these custom properties. */
    all: initial;
    display: block;
    position: relative;
    isolation: isolate;
    contain: layout style;
    --_font: var(--dmz-font, 'dmz-sans', system-ui, -apple-system, 'Segoe UI', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif);
    --_heading-font: var(--dmz-heading-font, var(--_font));
    --_text: var(--dmz-text, #1b1b1d);
    --_muted: var(--dmz-muted, #4a4a4f);
    --_bg: var(--dmz-bg, #f6f5f2);
    --_card: var(--dmz-card-bg, #ffffff);
    --_accent: var(--dmz-accent, #a3241b);
    /* A fixed site header covers the top of the viewport: the map pins below it, and is by default
       as tall as what the header leaves. */
    --_top: var(--dmz-top-offset, 0px);
    --_map-h: var(--dmz-map-height, calc(100vh - var(--_top)));
    /* The size unit everything inside uses instead of rem (see unit.ts): the reader's default
       font size, or --dmz-font-size, whatever the host page did to its root font size. */
    font: 400 var(--dmz-font-size, medium) / 1.6 var(--_font);
    --dmz-unit: 1em;
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .layout[data-theme='dark'] {
    --_text: var(--dmz-text, #eeeeec);
    --_muted: var(--dmz-muted, #c4c4c0);
    --_bg: var(--dmz-bg, #15171a);
    --_card: var(--dmz-card-bg, #1c1e22);
    --_accent: var(--dmz-accent, #ff8a7a);
    color: var(--_text);
    background: var(--_bg);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The page can still style the host element itself (its normal rules beat :host ones, so a
     theme's \`* { font-family: …; line-height: … }\` lands on it): start over on the first element
     no page rule can reach. */
  .layout {
    all: initial;
    box-sizing: border-box;
    display: block;
    position: relative;
    font: 400 calc(1.0625 * var(--dmz-unit))/1.6 var(--_font);
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
  }
  .map-wrap {
    position: sticky;
    top: var(--_top);
    height: var(--_map-h);
    z-index: 0;
  }
  dmz-map {
    position: absolute;
    inset: 0;
  }
  .layout[data-layout='desktop'] {
    display: grid;
    grid-template-columns: var(--dmz-panel-width, minmax(calc(22 * var(--dmz-unit)), 38%)) 1fr;
  }
  .layout[data-layout='desktop'] .map-wrap {
    grid-column: 2;
    grid-row: 1;
  }
  .layout[data-layout='desktop'] .panel {
    grid-column: 1;
    grid-row: 1;
    padding: 0 clamp(calc(1 * var(--dmz-unit)), 3vw, calc(2.5 * var(--dmz-unit)));
  }
  /* Chapters well off screen skip style, layout and paint until the reader nears them; the first
     view, and the map that waits for it, come sooner. Still in the DOM: found by find-in-page,
     read by screen readers, printed. The size estimate is about one chapter until it is measured;
     the last one (the sources) is a long list. */
  .layout[data-mode='scroll'] section:not(:first-child) {
    content-visibility: auto;
    contain-intrinsic-size: auto 90vh;
  }
  .layout[data-mode='scroll'] section:last-child:not(:first-child) {
    contain-intrinsic-size: auto 400vh;
  }
  .layout[data-layout='desktop'] section {
    min-height: 90vh;
    padding: 20vh 0 10vh;
  }
  .layout[data-layout='desktop'] section:first-child {
    padding-top: 12vh;
  }
  /* Phone: the map sits behind; opaque cards scroll over it and the gaps between show it. */
  .layout[data-layout='phone'] .panel {
    position: relative;
    z-index: 1;
    margin-top: calc(-1 * var(--_map-h));
    pointer-events: none;
  }
  .layout[data-layout='phone'] section {
    min-height: 100vh;
    /* The side gutter is the section's, not the panel's: a section clips its paint (below), and the
       card's shadow must fall inside it. */
    padding: 8vh calc(0.75 * var(--dmz-unit)) 62vh;
    /* A jump lands with the card in the lower half, leaving the map's focus above it clear. */
    scroll-margin-top: 48vh;
  }
  .layout[data-layout='phone'] section:first-child {
    padding-top: 50vh;
  }
  .layout[data-layout='phone'] .card {
    pointer-events: auto;
    box-shadow: 0 2px 12px rgba(0, 0, 0, 0.25);
  }
  .card {
    background: var(--_card);
    border-radius: calc(0.5 * var(--dmz-unit));
    padding: calc(1.1 * var(--dmz-unit)) calc(1.25 * var(--dmz-unit)) calc(1.2 * var(--dmz-unit));
    max-width: calc(38 * var(--dmz-unit));
    margin: 0 auto;
  }
  .kicker {
    margin: 0 0 calc(0.25 * var(--dmz-unit));
    font-size: calc(0.85 * var(--dmz-unit));
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: 700 calc(1.6 * var(--dmz-unit))/1.2 var(--_heading-font);
    margin: 0 0 calc(0.75 * var(--dmz-unit));
    color: var(--_text);
  }
  section:first-child :is(h1, h2, h3) {
    font-size: clamp(calc(1.8 * var(--dmz-unit)), 4vw, calc(2.5 * var(--dmz-unit)));
  }
  p {
    margin: 0 0 calc(0.8 * var(--dmz-unit));
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .controls {
    position: absolute;
    left: calc(0.75 * var(--dmz-unit));
    top: calc(0.75 * var(--dmz-unit));
    display: flex;
    gap: calc(0.5 * var(--dmz-unit));
    z-index: 2;
  }
  button {
    font: 600 calc(0.9 * var(--dmz-unit))/1.2 var(--_font);
    color: var(--_text);
    background: var(--_card);
    border: 1px solid var(--_muted);
    border-radius: 999px;
    padding: calc(0.45 * var(--dmz-unit)) calc(0.8 * var(--dmz-unit));
    min-height: calc(2.25 * var(--dmz-unit));
    cursor: pointer;
  }
  button[aria-pressed='true'].explore {
    background: var(--_accent);
    color: #fff;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .overlays {
    position: absolute;
    right: calc(0.75 * var(--dmz-unit));
    bottom: calc(2 * var(--dmz-unit));
    display: flex;
    align-items: flex-end;
    gap: calc(0.5 * var(--dmz-unit));
    z-index: 2;
    pointer-events: none;
  }
  .year-marker {
    margin: 0;
    padding: calc(0.1 * var(--dmz-unit)) calc(0.5 * var(--dmz-unit));
    font: 700 calc(2 * var(--dmz-unit)) / 1.1 var(--_font);
    font-variant-numeric: tabular-nums;
    color: var(--_text);
    background: var(--_card);
    border-radius: calc(0.4 * var(--dmz-unit));
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
  }
  .layout[data-layout='phone'] .year-marker {
    font-size: calc(1.4 * var(--dmz-unit));
  }
  .layout[data-layout='phone'] .overlays {
    top: calc(3.5 * var(--dmz-unit));
    bottom: auto;
    right: calc(0.5 * var(--dmz-unit));
    flex-direction: column;
    align-items: flex-end;
  }
  .layout[data-layout='phone'][data-map-note] .overlays {
    top: calc(10 * var(--dmz-unit));
  }
  .layout[data-layout='phone'] dmz-legend {
    max-width: calc(12 * var(--dmz-unit));
    font-size: calc(0.72 * var(--dmz-unit));
  }
  .layout[data-layout='phone'] dmz-locator {
    display: none;
  }
  /* Presenter mode: one chapter at a time over a full-size map, type readable across a room. */
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .sources {
    font-size: calc(0.85 * var(--dmz-unit));
    padding-left: calc(1.4 * var(--dmz-unit));
    overflow-wrap: anywhere;
  }
  .chapter-sources summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: calc(0.9 * var(--dmz-unit));
  }
  .handout {
    display: none;
  }
  @media print {
    :host {
      background: #fff;
      color: #000;
    }
    .layout > :not(.handout) {
      display: none !important;
    }
    .layout {
      display: block !important;
    }
    .handout {
      display: block;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
