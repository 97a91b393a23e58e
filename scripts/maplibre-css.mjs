// MapLibre's stylesheet, cut down to the parts the explainer's map uses. The full sheet (about
// 10 KB gzipped) styles popups, markers, geolocation, fullscreen, terrain, globe and scale
// controls, the logo and cooperative gestures, none of which the explainer shows; it went into the
// map chunk whole because the map's shadow root needs its CSS as a string (dmz-map.styles.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';

/**
 * The `maplibregl-*` classes of what the explainer draws: the map and its canvas, the gesture
 * classes MapLibre adds in explore mode, the attribution control and the navigation control
 * (zoom buttons and compass) with their corners. A rule is kept only if one of its selectors
 * names nothing outside this list.
 */
export const USED_CLASSES = new Set([
  'map', 'canvas-container', 'canvas', 'interactive', 'touch-drag-pan', 'touch-zoom-rotate', 'drag-pan', 'crosshair',
  'ctrl', 'ctrl-top-left', 'ctrl-top-right', 'ctrl-bottom-left', 'ctrl-bottom-right', 'ctrl-group', 'ctrl-icon',
  'ctrl-zoom-in', 'ctrl-zoom-out', 'ctrl-compass', 'ctrl-attrib', 'ctrl-attrib-inner', 'ctrl-attrib-button',
  'compact', 'compact-show', 'attrib-empty',
].map((c) => `maplibregl-${c}`));

const CLASS = /\.(maplibregl-[\w-]+)/g;

/** Whether a selector names only classes of {@link USED_CLASSES} (or none of MapLibre's at all). */
export function selectorUsed(selector) {
  for (const [, name] of selector.matchAll(CLASS)) if (!USED_CLASSES.has(name)) return false;
  return true;
}

/** The CSS with every rule for unused parts removed, and at-rules left empty by that removed too. */
export function subsetMaplibreCss(css) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframes' steps (`from`, `50%`) are not selectors of elements.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
    const kept = rule.selectors.filter(selectorUsed);
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  // Animations only the dropped parts run (the location dot's pulse).
  const animated = new Set();
  root.walkDecls(/^animation(-name)?$/, (d) => d.value.split(/[\s,]+/).forEach((w) => animated.add(w)));
  root.walkAtRules(/keyframes$/, (at) => {
    if (!animated.has(at.params)) at.remove();
  });
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) {
        at.remove();
        emptied = true;
      }
    });
  }
  return root.toString().replace(/\n\s*\n/g, '\n');
}

/** The installed MapLibre's stylesheet, subset. */
export function maplibreCss() {
  const require = createRequire(import.meta.url);
  return subsetMaplibreCss(readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8'));
}
