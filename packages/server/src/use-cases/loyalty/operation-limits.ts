import { earnedByPurchase, type Program, type Purchase } from '@habitue/loyalty';
import { AppError } from '../../errors/app-error.ts';

/**
 * The most full cards one operation may complete. Real counters complete one card at a time;
 * a typo (a quantity of 10,000, a manual +1,000,000) must not mint thousands of vouchers in a
 * single request.
 */
export const MAX_CARDS_PER_OPERATION = 20;

function tooMany(stamps: number, program: Program & { kind: 'stamps' }): AppError {
  return new AppError(
    'invalid_amount',
    `At most ${MAX_CARDS_PER_OPERATION * program.stampsPerCard} stamps can be given at once on this card (asked: ${stamps})`,
    {
      limit: MAX_CARDS_PER_OPERATION * program.stampsPerCard,
    },
  );
}

/** Refuses a purchase that would earn more than MAX_CARDS_PER_OPERATION cards on a stamp card. */
export function assertPurchaseWithinLimits(programs: readonly Program[], purchase: Purchase) {
  for (const program of programs) {
    if (program.kind !== 'stamps') continue;
    const earned = earnedByPurchase(program, purchase);
    if (earned.ok && earned.value > MAX_CARDS_PER_OPERATION * program.stampsPerCard)
      throw tooMany(earned.value, program);
  }
}
