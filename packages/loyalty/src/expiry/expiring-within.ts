import type { Standing } from '../ledger/standing.ts';
import type { Program } from '../model/program.ts';
import { addDays } from '../time/calendar.ts';
import { type ExpiryPlan, planExpiryFrom } from './plan-expiry.ts';

/**
 * The expiry of a balance that will lapse after `now` and no later than `days` days from now,
 * else null: what a notice "vos points expirent le …" is about. A balance already past its
 * deadline is not "about to" expire — the nightly job writes it off.
 * @example expiringWithin(program, { balance: 40, lastActivityAt: 2026-01-15, clawbackOwed: 0 }, 2027-01-01, 30) // { expiresAt: 2027-01-15, amount: 40, ... }
 */
export function expiringWithin(
  program: Program,
  standing: Standing,
  now: Date,
  days: number,
): ExpiryPlan | null {
  const plan = planExpiryFrom(program, standing);
  if (plan === null) return null;
  const at = plan.expiresAt.getTime();
  return at > now.getTime() && at <= addDays(now, days).getTime() ? plan : null;
}
