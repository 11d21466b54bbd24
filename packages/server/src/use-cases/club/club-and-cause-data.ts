import type { Tx } from '../../db/tenant.ts';
import { customerCauseShares } from '../../repositories/causes.ts';
import { loadClubEvents } from '../../repositories/club.ts';

/**
 * What the club and the cause hold about one customer, for their access request (GDPR art. 15):
 * the fees paid and cancellations, and each purchase's share given to a cause (and taken back).
 */
export async function clubAndCauseData(tx: Tx, merchantId: string, customerId: string) {
  const [events, shares] = await Promise.all([
    loadClubEvents(tx, merchantId, [customerId]),
    customerCauseShares(tx, merchantId, customerId),
  ]);
  return {
    clubEvents: events.map((e) => ({
      id: e.id,
      kind: e.event.kind,
      occurredAt: e.event.at.toISOString(),
      amountCents: e.amountCents,
      method: e.method,
    })),
    causeShares: shares.map((s) => ({
      purchaseId: s.purchase_id,
      refundId: s.refund_id,
      cause: s.name,
      amountCents: s.amount_cents,
      occurredAt: s.occurred_at.toISOString(),
    })),
  };
}
