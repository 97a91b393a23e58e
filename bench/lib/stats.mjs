// The bench's statistics, pure and deterministic: the median of paired ratios, a distribution-free
// confidence interval for it from order statistics, when to stop adding rounds, and the verdict.
//
// Why order statistics and not a bootstrap: the interval depends on the samples alone, with no
// random resampling, so the same rounds always give the same interval and the same verdict; and it
// assumes nothing about the ratios' distribution (on a shared two-core machine it is skewed, with
// a long tail of rounds where other work landed in one page's load).

/** The median of the finite numbers in `xs`, or null when there are none. */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** P(B ≤ k) for B ~ Binomial(n, 1/2), exactly (n up to a few hundred; ratios of doubles stay exact enough). */
export function binomialCdfHalf(n, k) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let term = 2 ** -n; // C(n, 0) / 2^n
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum;
}

/**
 * The ranks (1-based) of the order statistics that bound a confidence interval for the median of
 * `n` samples at `level` (0.9 for 90 %): the widest-inside pair [x(j), x(n+1-j)] whose coverage,
 * 1 − 2·P(B ≤ j−1) with B ~ Binomial(n, 1/2), is at least `level`. Null when n is too small for any
 * pair to reach it (n < 5 at 90 %). Returns `{ lower, upper, coverage }`.
 */
export function medianRanks(n, level = 0.9) {
  const tail = (1 - level) / 2;
  let j = 0;
  // Coverage falls as j rises; the tiny slack absorbs rounding in the sum of binomial terms.
  while (j + 1 <= n - j && binomialCdfHalf(n, j) <= tail + 1e-12) j++;
  if (j === 0) return null;
  return { lower: j, upper: n + 1 - j, coverage: 1 - 2 * binomialCdfHalf(n, j - 1) };
}

/**
 * The median of `xs` with its order-statistic confidence interval at `level`.
 * `{ n, median, lower, upper, coverage, halfWidth }`; lower, upper and halfWidth are null when
 * there are too few samples. `halfWidth` is the larger distance from the median to either bound,
 * so "± halfWidth" always contains the interval, however lopsided it is.
 */
export function medianInterval(xs, level = 0.9) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  const m = median(s);
  const ranks = medianRanks(s.length, level);
  if (!ranks) return { n: s.length, median: m, lower: null, upper: null, coverage: null, halfWidth: null };
  const lower = s[ranks.lower - 1];
  const upper = s[ranks.upper - 1];
  return { n: s.length, median: m, lower, upper, coverage: ranks.coverage, halfWidth: Math.max(m - lower, upper - m) };
}

/**
 * Explainer / baseline for each round in which both pages gave a finite value (and the baseline's
 * is positive), in round order. `rows` are `{ round, kind: 'explainer' | 'baseline', value }`.
 */
export function pairedRatios(rows) {
  const rounds = new Map();
  for (const { round, kind, value } of rows) {
    const pair = rounds.get(round) ?? {};
    pair[kind] = value;
    rounds.set(round, pair);
  }
  return [...rounds.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, p]) => p)
    .filter((p) => Number.isFinite(p.explainer) && Number.isFinite(p.baseline) && p.baseline > 0)
    .map((p) => p.explainer / p.baseline);
}

/**
 * Whether to stop adding rounds: never before `minRounds`; then as soon as every interval's
 * half-width is at most `target`, or `maxRounds` rounds are done, or `elapsedMs` has reached
 * `maxMs`. Returns `{ stop, reason }` with reason 'precise', 'rounds cap', 'time cap' or null.
 */
export function stopRule({ rounds, intervals, elapsedMs = 0 }, { minRounds = 8, maxRounds = 25, target = 0.05, maxMs = Infinity } = {}) {
  if (rounds < minRounds) return { stop: false, reason: null };
  const precise = intervals.length > 0 && intervals.every((i) => i.halfWidth != null && i.halfWidth <= target);
  if (precise) return { stop: true, reason: 'precise' };
  if (rounds >= maxRounds) return { stop: true, reason: 'rounds cap' };
  if (elapsedMs >= maxMs) return { stop: true, reason: 'time cap' };
  return { stop: false, reason: null };
}

/**
 * The verdict on a "ratio ≤ budget" rule: judged on the median; the interval is shown with it and
 * says how sure the verdict is. `{ pass, note }`, note being 'pass', 'FAIL', or with
 * '(interval straddles budget)' when the budget lies inside the interval, so a rerun could flip it.
 */
export function verdict(interval, budget) {
  if (interval.median == null) return { pass: false, note: 'FAIL (no data)' };
  const pass = interval.median <= budget;
  const straddles = interval.lower != null && interval.lower <= budget && budget < interval.upper;
  const word = pass ? 'pass' : 'FAIL';
  return { pass, note: straddles ? `${word} (interval straddles budget)` : word };
}

/** "1.04 × [0.98, 1.09] (90 %, n = 15)" for a ratio's interval. */
export function formatInterval(interval, digits = 2) {
  if (interval.median == null) return 'n/a';
  const m = interval.median.toFixed(digits);
  if (interval.lower == null) return `${m} × (n = ${interval.n}, too few for an interval)`;
  return `${m} × [${interval.lower.toFixed(digits)}, ${interval.upper.toFixed(digits)}] (n = ${interval.n})`;
}
