import type { Occasion } from './occasion.ts';
import { birthday } from './occasions/birthday.ts';
import { clubRenewal } from './occasions/club-renewal.ts';
import { maintenanceReminder } from './occasions/maintenance-reminder.ts';
import { pointsExpiring } from './occasions/points-expiring.ts';
import { rewardReady } from './occasions/reward-ready.ts';
import { thankYou } from './occasions/thank-you.ts';
import { tierReached } from './occasions/tier-reached.ts';
import { weMissYou } from './occasions/we-miss-you.ts';
import { welcome } from './occasions/welcome.ts';

/**
 * Every automation a shop can switch on, in the order the app shows them. An occasion is one
 * file in `occasions/` and one line here.
 */
export const OCCASIONS: readonly Occasion<unknown>[] = [
  welcome,
  thankYou,
  birthday,
  rewardReady,
  pointsExpiring,
  tierReached,
  weMissYou,
  maintenanceReminder,
  clubRenewal,
];

/** The occasion with this id, or undefined. */
export function findOccasion(id: string): Occasion<unknown> | undefined {
  return OCCASIONS.find((o) => o.id === id);
}
