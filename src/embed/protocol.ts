/**
 * The iframe embed's postMessage protocol, shared by the page inside the iframe (`frame.ts`) and
 * the host page's resizer (`resize.ts`). Both sides treat every message as untrusted input: a
 * message is used only if it comes from the expected window and origin *and* has exactly this shape.
 *
 * iframe → host
 * - `{ type: 'dmz-explainer:height', height }`: the story's full height in CSS pixels.
 * - `{ type: 'dmz-explainer:scroll', top }`: the story scrolled itself (keyboard focus, `goTo()`);
 *   the host should scroll the page to match.
 * - `{ type: 'dmz-explainer:event', name, detail }`: a `dmz-ready`, `dmz-chapter-change` or
 *   `dmz-error` event, re-dispatched on the `<iframe>` element as a CustomEvent.
 *
 * host → iframe
 * - `{ type: 'dmz-explainer:viewport', top }`: how far the host page has scrolled into the story.
 *   `settle: true` marks the host's answer to a `scroll` message: positions sent before it are stale.
 */

export const HEIGHT = 'dmz-explainer:height';
export const SCROLL = 'dmz-explainer:scroll';
export const EVENT = 'dmz-explainer:event';
export const VIEWPORT = 'dmz-explainer:viewport';

/** The explainer's events that cross the iframe boundary. */
export const FORWARDED_EVENTS = ['dmz-ready', 'dmz-chapter-change', 'dmz-error'] as const;
export type ForwardedEvent = (typeof FORWARDED_EVENTS)[number];

/** No story is taller than this; a larger number is a bug or an attack, never a size to apply. */
export const MAX_PIXELS = 200_000;

export type FrameMessage =
  | { type: typeof HEIGHT; height: number }
  | { type: typeof SCROLL; top: number }
  | { type: typeof EVENT; name: ForwardedEvent; detail: Record<string, unknown> };

export type HostMessage = { type: typeof VIEWPORT; top: number; settle?: true };

function pixels(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 && value <= MAX_PIXELS ? Math.round(value) : undefined;
}

function record(data: unknown): Record<string, unknown> | undefined {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/** A message from the iframe, or undefined if `data` is anything but a well-formed one. */
export function readFrameMessage(data: unknown): FrameMessage | undefined {
  const m = record(data);
  if (m?.['type'] === HEIGHT) {
    const height = pixels(m['height']);
    return height === undefined ? undefined : { type: HEIGHT, height };
  }
  if (m?.['type'] === SCROLL) {
    const top = pixels(m['top']);
    return top === undefined ? undefined : { type: SCROLL, top };
  }
  if (m?.['type'] === EVENT) {
    const name = m['name'] as ForwardedEvent;
    const detail = record(m['detail']);
    return FORWARDED_EVENTS.includes(name) && detail ? { type: EVENT, name, detail } : undefined;
  }
  return undefined;
}

/** A message from the host page, or undefined if `data` is anything but a well-formed one. */
export function readHostMessage(data: unknown): HostMessage | undefined {
  const m = record(data);
  const top = pixels(m?.['top']);
  if (m?.['type'] !== VIEWPORT || top === undefined) return undefined;
  return m['settle'] === true ? { type: VIEWPORT, top, settle: true } : { type: VIEWPORT, top };
}
