import { css, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';

// MapLibre's own CSS must live inside the shadow root: document styles do not reach it.
export const mapStyles = [
  unsafeCSS(maplibreCss),
  css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      background: var(--dmz-sea, #c8dae5);
      contain: strict;
    }
    .canvas {
      position: absolute;
      inset: 0;
    }
    .fog-wash {
      position: absolute;
      inset: 0;
      pointer-events: none;
      background: radial-gradient(ellipse at 50% 50%, rgba(255, 255, 255, 0.9), rgba(255, 255, 255, 0.35) 70%);
      transition: opacity 0.3s linear;
    }
    :host([reduced-motion]) .fog-wash {
      transition: none;
    }
    .status {
      position: absolute;
      left: 50%;
      top: 1rem;
      transform: translateX(-50%);
      margin: 0;
      max-width: min(90%, 28rem);
      padding: 0.6rem 0.9rem;
      border-radius: 0.4rem;
      background: var(--dmz-card-bg, #fff);
      color: var(--dmz-text, #1b1b1d);
      font: 0.95rem/1.4 var(--dmz-font, system-ui, sans-serif);
      box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
      z-index: 2;
    }
    .status button {
      margin-left: 0.5rem;
      font: inherit;
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
    .maplibregl-ctrl-attrib {
      font: 11px/1.4 var(--dmz-font, system-ui, sans-serif);
    }
    .maplibregl-ctrl-attrib a {
      color: #1d4f7c;
    }
  `,
];
