/**
 * The iframe embed's host-page script (`dist/embed/resize.js`, under 1 KB gzipped).
 *
 * Markup it drives: `<div data-dmz-explainer><iframe src=".../embed.html" style="position:sticky;
 * top:0;height:100vh"></iframe></div>`. The iframe stays one viewport tall and pins while the reader
 * scrolls through the `<div>`, which this script sizes to the story's full height. As the page
 * scrolls, the script tells the iframe how far in the reader is, and the story inside scrolls to
 * match: the map sticks and the chapters advance exactly as in the script embed, with no scroll
 * box inside the page. It also re-dispatches the explainer's events on the `<iframe>`.
 *
 * Every message is checked: it must come from one of these iframes' windows, from the origin of
 * that iframe's `src`, and have the documented shape (see protocol.ts). Anything else is ignored.
 */
import { EVENT, HEIGHT, VIEWPORT, readFrameMessage, type HostMessage } from './protocol.js';

interface Embed {
  frame: HTMLIFrameElement;
  /** The `[data-dmz-explainer]` element the iframe pins inside: the story's scroll track. */
  track: HTMLElement;
  /** Story height from the last valid height message; 0 until the iframe has reported. */
  height: number;
  /** The last `top` sent, so an idle page sends nothing. */
  sent: number;
}

const embeds: Embed[] = [];

/** The embed whose iframe window sent a message: only our iframes are listened to. */
function embedFor(source: MessageEventSource | null): Embed | undefined {
  let embed = embeds.find((e) => e.frame.contentWindow === source);
  if (!embed && source) {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('[data-dmz-explainer] > iframe')) {
      if (frame.contentWindow === source) embeds.push((embed = { frame, track: frame.parentElement!, height: 0, sent: -1 }));
    }
  }
  return embed;
}

/** Where the pinned iframe's top sits in the viewport (its CSS `top`, e.g. below a fixed header). */
const pinTop = (e: Embed): number => parseFloat(getComputedStyle(e.frame).top) || 0;

function sync(e: Embed, settle?: true): void {
  const max = Math.max(0, e.height - e.frame.clientHeight);
  const top = Math.round(Math.min(max, Math.max(0, pinTop(e) - e.track.getBoundingClientRect().top)));
  if ((top === e.sent && !settle) || !e.frame.contentWindow) return;
  e.sent = top;
  const message: HostMessage = settle ? { type: VIEWPORT, top, settle } : { type: VIEWPORT, top };
  e.frame.contentWindow.postMessage(message, new URL(e.frame.src).origin);
}

const syncAll = (): void => embeds.forEach((e) => sync(e));

/** `visible` and `clip` make no scroll container; the rest do. */
const scrolls = (s: CSSStyleDeclaration): boolean => /a|h|sc/.test(s.overflowX + s.overflowY);

/**
 * A box around the track that scrolls nothing yet is a scroll container (a theme's
 * `html, body { overflow-x: hidden }`) holds the sticky iframe, which then scrolls away: name it
 * once (the same check as the script embed's, src/controllers/overflow-warning.ts).
 */
function warnTrap(e: Embed): void {
  for (let n = e.track.parentElement; n && n !== document.documentElement; n = n.parentElement) {
    if (scrolls(getComputedStyle(n)) && n.scrollHeight <= n.clientHeight + 1 && (n !== document.body || scrolls(getComputedStyle(n.parentElement!)))) {
      console.warn(`[dmz-explainer] <${n.localName}>'s overflow stops the map pinning: use overflow-x: clip`);
      return;
    }
  }
}

addEventListener('message', (event: MessageEvent) => {
  // Shape first: pages get plenty of other messages (ads, analytics), and checking it is cheap.
  const m = readFrameMessage(event.data);
  const e = m && embedFor(event.source);
  if (!e || event.origin !== new URL(e.frame.src, location.href).origin) return;
  if (m.type === HEIGHT) {
    if (!e.height) warnTrap(e);
    e.height = m.height;
    e.track.style.height = `${m.height}px`;
    e.sent = -1;
    sync(e);
  } else if (m.type === EVENT) {
    e.frame.dispatchEvent(new CustomEvent(m.name, { detail: m.detail, bubbles: true }));
  } else {
    // The story moved itself (a keyboard reader tabbed to a link, or goTo()): bring the page along,
    // then settle: tell the story where the page ended up, which outdates any position in flight.
    scrollTo({ top: scrollY + e.track.getBoundingClientRect().top - pinTop(e) + m.top, behavior: 'instant' });
    sync(e, true);
  }
});
addEventListener('scroll', syncAll, { passive: true });
addEventListener('resize', syncAll);

// An iframe that loaded before this script has already sent its height into the void: say hello
// (a first viewport message), and the story answers with its height again.
for (const frame of document.querySelectorAll<HTMLIFrameElement>('[data-dmz-explainer] > iframe')) embedFor(frame.contentWindow);
syncAll();
