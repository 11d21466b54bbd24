import { refundPurchase as refundRule } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import { RECENT_PURCHASE_HOURS } from '../../auth/permissions.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendEntries, appendVoucherEvents } from '../../repositories/ledger.ts';
import { findPurchase, insertRefund, refundedCents } from '../../repositories/purchases.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import { cardView } from '../cards/card-view.ts';
import { takeBackCauseShare } from '../causes/take-back-cause-share.ts';
import { loadLockedState } from '../loyalty/loyalty-state.ts';
import { unwrap } from '../loyalty/rejection.ts';
import { takeBackReferralOnRefund } from '../referrals/take-back-referral.ts';
import type { MerchantScope } from '../scope.ts';
import { reviewTierAfterRefund } from '../tiers/review-customer-tier.ts';
import { returnDiscountsOnRefund } from './return-discounts-on-refund.ts';

/** A cashier refunds today's mistakes at the counter; older purchases are for a manager. */
function assertRecent(occurredAt: Date, now: Date) {
  if (now.getTime() - occurredAt.getTime() > RECENT_PURCHASE_HOURS * 3_600_000) {
    throw new AppError(
      'refund_window_closed',
      `Your role may refund purchases of the last ${RECENT_PURCHASE_HOURS} hours only; ask a manager`,
      { windowHours: RECENT_PURCHASE_HOURS },
    );
  }
}

/**
 * Refunds all or part of a purchase and takes back, in every program, what it earned —
 * proportionally for a partial refund. Nothing is taken below zero: unused vouchers the
 * purchase paid for are voided first, and what was already spent is recorded as owed
 * (docs/loyalty-rules.md, "Refunds").
 */
export async function refundPurchase(
  tx: Tx,
  scope: MerchantScope,
  input: { purchaseId: string; amountCents?: number; reason?: string | null },
) {
  const { merchantId, actor, now } = scope;
  const purchase = await findPurchase(tx, merchantId, input.purchaseId);
  if (!purchase) throw notFound('Purchase');
  if (scope.restriction === 'recent_purchases') assertRecent(purchase.occurred_at, now);
  const state = await loadLockedState(tx, merchantId, purchase.customer_id);
  const remaining = purchase.amount_cents - (await refundedCents(tx, merchantId, purchase.id));
  if (remaining <= 0)
    throw new AppError('already_refunded', 'This purchase has already been fully refunded');
  const amount = input.amountCents ?? remaining;
  if (amount > remaining) {
    throw new AppError(
      'refund_exceeds_purchase',
      `At most ${remaining} cents can still be refunded`,
      { remainingCents: remaining },
    );
  }
  const refundId = uuidv7();
  await insertRefund(tx, {
    merchantId,
    id: refundId,
    purchaseId: purchase.id,
    amountCents: amount,
    reason: input.reason ?? null,
    actor,
    at: now,
  });
  await takeBackCauseShare(tx, scope, {
    refundId,
    purchaseId: purchase.id,
    customerId: purchase.customer_id,
    purchaseCents: purchase.amount_cents,
    refundedBeforeCents: purchase.amount_cents - remaining,
    refundCents: amount,
  });
  const touched = [
    ...new Set(
      state.entries
        .filter((e) => e.cause.type === 'purchase' && e.cause.purchaseId === purchase.id)
        .map((e) => e.programId),
    ),
  ];
  const reversed: { programId: string; amount: number; shortfall: number }[] = [];
  const entries = [];
  const events = [];
  for (const programId of touched) {
    const outcome = unwrap(
      refundRule({
        program: state.programs.find((p) => p.id === programId)!,
        purchaseId: purchase.id,
        refundId,
        refundCents: amount,
        entries: state.entries,
        vouchers: state.vouchers,
        voucherEvents: state.voucherEvents,
        now,
      }),
    );
    entries.push(...outcome.entries);
    events.push(...outcome.voucherEvents);
    reversed.push({ programId, amount: outcome.reversed, shortfall: outcome.shortfall });
  }
  entries.push(
    ...(await returnDiscountsOnRefund(tx, scope, {
      purchaseId: purchase.id,
      refundId,
      paidCents: purchase.amount_cents,
      refundedBeforeCents: purchase.amount_cents - remaining,
      refundCents: amount,
      programs: state.programs,
      entries: state.entries,
    })),
  );
  await appendEntries(tx, { merchantId, customerId: purchase.customer_id, actor }, entries);
  await appendVoucherEvents(tx, merchantId, events);
  const remainingCents = remaining - amount;
  const referral = await takeBackReferralOnRefund(tx, scope, {
    purchaseId: purchase.id,
    refundId,
    remainingCents,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'purchase.refunded',
    subjectType: 'purchase',
    subjectId: purchase.id,
    details: { amountCents: amount, refundId },
  });
  await emitEvent(tx, scope, 'purchase.refunded', {
    refundId,
    purchaseId: purchase.id,
    customerId: purchase.customer_id,
    amountCents: amount,
    remainingCents: remaining - amount,
    reason: input.reason ?? null,
  });
  await reviewTierAfterRefund(tx, scope, purchase.customer_id);
  const after = {
    ...state,
    entries: [...state.entries, ...entries, ...referral],
    voucherEvents: [...state.voucherEvents, ...events],
  };
  return {
    refundId,
    purchaseId: purchase.id,
    customerId: purchase.customer_id,
    amountCents: amount,
    remainingCents: remaining - amount,
    reversed,
    voidedVouchers: events.map(
      (e) => state.vouchers.find((v) => v.id === e.voucherId)?.code ?? e.voucherId,
    ),
    card: cardView(after, now),
  };
}
