// Types for profiles.mjs (the bench runs as plain Node ESM; the unit tests import it from TypeScript).

/** A profile's budgets; null where one does not apply (reported, not judged). */
export interface ProfileBudgets {
  jsExtraKB: number;
  headingVsFcp: number;
  mapIdle: number;
  heap: number;
  transferredKB: number | null;
  ownPerFrameMs: number | null;
}

/** A device profile the bench emulates for both pages. */
export interface BenchProfile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  cpuThrottle: number;
  network: { latencyMs: number; downMbps: number; upMbps: number } | null;
  budgets: ProfileBudgets;
}

export function mbps(megabits: number): number;
export const PROFILES: { desktop: BenchProfile; phone: BenchProfile };
export function profileNames(arg?: string): ('desktop' | 'phone')[];
export function contextOptions(profile: BenchProfile): {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
};
export function cdpCommands(profile: BenchProfile): { method: string; params: Record<string, unknown> }[];
export function describeProfile(profile: BenchProfile): string;
