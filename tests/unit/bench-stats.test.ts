import { describe, expect, it } from 'vitest';
import {
  binomialCdfHalf,
  formatInterval,
  median,
  medianInterval,
  medianRanks,
  pairedRatios,
  stopRule,
  verdict,
} from '../../bench/lib/stats.mjs';

// Expected values are worked out by hand from binomial coefficients (comments), not by the module.

describe('binomialCdfHalf', () => {
  it('sums C(n, i) / 2^n for i ≤ k', () => {
    expect(binomialCdfHalf(7, 0)).toBe(1 / 128);
    // C(7,0) + C(7,1) = 1 + 7 = 8
    expect(binomialCdfHalf(7, 1)).toBe(8 / 128);
    // 1 + 10 + 45 = 56
    expect(binomialCdfHalf(10, 2)).toBe(56 / 1024);
    // 1 + 15 + 105 + 455 = 576; + 1365 = 1941
    expect(binomialCdfHalf(15, 3)).toBeCloseTo(576 / 32768, 15);
    expect(binomialCdfHalf(15, 4)).toBeCloseTo(1941 / 32768, 15);
    expect(binomialCdfHalf(9, -1)).toBe(0);
    expect(binomialCdfHalf(9, 9)).toBe(1);
  });
});

describe('medianRanks (90 %)', () => {
  it('has no interval below five samples: P(B ≤ 0) = 1/16 > 0.05 for n = 4', () => {
    expect(medianRanks(1)).toBeNull();
    expect(medianRanks(4)).toBeNull();
  });

  it('picks the innermost order statistics that still cover 90 %', () => {
    // n = 5: P(B ≤ 0) = 1/32 ≤ 0.05, P(B ≤ 1) = 6/32 > 0.05: x(1)..x(5), coverage 1 − 2/32.
    expect(medianRanks(5)).toEqual({ lower: 1, upper: 5, coverage: 1 - 2 / 32 });
    // n = 7: P(B ≤ 1) = 8/128 = 0.0625 > 0.05: still the extremes, coverage 1 − 2/128.
    expect(medianRanks(7)).toEqual({ lower: 1, upper: 7, coverage: 1 - 2 / 128 });
    // n = 10: P(B ≤ 1) = 11/1024 ≤ 0.05, P(B ≤ 2) = 56/1024 > 0.05: x(2)..x(9).
    expect(medianRanks(10)).toEqual({ lower: 2, upper: 9, coverage: 1 - 22 / 1024 });
    // n = 15: P(B ≤ 3) = 576/32768 ≤ 0.05, P(B ≤ 4) = 1941/32768 > 0.05: x(4)..x(12).
    const r15 = medianRanks(15);
    expect([r15?.lower, r15?.upper]).toEqual([4, 12]);
    expect(r15?.coverage).toBeCloseTo(1 - 1152 / 32768, 12);
    // n = 20: cumulative 1, 21, 211, 1351, 6196, 21700 (k = 5), 60460 (k = 6) over 2^20: x(6)..x(15).
    const r20 = medianRanks(20);
    expect([r20?.lower, r20?.upper]).toEqual([6, 15]);
    expect(r20?.coverage).toBeCloseTo(1 - 43400 / 1048576, 12);
    // n = 25: P(B ≤ 7) = 726206/2^25 = 0.0216, P(B ≤ 8) = 1807781/2^25 = 0.0539: x(8)..x(18).
    const r25 = medianRanks(25);
    expect([r25?.lower, r25?.upper]).toEqual([8, 18]);
    expect(r25?.coverage).toBeCloseTo(1 - 1452412 / 33554432, 12);
  });
});

describe('medianInterval', () => {
  it('on the seven rounds the README once printed: the extremes bound it', () => {
    // Sorted: 0.94 0.99 1.02 [1.04] 1.08 1.10 1.31.
    const i = medianInterval([1.1, 1.31, 0.99, 0.94, 1.04, 1.08, 1.02]);
    expect(i.n).toBe(7);
    expect(i.median).toBe(1.04);
    expect(i.lower).toBe(0.94);
    expect(i.upper).toBe(1.31);
    // max(1.04 − 0.94, 1.31 − 1.04) = 0.27
    expect(i.halfWidth).toBeCloseTo(0.27, 12);
  });

  it('on fifteen evenly spaced ratios, shuffled: x(4) and x(12) around x(8)', () => {
    const xs = [1.07, 1.0, 1.14, 1.03, 1.11, 1.05, 1.09, 1.01, 1.13, 1.02, 1.06, 1.12, 1.04, 1.1, 1.08];
    const i = medianInterval(xs);
    expect(i.median).toBe(1.07);
    expect(i.lower).toBe(1.03);
    expect(i.upper).toBe(1.11);
    expect(i.halfWidth).toBeCloseTo(0.04, 12);
  });

  it('on an even count: the median is the mean of the middle two', () => {
    const i = medianInterval([1.09, 1.0, 1.08, 1.01, 1.07, 1.02, 1.06, 1.03, 1.05, 1.04]);
    expect(i.median).toBeCloseTo(1.045, 12);
    expect([i.lower, i.upper]).toEqual([1.01, 1.08]);
    expect(i.halfWidth).toBeCloseTo(0.035, 12);
  });

  it('ignores missing rounds and gives no interval for too few', () => {
    const i = medianInterval([1.2, null, Number.NaN, 1.0, undefined, 1.1]);
    expect(i).toEqual({ n: 3, median: 1.1, lower: null, upper: null, coverage: null, halfWidth: null });
    expect(median([])).toBeNull();
  });
});

describe('pairedRatios', () => {
  it('divides each round’s explainer by the same round’s baseline, in round order', () => {
    const ratios = pairedRatios([
      { round: 2, kind: 'baseline', value: 2000 },
      { round: 1, kind: 'explainer', value: 2200 },
      { round: 1, kind: 'baseline', value: 2000 },
      { round: 2, kind: 'explainer', value: 2100 },
      // Round 3 lost its baseline visit, round 4 has a zero: neither counts.
      { round: 3, kind: 'explainer', value: 1900 },
      { round: 4, kind: 'explainer', value: 1900 },
      { round: 4, kind: 'baseline', value: 0 },
    ]);
    expect(ratios).toEqual([1.1, 1.05]);
  });
});

describe('stopRule', () => {
  const opts = { minRounds: 8, maxRounds: 25, target: 0.05, maxMs: 600_000 };
  it('never stops before the minimum, even when precise', () => {
    expect(stopRule({ rounds: 7, intervals: [{ halfWidth: 0.01 }] }, opts)).toEqual({ stop: false, reason: null });
  });
  it('stops when every interval is within ±0.05 of its median', () => {
    expect(stopRule({ rounds: 8, intervals: [{ halfWidth: 0.05 }, { halfWidth: 0.02 }] }, opts)).toEqual({ stop: true, reason: 'precise' });
    expect(stopRule({ rounds: 8, intervals: [{ halfWidth: 0.051 }, { halfWidth: 0.02 }] }, opts).stop).toBe(false);
    expect(stopRule({ rounds: 8, intervals: [{ halfWidth: null }] }, opts).stop).toBe(false);
  });
  it('stops at the rounds cap or the time cap otherwise', () => {
    expect(stopRule({ rounds: 25, intervals: [{ halfWidth: 0.2 }] }, opts)).toEqual({ stop: true, reason: 'rounds cap' });
    expect(stopRule({ rounds: 12, intervals: [{ halfWidth: 0.2 }], elapsedMs: 600_000 }, opts)).toEqual({ stop: true, reason: 'time cap' });
    expect(stopRule({ rounds: 12, intervals: [{ halfWidth: 0.2 }], elapsedMs: 599_999 }, opts).stop).toBe(false);
  });
});

describe('verdict', () => {
  it('judges on the median and says when the interval straddles the budget', () => {
    expect(verdict({ median: 1.04, lower: 1.01, upper: 1.08 }, 1.1)).toEqual({ pass: true, note: 'pass' });
    expect(verdict({ median: 1.04, lower: 0.94, upper: 1.31 }, 1.1)).toEqual({ pass: true, note: 'pass (interval straddles budget)' });
    expect(verdict({ median: 1.17, lower: 1.12, upper: 1.25 }, 1.1)).toEqual({ pass: false, note: 'FAIL' });
    expect(verdict({ median: 1.12, lower: 1.05, upper: 1.2 }, 1.1)).toEqual({ pass: false, note: 'FAIL (interval straddles budget)' });
    expect(verdict({ median: 1.0, lower: null, upper: null }, 1.1)).toEqual({ pass: true, note: 'pass' });
    expect(verdict({ median: null, lower: null, upper: null }, 1.1).pass).toBe(false);
  });

  it('formats the interval beside the median', () => {
    expect(formatInterval(medianInterval([1.1, 1.31, 0.99, 0.94, 1.04, 1.08, 1.02]))).toBe('1.04 × [0.94, 1.31] (n = 7)');
    expect(formatInterval(medianInterval([1.2, 1.0]))).toBe('1.10 × (n = 2, too few for an interval)');
  });
});
