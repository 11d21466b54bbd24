import { describe, expect, it } from 'vitest';
import { buildPointsProgram } from '../../test/factories.ts';
import { expiringWithin } from './expiring-within.ts';

const program = buildPointsProgram({ expiry: { monthsWithoutActivity: 12, noticeDays: 30 } });
const standing = {
  balance: 40,
  lastActivityAt: new Date('2026-01-15T09:00:00Z'),
  clawbackOwed: 0,
};

describe('expiringWithin', () => {
  it('answers the plan when the deadline (2027-01-15 09:00) falls within the window', () => {
    const plan = expiringWithin(program, standing, new Date('2027-01-01T00:00:00Z'), 15);
    expect(plan).toMatchObject({ amount: 40, expiresAt: new Date('2027-01-15T09:00:00Z') });
  });

  it('answers null when the deadline is beyond the window', () => {
    expect(expiringWithin(program, standing, new Date('2027-01-01T00:00:00Z'), 14)).toBeNull();
  });

  it('answers null once the deadline has passed (the nightly job writes it off)', () => {
    expect(expiringWithin(program, standing, new Date('2027-01-15T09:00:00Z'), 30)).toBeNull();
  });

  it('answers null for an empty balance or a program without expiry', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(expiringWithin(program, { ...standing, balance: 0 }, now, 30)).toBeNull();
    expect(expiringWithin(buildPointsProgram(), standing, now, 30)).toBeNull();
  });
});
