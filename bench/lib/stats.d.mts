// Types for stats.mjs (the bench runs as plain Node ESM; the unit tests import it from TypeScript).

/** A median with its order-statistic confidence interval. */
export interface MedianInterval {
  n: number;
  median: number | null;
  lower: number | null;
  upper: number | null;
  coverage: number | null;
  halfWidth: number | null;
}

/** One page's value in one round. */
export interface RoundValue {
  round: number;
  kind: 'explainer' | 'baseline';
  value: number | null | undefined;
}

export function median(xs: readonly (number | null | undefined)[]): number | null;
export function binomialCdfHalf(n: number, k: number): number;
export function medianRanks(n: number, level?: number): { lower: number; upper: number; coverage: number } | null;
export function medianInterval(xs: readonly (number | null | undefined)[], level?: number): MedianInterval;
export function pairedRatios(rows: readonly RoundValue[]): number[];
export function stopRule(
  state: { rounds: number; intervals: readonly Pick<MedianInterval, 'halfWidth'>[]; elapsedMs?: number },
  options?: { minRounds?: number; maxRounds?: number; target?: number; maxMs?: number },
): { stop: boolean; reason: 'precise' | 'rounds cap' | 'time cap' | null };
export function verdict(interval: Pick<MedianInterval, 'median' | 'lower' | 'upper'>, budget: number): { pass: boolean; note: string };
export function formatInterval(interval: MedianInterval, digits?: number): string;
