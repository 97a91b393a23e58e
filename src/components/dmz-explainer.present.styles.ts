import { css } from 'lit';

/** Presenter mode (`mode="present"`): one chapter at a time in large type over a full-bleed map, and its bar. */
export const presenterStyles = css`
  :host([mode='present']) {
    height: var(--dmz-present-height, 100vh);
    overflow: hidden;
  }
  :host(:fullscreen) {
    height: 100vh;
  }
  .layout[data-mode='present'] {
    display: block;
    height: 100%;
  }
  .layout[data-mode='present'] .map-wrap {
    position: absolute;
    inset: 0;
    height: 100%;
  }
  .layout[data-mode='present'] .panel {
    position: absolute;
    z-index: 1;
    left: calc(1.5 * var(--dmz-unit));
    top: calc(1.5 * var(--dmz-unit));
    bottom: calc(5.5 * var(--dmz-unit));
    width: min(calc(44 * var(--dmz-unit)), 45%);
    margin: 0;
    padding: 0;
    pointer-events: none;
  }
  .layout[data-mode='present'][data-layout='phone'] .panel {
    left: calc(0.5 * var(--dmz-unit));
    right: calc(0.5 * var(--dmz-unit));
    width: auto;
    top: 45%;
  }
  .layout[data-mode='present'] section {
    min-height: 0;
    padding: 0;
    height: 100%;
  }
  .layout[data-mode='present'] section[hidden] {
    display: none;
  }
  .layout[data-mode='present'] .card {
    pointer-events: auto;
    max-height: 100%;
    overflow: auto;
    font-size: clamp(calc(1.15 * var(--dmz-unit)), 1.7vw, calc(1.75 * var(--dmz-unit)));
    line-height: 1.45;
    max-width: none;
    box-shadow: 0 2px 16px rgba(0, 0, 0, 0.3);
  }
  .layout[data-mode='present'] .card :is(h1, h2, h3, h4) {
    font-size: clamp(calc(1.8 * var(--dmz-unit)), 3vw, calc(3 * var(--dmz-unit)));
  }
  .layout[data-mode='present'] .points {
    margin: 0;
    padding-left: 1.1em;
  }
  .layout[data-mode='present'] .points li {
    margin: 0 0 0.5em;
  }
  .layout[data-mode='present'] .controls {
    left: auto;
    right: calc(0.75 * var(--dmz-unit));
  }
  .presenter-nav {
    position: absolute;
    z-index: 3;
    left: 50%;
    bottom: calc(1.25 * var(--dmz-unit));
    transform: translateX(-50%);
    display: flex;
    align-items: center;
    gap: calc(0.6 * var(--dmz-unit));
    padding: calc(0.4 * var(--dmz-unit)) calc(0.6 * var(--dmz-unit));
    border-radius: 999px;
    background: var(--_card);
    box-shadow: 0 1px 8px rgba(0, 0, 0, 0.3);
    font-size: calc(1 * var(--dmz-unit));
    white-space: nowrap;
  }
  /* A phone is narrower than the bar: it spans the width, without the bar gauge or full screen. */
  .layout[data-layout='phone'] .presenter-nav {
    left: calc(0.5 * var(--dmz-unit));
    right: calc(0.5 * var(--dmz-unit));
    bottom: calc(0.75 * var(--dmz-unit));
    transform: none;
    justify-content: space-between;
    gap: calc(0.3 * var(--dmz-unit));
    padding: calc(0.3 * var(--dmz-unit));
    font-size: calc(0.85 * var(--dmz-unit));
  }
  .layout[data-layout='phone'] .presenter-nav :is(progress, .fullscreen, .text) {
    display: none;
  }
  .layout[data-layout='phone'] .presenter-nav button {
    flex: 1 1 0;
    min-width: 0;
    white-space: normal;
    line-height: 1.15;
  }
  .presenter-nav .progress {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .presenter-nav progress {
    width: calc(6 * var(--dmz-unit));
    accent-color: var(--_accent);
  }
  /* Above presenter mode's bar, which is centred at the bottom and reaches under the legend. */
  .layout[data-mode='present']:not([data-layout='phone']) .overlays {
    bottom: calc(5.5 * var(--dmz-unit));
  }
`;
