import type { BonusSettings, Program } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';
import { saveBonusSettings } from '../repositories/bonuses.ts';

/**
 * The demo shop's bonuses, so that a newcomer sees them at work: a pastry for each member's
 * birthday (valid a week either side; the daily job grants it to the demo's customers born
 * around today), and a referral worth two stamps to the referrer and one to the friend. Every
 * demo customer already has a referral code to share from their card.
 */
export async function seedDemoBonuses(tx: Tx, merchantId: string, program: Program, at: Date) {
  if (program.kind !== 'stamps') return;
  const settings: BonusSettings = {
    welcome: null,
    birthday: { programId: program.id, rewardId: program.rewardId, windowDays: 7 },
    referral: { programId: program.id, referrerAmount: 2, refereeAmount: 1 },
  };
  await saveBonusSettings(tx, merchantId, settings, at);
}
