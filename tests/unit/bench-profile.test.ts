import { describe, expect, it } from 'vitest';
import { PROFILES, cdpCommands, contextOptions, describeProfile, mbps, profileNames } from '../../bench/lib/profiles.mjs';

describe('bench profiles', () => {
  it('runs both profiles by default, or the one named', () => {
    expect(profileNames()).toEqual(['desktop', 'phone']);
    expect(profileNames('all')).toEqual(['desktop', 'phone']);
    expect(profileNames('phone')).toEqual(['phone']);
    expect(() => profileNames('tablet')).toThrow(/unknown --profile tablet/);
  });

  it('emulates a 390×844 phone at device scale 3 with touch', () => {
    expect(contextOptions(PROFILES.phone)).toEqual({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    expect(contextOptions(PROFILES.desktop)).toEqual({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      isMobile: false,
      hasTouch: false,
    });
  });

  it('throttles the phone 4× and to slow 4G in the DevTools protocol’s units (bytes per second)', () => {
    // 1.6 Mbit/s = 1 600 000 bit/s / 8 = 200 000 B/s; 750 kbit/s = 750 000 / 8 = 93 750 B/s.
    expect(mbps(1.6)).toBe(200_000);
    expect(cdpCommands(PROFILES.phone)).toEqual([
      { method: 'Emulation.setCPUThrottlingRate', params: { rate: 4 } },
      {
        method: 'Network.emulateNetworkConditions',
        params: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
      },
    ]);
    expect(cdpCommands(PROFILES.desktop)).toEqual([]);
  });

  it('holds the phone to the issue’s budgets', () => {
    expect(PROFILES.phone.budgets).toEqual({ jsExtraKB: 40, headingVsFcp: 0.5, mapIdle: 1.1, heap: 1.25, transferredKB: 650, ownPerFrameMs: null });
    expect(PROFILES.desktop.budgets.ownPerFrameMs).toBe(1);
    expect(PROFILES.desktop.budgets.mapIdle).toBe(1.1);
    expect(PROFILES.desktop.budgets.transferredKB).toBeNull();
  });

  it('says what it emulates', () => {
    expect(describeProfile(PROFILES.phone)).toBe(
      'viewport 390×844 at device scale 3 (mobile, touch), CPU throttled 4×, network 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up',
    );
  });
});
