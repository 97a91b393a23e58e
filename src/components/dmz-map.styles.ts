import { css } from 'lit';
import { maplibreStyles } from './maplibre-css.js';

export const mapStyles = [
  maplibreStyles,
  css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      /* The theme's sea (palette.ts), so the frame before the map draws is the map's own colour. */
      background: #c8dae5;
      contain: strict;
    }
    :host([theme='dark']) {
      background: #0e1b25;
    }
    .canvas {
      position: absolute;
      inset: 0;
    }
    .fog-wash {
      position: absolute;
      inset: 0;
      pointer-events: none;
      opacity: 0;
      background: radial-gradient(ellipse at 50% 50%, rgba(255, 255, 255, 0.9), rgba(255, 255, 255, 0.35) 70%);
      transition: opacity 0.3s linear;
    }
    :host([reduced-motion]) .fog-wash {
      transition: none;
    }
    /* Below the explainer's control bar (top left), which would otherwise cover it on a phone. */
    .status {
      position: absolute;
      left: 50%;
      top: calc(3.75 * var(--dmz-unit));
      transform: translateX(-50%);
      margin: 0;
      width: max-content;
      max-width: min(calc(100% - calc(1.5 * var(--dmz-unit))), calc(28 * var(--dmz-unit)));
      padding: calc(0.6 * var(--dmz-unit)) calc(0.9 * var(--dmz-unit));
      border-radius: calc(0.4 * var(--dmz-unit));
      background: var(--dmz-card-bg, #fff);
      color: var(--dmz-text, #1b1b1d);
      font: calc(0.95 * var(--dmz-unit))/1.4 var(--dmz-font, system-ui, sans-serif);
      box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
      z-index: 2;
    }
    .status button {
      margin-inline-start: calc(0.5 * var(--dmz-unit));
      font: inherit;
      min-height: calc(2.25 * var(--dmz-unit));
    }
    /* The explainer's accent when inside it (custom properties cross the shadow boundary). */
    :focus-visible,
    .maplibregl-canvas:focus-visible,
    .maplibregl-ctrl button:focus-visible {
      outline: 3px solid var(--_accent, var(--dmz-accent, #a3241b));
      outline-offset: 2px;
      box-shadow: none;
    }
    .maplibregl-canvas:focus-visible {
      outline-offset: -3px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    dmz-static-map {
      position: absolute;
      inset: 0;
    }
    /* Opaque, in the card colours: half-transparent white over a dark map fails AA contrast. */
    .maplibregl-ctrl.maplibregl-ctrl-attrib {
      font: 11px/1.4 var(--dmz-font, system-ui, sans-serif);
      background: var(--_card, var(--dmz-card-bg, #fff));
      color: var(--_text, var(--dmz-text, #1b1b1d));
    }
    .maplibregl-ctrl-attrib a {
      color: inherit;
      text-decoration: underline;
    }
  `,
];
