import type { EarnOccasion, Program } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';

/**
 * When and in which time zone a purchase happened, for points multipliers on hours and dates.
 * The shop's time zone is read only when an active program has such a multiplier, so the
 * purchase path of every other shop stays as it was.
 */
export async function earnOccasion(
  tx: Tx,
  merchantId: string,
  programs: readonly Program[],
  at: Date,
): Promise<EarnOccasion | undefined> {
  const onTheClock = programs.some(
    (p) => p.kind === 'points' && (p.multipliers ?? []).some((m) => m.when.kind !== 'category'),
  );
  if (!onTheClock) return undefined;
  return { at, timeZone: await merchantTimeZone(tx, merchantId) };
}
