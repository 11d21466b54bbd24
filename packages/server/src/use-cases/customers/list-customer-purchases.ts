import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import {
  earnedBy,
  findPurchaseTime,
  listCustomerPurchases as listPurchases,
  refundsOf,
} from '../../repositories/purchase-history.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * A customer's purchase history, most recent first, each purchase with its refunds, what is
 * left of it and what it earned. `before` is the `nextCursor` of the previous page.
 */
export function listCustomerPurchases(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  page: { limit: number; before?: string },
) {
  const { db, merchantId } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    if (!(await findCustomer(tx, merchantId, customerId))) throw notFound('Customer');
    let before: { occurredAt: Date; id: string } | undefined;
    if (page.before) {
      const anchor = await findPurchaseTime(tx, merchantId, customerId, page.before);
      if (!anchor) {
        throw new AppError('validation_failed', 'Unknown cursor', {
          fields: [
            { field: 'before', message: 'not a purchase of this customer', code: 'invalid' },
          ],
        });
      }
      before = { occurredAt: anchor.occurred_at, id: page.before };
    }
    const rows = await listPurchases(tx, merchantId, customerId, {
      limit: page.limit + 1,
      ...(before ? { before } : {}),
    });
    const purchases = rows.slice(0, page.limit);
    const ids = purchases.map((p) => p.id);
    const refunds = await refundsOf(tx, merchantId, ids);
    const earned = await earnedBy(tx, merchantId, ids);
    const items = purchases.map((p) => {
      const own = refunds.filter((r) => r.purchase_id === p.id);
      const refundedCents = own.reduce((sum, r) => sum + r.amount_cents, 0);
      return {
        id: p.id,
        amountCents: p.amount_cents,
        refundedCents,
        remainingCents: p.amount_cents - refundedCents,
        occurredAt: p.occurred_at.toISOString(),
        externalId: p.external_id,
        locationId: p.location_id,
        earned: earned
          .filter((e) => e.purchase_id === p.id)
          .map((e) => ({ programId: e.program_id, amount: e.amount, unit: e.unit })),
        refunds: own.map((r) => ({
          id: r.id,
          amountCents: r.amount_cents,
          reason: r.reason,
          refundedAt: r.created_at.toISOString(),
        })),
      };
    });
    return {
      items,
      nextCursor: rows.length > page.limit ? (purchases.at(-1)?.id ?? null) : null,
    };
  });
}
