import type { ClubEvent, ClubSettings } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';
import { customersMergedWith } from './merged-customers.ts';

/** The shop's club, or undefined when it has none. */
export async function findClubSettings(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('club_settings')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  if (!row) return undefined;
  const settings: ClubSettings = {
    name: row.name,
    period: row.period,
    feeCents: row.fee_cents,
    discountPercent: row.discount_percent,
    perks: row.perks,
    graceDays: row.grace_days,
    reminderDays: row.reminder_days,
  };
  return { settings, active: row.active, updatedAt: row.updated_at };
}

/** Creates or replaces the club's settings; `active: false` closes it to new fees. */
export async function saveClubSettings(
  tx: Tx,
  merchantId: string,
  settings: ClubSettings & { active: boolean },
  at: Date,
) {
  const values = {
    name: settings.name,
    period: settings.period,
    fee_cents: settings.feeCents,
    discount_percent: settings.discountPercent,
    perks: JSON.stringify(settings.perks),
    grace_days: settings.graceDays,
    reminder_days: settings.reminderDays,
    active: settings.active,
    updated_at: at,
  };
  await tx
    .insertInto('club_settings')
    .values({ merchant_id: merchantId, ...values, created_at: at })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet(values))
    .execute();
}

export type ClubPaymentMethod = 'cash' | 'card' | 'other';

/** Appends a fee paid or a cancellation. Rows are never changed afterwards. */
export async function appendClubEvent(
  tx: Tx,
  row: {
    merchantId: string;
    id: string;
    customerId: string;
    at: Date;
    actor: Actor;
    payment?: { period: 'monthly' | 'yearly'; amountCents: number; method: ClubPaymentMethod };
  },
) {
  await tx
    .insertInto('club_events')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      customer_id: row.customerId,
      kind: row.payment ? 'payment' : 'cancellation',
      occurred_at: row.at,
      period: row.payment?.period ?? null,
      amount_cents: row.payment?.amountCents ?? null,
      method: row.payment?.method ?? null,
      actor_type: row.actor.type,
      actor_id: row.actor.id,
      created_at: row.at,
    })
    .execute();
}

export type ClubEventRow = {
  id: string;
  customerId: string;
  event: ClubEvent;
  amountCents: number | null;
  method: ClubPaymentMethod | null;
};

/**
 * Club events of some customers (all of the shop's when `customerIds` is undefined), oldest
 * first. A merged duplicate's fees and cancellations are its survivor's (`customerId` says so):
 * they are one person, who keeps every period paid under either record.
 */
export async function loadClubEvents(
  tx: Tx,
  merchantId: string,
  customerIds?: readonly string[],
): Promise<ClubEventRow[]> {
  if (customerIds && customerIds.length === 0) return [];
  let q = tx
    .selectFrom('club_events as e')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.merchant_id', '=', 'e.merchant_id').onRef('c.id', '=', 'e.customer_id'),
    )
    .select([
      'e.id',
      (eb) => eb.fn.coalesce('c.merged_into', 'e.customer_id').as('customer_id'),
      'e.kind',
      'e.occurred_at',
      'e.period',
      'e.amount_cents',
      'e.method',
    ])
    .where('e.merchant_id', '=', merchantId)
    .orderBy('e.occurred_at')
    .orderBy('e.id');
  if (customerIds) {
    q = q.where('e.customer_id', 'in', customersMergedWith(tx, merchantId, customerIds));
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    event:
      r.kind === 'payment'
        ? { kind: 'payment', at: r.occurred_at, period: r.period ?? 'monthly' }
        : { kind: 'cancellation', at: r.occurred_at },
    amountCents: r.amount_cents,
    method: r.method,
  }));
}

/** Names of customers, for lists. */
export function customerNames(tx: Tx, merchantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('customers')
    .select(['id', 'first_name', 'last_name', 'email', 'phone'])
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', ids)
    .execute();
}
