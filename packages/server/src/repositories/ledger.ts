import type { LedgerEntry, VoucherEvent, VoucherGrant } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';
import { causeRef, entryOf, voucherEventOf, voucherOf } from './loyalty-rows.ts';

/**
 * Locks one customer's loyalty state for the rest of the transaction. Every operation that
 * reads a balance to decide what to append takes this lock first, so two concurrent
 * redemptions cannot both spend the same points.
 */
export function lockCustomer(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
) {
  const [column, value] = ref.customerId
    ? (['id', ref.customerId] as const)
    : (['card_token', ref.cardToken] as const);
  if (!value) return Promise.resolve(undefined);
  return tx
    .selectFrom('customers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where(column, '=', value)
    .forUpdate()
    .executeTakeFirst();
}

/** Everything the loyalty rules need about one customer: entries, vouchers, voucher events. */
export async function loadCustomerLedger(tx: Tx, merchantId: string, customerId: string) {
  const [entries, vouchers, events] = await Promise.all([
    tx
      .selectFrom('ledger_entries')
      .selectAll()
      .where('merchant_id', '=', merchantId)
      .where('customer_id', '=', customerId)
      .orderBy('id')
      .execute(),
    tx
      .selectFrom('vouchers')
      .selectAll()
      .where('merchant_id', '=', merchantId)
      .where('customer_id', '=', customerId)
      .orderBy('issued_at')
      .execute(),
    tx
      .selectFrom('voucher_events')
      .innerJoin('vouchers', (j) =>
        j
          .onRef('vouchers.merchant_id', '=', 'voucher_events.merchant_id')
          .onRef('vouchers.id', '=', 'voucher_events.voucher_id'),
      )
      .selectAll('voucher_events')
      .where('voucher_events.merchant_id', '=', merchantId)
      .where('vouchers.customer_id', '=', customerId)
      .execute(),
  ]);
  return {
    entries: entries.map(entryOf),
    vouchers: vouchers.map(voucherOf),
    voucherEvents: events.map(voucherEventOf),
  };
}

export type LedgerContext = { merchantId: string; customerId: string; actor: Actor };

/** The stored row of a ledger entry the rules produced. */
export function ledgerRow(ctx: LedgerContext, e: LedgerEntry) {
  return {
    merchant_id: ctx.merchantId,
    id: uuidv7(),
    customer_id: ctx.customerId,
    program_id: e.programId,
    program_version: e.programVersion,
    kind: e.kind,
    unit: e.unit,
    delta: e.delta,
    cause_type: e.cause.type,
    cause_ref: causeRef(e.cause),
    cause: JSON.stringify(e.cause),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    occurred_at: e.at,
  };
}

export async function appendEntries(tx: Tx, ctx: LedgerContext, entries: readonly LedgerEntry[]) {
  if (entries.length === 0) return [];
  return tx
    .insertInto('ledger_entries')
    .values(entries.map((e) => ledgerRow(ctx, e)))
    .returning(['id'])
    .execute();
}

/** Stores the vouchers the rules granted, each with the code drawn for it. */
export async function insertVouchers(
  tx: Tx,
  ctx: LedgerContext,
  grants: readonly (VoucherGrant & { code: string })[],
) {
  if (grants.length === 0) return;
  await tx
    .insertInto('vouchers')
    .values(
      grants.map((v) => ({
        merchant_id: ctx.merchantId,
        id: v.id,
        customer_id: ctx.customerId,
        program_id: v.programId,
        reward_id: v.rewardId,
        code: v.code,
        cost: v.cost,
        unit: v.unit,
        source: JSON.stringify(v.source),
        issued_at: v.issuedAt,
        expires_at: v.expiresAt,
      })),
    )
    .execute();
}

/** The primary key (merchant, voucher) makes a second "used" for one voucher fail: usable once. */
export async function appendVoucherEvents(
  tx: Tx,
  merchantId: string,
  events: readonly VoucherEvent[],
) {
  if (events.length === 0) return;
  await tx
    .insertInto('voucher_events')
    .values(
      events.map((e) => ({
        merchant_id: merchantId,
        voucher_id: e.voucherId,
        kind: e.kind,
        at: e.at,
        redemption_id: e.kind === 'used' ? e.redemptionId : null,
        refund_id: e.kind === 'voided' ? e.refundId : null,
      })),
    )
    .execute();
}

export function findVoucherByCode(tx: Tx, merchantId: string, code: string) {
  return tx
    .selectFrom('vouchers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function ledgerPage(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { limit: number; before?: string },
) {
  let q = tx
    .selectFrom('ledger_entries')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before) q = q.where('id', '<', options.before);
  return q.execute();
}
