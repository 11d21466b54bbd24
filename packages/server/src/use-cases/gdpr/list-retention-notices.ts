import { withMerchant } from '../../db/tenant.ts';
import { inactiveCustomers } from '../../repositories/retention.ts';
import type { MerchantScope } from '../scope.ts';
import { anonymisedOn, noticeBefore } from './retention-policy.ts';

/** Enough for a screen; the count says when there are more. */
const SHOWN = 500;

/**
 * The customers the retention job will anonymise within a month (3 years without activity),
 * for the owner to see first: a purchase or a redemption before the date keeps them.
 */
export function listRetentionNotices(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const rows = await inactiveCustomers(tx, merchantId, noticeBefore(now), SHOWN + 1);
    return {
      items: rows.slice(0, SHOWN).map((r) => ({
        id: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        lastActivityAt: r.last_activity.toISOString(),
        anonymisedOn: anonymisedOn(r.last_activity).toISOString(),
      })),
      more: rows.length > SHOWN,
    };
  });
}
