import { newCardToken } from '../../auth/tokens.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { replaceCardToken } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/** A lost or leaked card link: issue a new one; the old link stops working at once. */
export function rotateCardToken(scope: MerchantScope, id: string) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const row = await replaceCardToken(tx, merchantId, id, newCardToken(), now);
    if (!row) throw notFound('Customer');
    await appendAudit(tx, merchantId, actor, now, {
      action: 'customer.card_rotated',
      subjectType: 'customer',
      subjectId: id,
    });
    return row;
  });
}
