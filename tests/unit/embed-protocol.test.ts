import { describe, expect, it } from 'vitest';
import { EVENT, HEIGHT, MAX_PIXELS, SCROLL, VIEWPORT, readFrameMessage, readHostMessage } from '../../src/embed/protocol';

describe('iframe embed protocol: messages from the iframe', () => {
  it('accepts the documented shapes', () => {
    expect(readFrameMessage({ type: HEIGHT, height: 5120.4 })).toEqual({ type: HEIGHT, height: 5120 });
    expect(readFrameMessage({ type: SCROLL, top: 0 })).toEqual({ type: SCROLL, top: 0 });
    expect(readFrameMessage({ type: EVENT, name: 'dmz-chapter-change', detail: { id: 'intro', index: 0, total: 7 } })).toEqual({
      type: EVENT,
      name: 'dmz-chapter-change',
      detail: { id: 'intro', index: 0, total: 7 },
    });
  });

  it.each([
    ['a string', 'dmz-explainer:height'],
    ['null', null],
    ['an array', [HEIGHT, 100]],
    ['another type', { type: 'iframe-resizer', height: 100 }],
    ['a string height', { type: HEIGHT, height: '100' }],
    ['a negative height', { type: HEIGHT, height: -1 }],
    ['NaN', { type: HEIGHT, height: Number.NaN }],
    ['Infinity', { type: HEIGHT, height: Number.POSITIVE_INFINITY }],
    ['an absurd height', { type: HEIGHT, height: MAX_PIXELS + 1 }],
    ['no height', { type: HEIGHT }],
    ['a scroll without top', { type: SCROLL, height: 3 }],
    ['an event not ours', { type: EVENT, name: 'click', detail: {} }],
    ['an event without detail', { type: EVENT, name: 'dmz-ready' }],
    ['an event with a string detail', { type: EVENT, name: 'dmz-error', detail: 'boom' }],
    ['a host message', { type: VIEWPORT, top: 3 }],
  ])('refuses %s', (_label, data) => {
    expect(readFrameMessage(data)).toBeUndefined();
  });
});

describe('iframe embed protocol: messages from the host page', () => {
  it('accepts a viewport offset, and its settling answer', () => {
    expect(readHostMessage({ type: VIEWPORT, top: 812 })).toEqual({ type: VIEWPORT, top: 812 });
    expect(readHostMessage({ type: VIEWPORT, top: 812, settle: true })).toEqual({ type: VIEWPORT, top: 812, settle: true });
    expect(readHostMessage({ type: VIEWPORT, top: 812, settle: 'yes' })).toEqual({ type: VIEWPORT, top: 812 });
  });

  it.each([
    ['no top', { type: VIEWPORT }],
    ['a string top', { type: VIEWPORT, top: '8' }],
    ['a negative top', { type: VIEWPORT, top: -8 }],
    ['a frame message', { type: HEIGHT, height: 100 }],
    ['undefined', undefined],
  ])('refuses %s', (_label, data) => {
    expect(readHostMessage(data)).toBeUndefined();
  });
});
