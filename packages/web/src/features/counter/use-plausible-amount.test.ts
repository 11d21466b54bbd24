import { DEFAULT_CONFIRM_ABOVE_CENTS } from '@habitue/loyalty';
import { describe, expect, it } from 'vitest';
import { needsConfirmation, plausibleThreshold } from './use-plausible-amount.ts';

describe('the counter’s check of an unusual amount', () => {
  it('asks about 1 250 € on a device that has no threshold yet (first use, request on its way)', () => {
    const threshold = plausibleThreshold(undefined, undefined);
    expect(threshold).toBe(DEFAULT_CONFIRM_ABOVE_CENTS);
    expect(needsConfirmation(125_000, threshold, null)).toBe(true);
    expect(needsConfirmation(1_250, threshold, null)).toBe(false);
  });

  it('uses the server’s answer, else the one kept on the device', () => {
    expect(plausibleThreshold(42_100, 30_000)).toBe(42_100);
    expect(plausibleThreshold(undefined, 30_000)).toBe(30_000);
    expect(needsConfirmation(40_000, plausibleThreshold(42_100, undefined), null)).toBe(false);
  });

  it('asks once: the amount confirmed is recorded', () => {
    expect(needsConfirmation(125_000, 25_000, 125_000)).toBe(false);
    expect(needsConfirmation(125_100, 25_000, 125_000)).toBe(true);
  });
});
