// The bench's device profiles: what each emulates and which budgets apply to it. Pure data and
// functions; measure.mjs applies them to each visit of BOTH pages, so the ratios compare like with like.

/** Megabits per second to the bytes per second Network.emulateNetworkConditions takes. */
export const mbps = (megabits) => (megabits * 1_000_000) / 8;

/**
 * desktop: a laptop-sized window on an unthrottled connection (the bench as it was).
 * phone: a 390×844 phone at device scale 3 (an iPhone 12–15 sized screen), its CPU slowed 4× and
 * a slow 4G connection (DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up).
 */
export const PROFILES = {
  desktop: {
    name: 'desktop',
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
    cpuThrottle: 1,
    network: null,
    budgets: { jsExtraKB: 40, headingVsFcp: 1.0, mapIdle: 1.1, heap: 1.25, transferredKB: null, ownPerFrameMs: 1 },
  },
  phone: {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    cpuThrottle: 4,
    network: { latencyMs: 150, downMbps: 1.6, upMbps: 0.75 },
    // The phone budgets; the desktop's "< 1 ms of our code per frame" is reported, not
    // judged: a 4× slower CPU makes it about 4× longer, and the phone's limit is the long tasks.
    budgets: { jsExtraKB: 40, headingVsFcp: 0.5, mapIdle: 1.1, heap: 1.25, transferredKB: 650, ownPerFrameMs: null },
  },
};

/** The profiles `--profile` names, in run order: 'desktop', 'phone' or 'all'. */
export function profileNames(arg = 'all') {
  if (arg === 'all') return ['desktop', 'phone'];
  if (arg in PROFILES) return [arg];
  throw new Error(`unknown --profile ${arg}: use ${Object.keys(PROFILES).join(', ')} or all`);
}

/** Playwright browser.newContext() options for a profile. */
export function contextOptions(profile) {
  return {
    viewport: { ...profile.viewport },
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
  };
}

/**
 * The DevTools protocol commands that throttle a page for a profile, in order, as
 * `{ method, params }`; none for an unthrottled profile. Sent after Network.enable, before the
 * navigation.
 */
export function cdpCommands(profile) {
  const out = [];
  if (profile.cpuThrottle > 1) out.push({ method: 'Emulation.setCPUThrottlingRate', params: { rate: profile.cpuThrottle } });
  if (profile.network) {
    out.push({
      method: 'Network.emulateNetworkConditions',
      params: {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: mbps(profile.network.downMbps),
        uploadThroughput: mbps(profile.network.upMbps),
      },
    });
  }
  return out;
}

/** One line saying what a profile emulates, for the report. */
export function describeProfile(profile) {
  const v = `viewport ${profile.viewport.width}×${profile.viewport.height} at device scale ${profile.deviceScaleFactor}`;
  const cpu = profile.cpuThrottle > 1 ? `, CPU throttled ${profile.cpuThrottle}×` : '';
  const net = profile.network
    ? `, network ${profile.network.latencyMs} ms round trip, ${profile.network.downMbps} Mbit/s down, ${profile.network.upMbps * 1000} kbit/s up`
    : ', unthrottled network';
  return `${v}${profile.isMobile ? ' (mobile, touch)' : ''}${cpu}${net}`;
}
