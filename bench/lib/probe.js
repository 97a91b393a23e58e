// Injected before any page script (Playwright addInitScript). Records, in performance.now() time:
// - heading: the first frame in which the story's first heading is laid out, on screen and not
//   hidden (shadow DOM first, then a heading prerendered into the light DOM);
// - mapLoad / mapIdle: the first 'load' and 'idle' of the page's MapLibre map;
// - long tasks, observed from the start so none is missed.
// Plain script, no imports: it is read from disk and injected as text.
(() => {
  const marks = { heading: null, mapFound: null, mapLoad: null, mapRender: null, mapIdle: null, ready: null };
  const longTasks = [];
  Object.defineProperty(window, '__bench', { value: { marks, longTasks }, enumerable: false });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the bench reports none and says so.
  }

  addEventListener('dmz-ready', () => (marks.ready ??= performance.now()), { capture: true });

  const firstHeading = () => {
    const host = document.querySelector('dmz-explainer');
    if (!host) return null;
    return host.shadowRoot?.querySelector('[part~="heading"]') ?? host.querySelector('h1, h2, [part~="heading"]');
  };

  // A heading whose face is still in its block period is laid out but drawn invisible.
  const fontBlocked = () => {
    let blocked = false;
    document.fonts?.forEach((f) => {
      if (f.status === 'loading' && (f.display === 'block' || f.display === 'auto')) blocked = true;
    });
    return blocked;
  };

  const headingVisible = () => {
    const el = firstHeading();
    if (!el || !el.textContent?.trim()) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.top >= innerHeight) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    return !fontBlocked();
  };

  const findMap = () =>
    window.__benchMap ?? document.querySelector('dmz-explainer')?.shadowRoot?.querySelector('dmz-map')?.map;

  let hooked = false;
  const tick = (now) => {
    if (marks.heading === null && headingVisible()) marks.heading = now;
    if (!hooked) {
      const map = findMap();
      if (map) {
        hooked = true;
        marks.mapFound = performance.now();
        // The map is found within a frame of its creation, long before its style and data load.
        if (map.loaded()) marks.mapLoad = marks.mapFound;
        else map.once('load', () => (marks.mapLoad = performance.now()));
        map.once('render', () => (marks.mapRender ??= performance.now()));
        // A user-timing mark as well, so a trace (bench/trace.mjs) can cut at the same moment.
        map.once('idle', () => {
          marks.mapIdle = performance.now();
          performance.mark('bench:map-idle');
        });
      }
    }
    // A page without the explainer (the baseline) has no heading to wait for once it has parsed.
    const noStory = document.readyState !== 'loading' && !document.querySelector('dmz-explainer');
    if ((marks.heading === null && !noStory) || !hooked) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
