import { birthdayOccasion, birthdaysAround, unitOf } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { instantOf } from '../../jobs/zoned-time.ts';
import {
  birthdayVoucherId,
  findBonusSettings,
  insertBirthdayVouchers,
  listMembersBornOn,
} from '../../repositories/bonuses.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { listProgramRows, listRewards } from '../../repositories/programs.ts';
import { withCodes } from '../loyalty/loyalty-state.ts';
import type { MerchantScope } from '../scope.ts';

const PAGE = 500;

/**
 * The daily birthday run for one shop and one shop-local day (`today`, YYYY-MM-DD, taken from
 * the job's occasion, not the clock, so a run caught up after downtime handles its own day):
 * every member whose birthday window (`windowDays` either side) contains that day gets a
 * voucher for the shop's gift, valid until the end of the window. The voucher's id is
 * `birthday:<customer>:<year of the birthday>` and the insert skips ids that exist, so the gift
 * is once a year per customer whatever runs the job, how often and on which days
 * (`birthdayOccasion`'s property tests).
 */
export async function grantBirthdayVouchers(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  today: string,
): Promise<{ granted: number }> {
  const { birthday } = await findBonusSettings(tx, scope.merchantId);
  if (!birthday) return { granted: 0 };
  const [programs, rewards, merchant] = await Promise.all([
    listProgramRows(tx, scope.merchantId, { includeArchived: false }),
    listRewards(tx, scope.merchantId, { includeArchived: false, programId: birthday.programId }),
    findMerchantById(tx, scope.merchantId),
  ]);
  const program = programs.find((p) => p.id === birthday.programId);
  const reward = rewards.find((r) => r.id === birthday.rewardId);
  if (!program || !reward || !merchant) return { granted: 0 };
  const unit = unitOf(programOf(program));
  let granted = 0;
  let after: string | null = null;
  for (;;) {
    const days = birthdaysAround(today, birthday.windowDays);
    const page = await listMembersBornOn(tx, scope.merchantId, days, after, PAGE);
    if (page.length === 0) break;
    const grants = page.flatMap((customer) => {
      const occasion = birthdayOccasion(
        { day: customer.birth_day as number, month: customer.birth_month as number },
        today,
        birthday.windowDays,
      );
      if (!occasion) return [];
      return [
        {
          id: birthdayVoucherId(customer.id, occasion.year),
          customerId: customer.id,
          programId: program.id,
          rewardId: reward.id,
          // A gift: it costs the customer nothing, so a refund has nothing to give back.
          cost: 0,
          unit,
          issuedAt: scope.now,
          expiresAt: endOfDay(occasion.validUntil, merchant.time_zone),
          source: { type: 'birthday' as const, year: occasion.year, date: occasion.date },
        },
      ];
    });
    const codes = withCodes(grants);
    granted += (await insertBirthdayVouchers(tx, scope.merchantId, codes)).length;
    after = page.at(-1)?.id ?? null;
  }
  return { granted };
}

/** The instant a shop-local day ends (the next day's midnight, DST included). */
function endOfDay(date: string, timeZone: string): Date {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return instantOf(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: 0,
      minute: 0,
    },
    timeZone,
  );
}
