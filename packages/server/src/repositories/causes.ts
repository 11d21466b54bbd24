import type { CauseShareRule } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';
import { customersMergedWith } from './merged-customers.ts';

export function listCauseRows(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('causes')
    .select(['id', 'name', 'description', 'active', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A cause of the shop; `forUpdate` locks it until the transaction ends. */
export function findCause(
  tx: Tx,
  merchantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const q = tx
    .selectFrom('causes')
    .select(['id', 'name', 'description', 'active'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id);
  return (options.forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export async function insertCause(
  tx: Tx,
  row: { merchantId: string; id: string; name: string; description: string | null; at: Date },
) {
  await tx
    .insertInto('causes')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      name: row.name,
      description: row.description,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function updateCause(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: { name?: string; description?: string | null; active?: boolean },
  at: Date,
) {
  const result = await tx
    .updateTable('causes')
    .set({ ...changes, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findCauseSettings(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('cause_settings')
    .select(['rule', 'default_cause_id', 'customers_choose'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return causeSettingsOf(row ?? null);
}

/** The cause settings from their row (`findCauseSettings`, or joined to the customer lock). */
export function causeSettingsOf(
  row: { rule: unknown; default_cause_id: string; customers_choose: boolean } | null,
) {
  return row
    ? {
        rule: row.rule as CauseShareRule,
        defaultCauseId: row.default_cause_id,
        customersChoose: row.customers_choose,
      }
    : undefined;
}

export async function saveCauseSettings(
  tx: Tx,
  merchantId: string,
  settings: { rule: CauseShareRule; defaultCauseId: string; customersChoose: boolean },
  at: Date,
) {
  const values = {
    rule: JSON.stringify(settings.rule),
    default_cause_id: settings.defaultCauseId,
    customers_choose: settings.customersChoose,
    updated_at: at,
  };
  await tx
    .insertInto('cause_settings')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet(values))
    .execute();
}

export async function setCustomerCause(
  tx: Tx,
  merchantId: string,
  customerId: string,
  causeId: string,
  at: Date,
) {
  await tx
    .insertInto('customer_causes')
    .values({ merchant_id: merchantId, customer_id: customerId, cause_id: causeId, chosen_at: at })
    .onConflict((oc) =>
      oc.columns(['merchant_id', 'customer_id']).doUpdateSet({ cause_id: causeId, chosen_at: at }),
    )
    .execute();
}

export async function findCustomerCause(tx: Tx, merchantId: string, customerId: string) {
  const row = await tx
    .selectFrom('customer_causes')
    .select('cause_id')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row?.cause_id;
}

/** Appends a purchase's share (positive) or a refund's take-back (negative, with `refundId`). */
export async function appendCauseShare(
  tx: Tx,
  row: {
    merchantId: string;
    id: string;
    causeId: string;
    customerId: string;
    purchaseId: string;
    refundId: string | null;
    amountCents: number;
    at: Date;
  },
) {
  await tx
    .insertInto('cause_shares')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      cause_id: row.causeId,
      customer_id: row.customerId,
      purchase_id: row.purchaseId,
      refund_id: row.refundId,
      amount_cents: row.amountCents,
      occurred_at: row.at,
      created_at: row.at,
    })
    .execute();
}

/** A purchase's share and what refunds already took back of it; undefined when it gave nothing. */
export async function findPurchaseShare(tx: Tx, merchantId: string, purchaseId: string) {
  const rows = await tx
    .selectFrom('cause_shares')
    .select(['cause_id', 'refund_id', 'amount_cents'])
    .where('merchant_id', '=', merchantId)
    .where('purchase_id', '=', purchaseId)
    .execute();
  const given = rows.find((r) => r.refund_id === null);
  if (!given) return undefined;
  return {
    causeId: given.cause_id,
    shareCents: given.amount_cents,
    takenBackCents: -rows
      .filter((r) => r.refund_id !== null)
      .reduce((s, r) => s + r.amount_cents, 0),
  };
}

/**
 * What one customer's purchases gave, per cause, net of refunds, with those of the duplicates
 * merged into them (their purchases, and the refunds of those, are the survivor's now).
 */
export function customerGiven(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('cause_shares')
    .innerJoin('causes', (j) =>
      j
        .onRef('causes.merchant_id', '=', 'cause_shares.merchant_id')
        .onRef('causes.id', '=', 'cause_shares.cause_id'),
    )
    .select([
      'causes.id',
      'causes.name',
      sql<number>`sum(cause_shares.amount_cents)::int8`.as('given'),
    ])
    .where('cause_shares.merchant_id', '=', merchantId)
    .where('cause_shares.customer_id', 'in', customersMergedWith(tx, merchantId, [customerId]))
    .groupBy(['causes.id', 'causes.name'])
    .execute();
}

/**
 * Per cause, for the shop-local days [fromDay, toDay]: shares given and taken back, payments
 * made (by payment date), and the balance owed at the end of `toDay` (everything given up to
 * then less everything paid up to then).
 */
export async function causeTotals(
  tx: Tx,
  merchantId: string,
  period: { timeZone: string; fromDay: string; toDay: string },
) {
  const { timeZone, fromDay, toDay } = period;
  const day = sql`(s.occurred_at at time zone ${timeZone})::date`;
  const result = await sql<{
    cause_id: string;
    given: number;
    taken_back: number;
    paid: number;
    owed: number;
  }>`
    select c.id as cause_id,
      coalesce((select sum(amount_cents) from cause_shares s
        where s.merchant_id = c.merchant_id and s.cause_id = c.id and s.amount_cents > 0
          and ${day} between ${fromDay}::date and ${toDay}::date), 0)::int8 as given,
      coalesce((select -sum(amount_cents) from cause_shares s
        where s.merchant_id = c.merchant_id and s.cause_id = c.id and s.amount_cents < 0
          and ${day} between ${fromDay}::date and ${toDay}::date), 0)::int8 as taken_back,
      coalesce((select sum(amount_cents) from cause_payments p
        where p.merchant_id = c.merchant_id and p.cause_id = c.id
          and p.paid_on between ${fromDay}::date and ${toDay}::date), 0)::int8 as paid,
      (coalesce((select sum(amount_cents) from cause_shares s
        where s.merchant_id = c.merchant_id and s.cause_id = c.id and ${day} <= ${toDay}::date), 0)
       - coalesce((select sum(amount_cents) from cause_payments p
        where p.merchant_id = c.merchant_id and p.cause_id = c.id and p.paid_on <= ${toDay}::date), 0))::int8 as owed
    from causes c where c.merchant_id = ${merchantId}
    order by c.created_at, c.id`.execute(tx);
  return result.rows;
}

/** All that a cause was given (net of refunds) and paid, to this day: what is owed now. */
export async function causeOwed(tx: Tx, merchantId: string, causeId: string) {
  const result = await sql<{ given: number; paid: number }>`
    select
      coalesce((select sum(amount_cents) from cause_shares where merchant_id = ${merchantId} and cause_id = ${causeId}), 0)::int8 as given,
      coalesce((select sum(amount_cents) from cause_payments where merchant_id = ${merchantId} and cause_id = ${causeId}), 0)::int8 as paid`.execute(
    tx,
  );
  const row = result.rows[0]!;
  return row.given - row.paid;
}

export async function appendCausePayment(
  tx: Tx,
  row: {
    merchantId: string;
    id: string;
    causeId: string;
    amountCents: number;
    paidOn: string;
    reference: string | null;
    actor: Actor;
    at: Date;
  },
) {
  await tx
    .insertInto('cause_payments')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      cause_id: row.causeId,
      amount_cents: row.amountCents,
      paid_on: row.paidOn,
      reference: row.reference,
      actor_type: row.actor.type,
      actor_id: row.actor.id,
      created_at: row.at,
    })
    .execute();
}

export function listCausePayments(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('cause_payments')
    .select(['id', 'cause_id', 'amount_cents', 'paid_on', 'reference', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('paid_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The shares of the shop-local days [fromDay, toDay], one row per month and cause, for the donation file. */
export async function causeMonths(
  tx: Tx,
  merchantId: string,
  period: { timeZone: string; fromDay: string; toDay: string },
) {
  const { timeZone, fromDay, toDay } = period;
  const result = await sql<{ month: string; cause_id: string; given: number; taken_back: number }>`
    select to_char(s.occurred_at at time zone ${timeZone}, 'YYYY-MM') as month, s.cause_id,
      coalesce(sum(s.amount_cents) filter (where s.amount_cents > 0), 0)::int8 as given,
      coalesce(-sum(s.amount_cents) filter (where s.amount_cents < 0), 0)::int8 as taken_back
    from cause_shares s
    where s.merchant_id = ${merchantId}
      and (s.occurred_at at time zone ${timeZone})::date between ${fromDay}::date and ${toDay}::date
    group by 1, 2 order by 1, 2`.execute(tx);
  return result.rows;
}

/** One customer's shares and take-backs (merged duplicates' included), oldest first, with the cause's name. */
export function customerCauseShares(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('cause_shares as s')
    .innerJoin('causes as c', (j) =>
      j.onRef('c.merchant_id', '=', 's.merchant_id').onRef('c.id', '=', 's.cause_id'),
    )
    .select(['s.purchase_id', 's.refund_id', 'c.name', 's.amount_cents', 's.occurred_at'])
    .where('s.merchant_id', '=', merchantId)
    .where('s.customer_id', 'in', customersMergedWith(tx, merchantId, [customerId]))
    .orderBy('s.occurred_at')
    .execute();
}
