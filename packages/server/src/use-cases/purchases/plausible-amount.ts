import { confirmAboveCents, MIN_HISTORY } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { basketPercentile } from '../../repositories/purchases.ts';
import type { MerchantScope } from '../scope.ts';

const HISTORY_DAYS = 365;

/**
 * The counter's plausibility threshold for this shop, from its last year of purchases (the rule:
 * `confirmAboveCents` of the loyalty core, whose floor the counter uses until it has this).
 */
export async function getPlausibleAmount(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  const since = new Date(scope.now.getTime() - HISTORY_DAYS * 86_400_000);
  const history = await withMerchant(scope.db, scope.merchantId, (tx) =>
    basketPercentile(tx, scope.merchantId, since),
  );
  return {
    confirmAboveCents: confirmAboveCents(history),
    basis: history.count >= MIN_HISTORY ? ('history' as const) : ('default' as const),
    purchasesConsidered: history.count,
  };
}
