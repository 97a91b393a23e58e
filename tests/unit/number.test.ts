import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/i18n/number';
import { ARRIVALS } from '../../src/story/data';

describe('groupDigits', () => {
  it('groups like en-US toLocaleString for the figures the story uses', () => {
    for (const n of [0, 7, 42, 999, 1000, 1418, 12_345, 123_456, 1_234_567, -2706, 2.5, 1234.75]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
    }
    for (const a of ARRIVALS) expect(groupDigits(a.arrivals)).toBe(a.arrivals.toLocaleString('en-US'));
  });

  it('leaves non-finite values readable', () => {
    expect(groupDigits(Number.NaN)).toBe('NaN');
    expect(groupDigits(Infinity)).toBe('Infinity');
  });
});
