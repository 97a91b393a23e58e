// Waits for the machine to go quiet before a visit. Closing a visit's browser context leaves work
// behind for a moment (the GPU process freeing the page's surfaces, MapLibre's workers ending),
// and on two cores that work would land in the next visit's load, whichever page it is.
import { readFileSync } from 'node:fs';

/** Total and idle jiffies across all CPUs, from /proc/stat (Linux); null elsewhere. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3] + fields[4], total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/**
 * Resolves once the CPUs have been under `busy` (a fraction) for `windows` windows of `windowMs`
 * in a row, or after `maxMs` regardless. Returns how long it waited, in ms.
 */
export async function untilQuiet({ busy = 0.12, windows = 2, windowMs = 250, maxMs = 3000 } = {}) {
  const t0 = Date.now();
  if (!cpuTimes()) return 0;
  let calm = 0;
  while (calm < windows && Date.now() - t0 < maxMs) {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, windowMs));
    const b = cpuTimes();
    const used = 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
    calm = used < busy ? calm + 1 : 0;
  }
  return Date.now() - t0;
}
