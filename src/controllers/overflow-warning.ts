import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Warns, once per offending box, when a host page's CSS stops the map from pinning.
 *
 * The map stays put while the story scrolls because it is `position: sticky`, and a sticky box
 * sticks inside its nearest scroll container. A theme's `html, body { overflow-x: hidden }`
 * makes `body` such a container (overflow-y then computes to `auto`) that never scrolls itself:
 * the window does. The map then scrolls away with the text. The element cannot change the host's
 * CSS, so it names the box and the fix (`overflow-x: clip` clips the same way without making a
 * scroll container) in the console; docs/EMBED.md has the same advice.
 */
const warned = new WeakSet<Element>();

/** `visible` and `clip` leave a box out of scrolling; anything else makes it a scroll container. */
const scrolls = (value: string): boolean => value !== 'visible' && value !== 'clip';

function isScrollContainer(style: CSSStyleDeclaration): boolean {
  return scrolls(style.overflowX) || scrolls(style.overflowY);
}

/** The parent element, stepping out of shadow roots to their host. */
function parentOf(node: Element): Element | undefined {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/**
 * The nearest ancestor of `el` that a sticky box inside it would stick to although it does not
 * scroll (so nothing pins), or undefined. A container that really scrolls (a page laid out in an
 * inner scroller) is fine: the map pins inside it.
 */
export function stickyTrap(el: Element): Element | undefined {
  const doc = el.ownerDocument;
  const rootStyle = getComputedStyle(doc.documentElement);
  for (let node = parentOf(el); node && node !== doc.documentElement; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (!isScrollContainer(style)) continue;
    // The body's overflow is the viewport's when the root's is `visible`: then the body is no container.
    if (node === doc.body && !isScrollContainer(rootStyle)) continue;
    if (style.overflowY !== 'hidden' && node.scrollHeight > node.clientHeight + 1) continue;
    return node;
  }
  return undefined;
}

/** `body`, `div#page.site`: enough to find the box in the page's inspector. */
export function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
  return `${el.localName}${id}${classes}`;
}

export class OverflowWarning implements ReactiveController {
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // After the first layout, when the story is as tall as it will be.
    this.frame = requestAnimationFrame(() => this.check());
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  private check(): void {
    // Presenter mode does not pin anything.
    if (!this.host.isConnected || this.host.getAttribute('mode') === 'present') return;
    const trap = stickyTrap(this.host);
    if (!trap || warned.has(trap)) return;
    warned.add(trap);
    const style = getComputedStyle(trap);
    // Text only: an element argument would keep the page's node alive in the console.
    console.warn(
      `[dmz-explainer] <${describeElement(trap)}> has overflow-x: ${style.overflowX}; overflow-y: ${style.overflowY}, ` +
        'which stops the map from staying pinned while the story scrolls (position: sticky sticks to that box, ' +
        'and it does not scroll). Use overflow-x: clip instead of hidden, or see "Host page CSS" in docs/EMBED.md.',
    );
  }
}
