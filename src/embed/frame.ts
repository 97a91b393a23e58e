/**
 * The page inside the iframe embed (`embed.html`): the explainer alone, plus its half of the
 * postMessage protocol (protocol.ts).
 *
 * Alone (opened directly, or in an iframe whose host page has no resizer) the page scrolls itself
 * like any document. Once the host's resizer speaks, the page is "hosted": it stops scrolling on
 * its own (so wheel and touch scroll the article around it) and follows the scroll position the
 * host sends, while the iframe stays pinned in the host's viewport.
 */
import '../main.js';
import { EVENT, FORWARDED_EVENTS, HEIGHT, SCROLL, readHostMessage, type ForwardedEvent, type FrameMessage } from './protocol.js';
import './frame.css';

const OPTIONS = ['lang', 'theme', 'mode', 'chapter', 'basemap', 'heading-level'] as const;

/** Copies `?lang=ko&theme=dark…` onto the element, which validates and reports bad values itself. */
function applyQuery(el: Element, params: URLSearchParams): void {
  for (const name of OPTIONS) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  if (el.getAttribute('lang') === 'ko') document.documentElement.lang = 'ko';
}

/**
 * The parent's origin where the browser tells it (Chromium, Safari), so our messages go to that
 * origin only. Elsewhere '*': the messages carry heights, scroll offsets and chapter ids, nothing private.
 */
function parentOrigin(): string {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  return '*';
}

/** Applies the URL's options and, inside an iframe, speaks the protocol. Returns the teardown. */
export function connectFrame(win: Window = window): () => void {
  const el = document.querySelector('dmz-explainer');
  if (el) applyQuery(el, new URLSearchParams(location.search));
  if (win.parent === win) return () => {};

  const target = parentOrigin();
  const root = document.documentElement;
  const post = (m: FrameMessage): void => win.parent.postMessage(m, target);
  let hosted = false;
  /** Where we are, as far as the host knows. */
  let expected = 0;
  /** After we report a move of our own, positions from the host are stale until it settles. */
  let staleUntil = 0;
  let lastHeight = -1;

  const reportHeight = (): void => {
    const height = Math.ceil(root.scrollHeight);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: HEIGHT, height });
  };

  // A scroll the host did not ask for: focus moved into a later chapter, or goTo() ran.
  const onScroll = (): void => {
    if (!hosted || Math.abs(win.scrollY - expected) < 2) return;
    expected = Math.round(win.scrollY);
    staleUntil = performance.now() + 1000;
    post({ type: SCROLL, top: expected });
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent || (target !== '*' && event.origin !== target)) return;
    const m = readHostMessage(event.data);
    if (!m) return;
    // We moved on our own (goTo(), focus) and the host's message crossed our report: ours wins.
    // Chromium also scrolls the host page for a scrollIntoView() inside, which sends a stale top.
    if (hosted && Math.abs(win.scrollY - expected) >= 2) {
      onScroll();
      return;
    }
    if (m.settle) staleUntil = 0;
    else if (performance.now() < staleUntil) return;
    if (!hosted) {
      hosted = true;
      root.classList.add('dmz-hosted');
      // The host may have started listening after our first report (its script loaded late).
      lastHeight = -1;
      reportHeight();
    }
    expected = m.top;
    win.scrollTo({ top: m.top, behavior: 'instant' });
  };

  const forward = (event: Event): void => {
    // The typed events expose `detail` as a getter; a JSON round trip makes it a plain, cloneable object.
    const detail = JSON.parse(JSON.stringify((event as Event & { detail?: unknown }).detail ?? {})) as Record<string, unknown>;
    post({ type: EVENT, name: event.type as ForwardedEvent, detail });
  };

  const resize = new ResizeObserver(reportHeight);
  resize.observe(root);
  win.addEventListener('message', onMessage);
  win.addEventListener('scroll', onScroll, { passive: true });
  win.addEventListener('resize', reportHeight);
  for (const name of FORWARDED_EVENTS) document.addEventListener(name, forward);
  reportHeight();

  return () => {
    resize.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('scroll', onScroll);
    win.removeEventListener('resize', reportHeight);
    for (const name of FORWARDED_EVENTS) document.removeEventListener(name, forward);
    root.classList.remove('dmz-hosted');
  };
}

connectFrame();
