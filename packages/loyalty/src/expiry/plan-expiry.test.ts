import { describe, expect, it } from 'vitest';
import { buildEntry, buildPointsProgram } from '../../test/factories.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import { planExpiry } from './plan-expiry.ts';

const program = buildPointsProgram({ expiry: { monthsWithoutActivity: 12, noticeDays: 30 } });
const entry = (kind: LedgerEntry['kind'], delta: number, iso: string): LedgerEntry =>
  buildEntry({ programId: 'points', unit: 'points', kind, delta, at: new Date(iso) });

describe('planExpiry', () => {
  it('lapses 12 months after the last activity, with notice 30 days before', () => {
    const entries = [entry('earn', 40, '2026-01-15T09:00:00Z')];
    expect(planExpiry(program, entries)).toEqual({
      lastActivityAt: new Date('2026-01-15T09:00:00Z'),
      expiresAt: new Date('2027-01-15T09:00:00Z'),
      noticeAt: new Date('2026-12-16T09:00:00Z'),
      amount: 40,
    });
  });

  it('counts earn, redeem and adjust as activity, not refunds', () => {
    const entries = [
      entry('earn', 40, '2026-01-15T09:00:00Z'),
      entry('redeem', -10, '2026-03-01T09:00:00Z'),
      entry('reverse', -5, '2026-08-01T09:00:00Z'),
    ];
    expect(planExpiry(program, entries)?.expiresAt).toEqual(new Date('2027-03-01T09:00:00Z'));
    const adjusted = [...entries, entry('adjust', 1, '2026-04-30T09:00:00Z')];
    expect(planExpiry(program, adjusted)?.expiresAt).toEqual(new Date('2027-04-30T09:00:00Z'));
  });

  it('clamps to the end of a shorter month: 31 March + 11 months → 29 February 2028', () => {
    const short = buildPointsProgram({ expiry: { monthsWithoutActivity: 11, noticeDays: 0 } });
    const entries = [entry('earn', 5, '2027-03-31T09:00:00Z')];
    expect(planExpiry(short, entries)?.expiresAt).toEqual(new Date('2028-02-29T09:00:00Z'));
  });

  it('has nothing to plan without a policy or a balance', () => {
    expect(
      planExpiry(buildPointsProgram(), [entry('earn', 40, '2026-01-15T09:00:00Z')]),
    ).toBeNull();
    const spent = [
      entry('earn', 40, '2026-01-15T09:00:00Z'),
      entry('redeem', -40, '2026-02-01T09:00:00Z'),
    ];
    expect(planExpiry(program, spent)).toBeNull();
  });
});
