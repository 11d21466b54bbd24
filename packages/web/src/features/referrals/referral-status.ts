/** Where a referral's bonus stands, from the dates the API gives. */
export type ReferralStatus =
  | { kind: 'pending' }
  | { kind: 'rewarded'; on: string }
  | { kind: 'takenBack'; on: string };

/**
 * A refund that took the bonus back wins over the reward it undid; no reward yet is pending.
 * @example referralStatus({ rewardedAt: '2026-12-01T10:00:00Z', takenBackAt: null })
 * // { kind: 'rewarded', on: '2026-12-01T10:00:00Z' }
 */
export function referralStatus(r: {
  rewardedAt: string | null;
  takenBackAt: string | null;
}): ReferralStatus {
  if (r.takenBackAt) return { kind: 'takenBack', on: r.takenBackAt };
  if (r.rewardedAt) return { kind: 'rewarded', on: r.rewardedAt };
  return { kind: 'pending' };
}
