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

function sync(e: Embed): void {
  const max = Math.max(0, e.height - e.frame.clientHeight);
  const top = Math.round(Math.min(max, Math.max(0, pinTop(e) - e.track.getBoundingClientRect().top)));
  if (top === e.sent || !e.frame.contentWindow) return;
  e.sent = top;
  const message: HostMessage = { type: VIEWPORT, top };
  e.frame.contentWindow.postMessage(message, new URL(e.frame.src).origin);
}

const syncAll = (): void => embeds.forEach(sync);

addEventListener('message', (event: MessageEvent) => {
  const e = embedFor(event.source);
  const m = readFrameMessage(event.data);
  if (!e || !m || event.origin !== new URL(e.frame.src, location.href).origin) return;
  if (m.type === HEIGHT) {
    e.height = m.height;
    e.track.style.height = `${m.height}px`;
    e.sent = -1;
    sync(e);
  } else if (m.type === EVENT) {
    e.frame.dispatchEvent(new CustomEvent(m.name, { detail: m.detail, bubbles: true }));
  } else {
    // The story moved itself (a keyboard reader tabbed to a link, or goTo()): bring the page along,
    // then confirm where it ended up, which also overrides any older position still in flight.
    scrollTo({ top: scrollY + e.track.getBoundingClientRect().top - pinTop(e) + m.top, behavior: 'instant' });
    e.sent = -1;
    sync(e);
  }
});
addEventListener('scroll', syncAll, { passive: true });
addEventListener('resize', syncAll);
