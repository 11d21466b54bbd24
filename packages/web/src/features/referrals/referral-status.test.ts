import { describe, expect, it } from 'vitest';
import { referralStatus } from './referral-status.ts';

describe('referralStatus', () => {
  it('is pending, then rewarded, then taken back by a refund', () => {
    expect(referralStatus({ rewardedAt: null, takenBackAt: null })).toEqual({ kind: 'pending' });
    expect(referralStatus({ rewardedAt: '2026-12-01T10:00:00Z', takenBackAt: null })).toEqual({
      kind: 'rewarded',
      on: '2026-12-01T10:00:00Z',
    });
    expect(
      referralStatus({ rewardedAt: '2026-12-01T10:00:00Z', takenBackAt: '2026-12-03T09:00:00Z' }),
    ).toEqual({ kind: 'takenBack', on: '2026-12-03T09:00:00Z' });
  });
});
