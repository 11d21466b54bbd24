import { birthday } from './birthday.ts';
import { detractor } from './detractor.ts';
import type { FollowUpReason } from './follow-up-reason.ts';
import { goingQuiet } from './going-quiet.ts';
import { latePayment } from './late-payment.ts';
import { longStanding } from './long-standing.ts';
import { manual } from './manual.ts';

/**
 * Every reason to call or visit. A new one (a late B2B payment…) is a file in this folder and a
 * line here, and its wording in the web app's follow-up messages.
 */
export const FOLLOW_UP_REASONS = [
  detractor,
  goingQuiet,
  longStanding,
  birthday,
  latePayment,
  manual,
] as const satisfies readonly FollowUpReason[];

export const FOLLOW_UP_REASON_IDS = FOLLOW_UP_REASONS.map((r) => r.id) as [string, ...string[]];

export function reasonById(id: string): FollowUpReason | undefined {
  return FOLLOW_UP_REASONS.find((r) => r.id === id);
}
