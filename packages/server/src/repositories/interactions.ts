import { sql } from 'kysely';
import type { DisputeStatus, InteractionKind } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type NewInteraction = {
  merchantId: string;
  id: string;
  customerId: string;
  kind: InteractionKind;
  occurredAt: Date;
  author: Actor;
  minutesSpent: number;
  outcome: string | null;
  concededCents: number;
  disputeStatus: DisputeStatus | null;
  latePayment: { amountCents: number; days: number } | null;
  at: Date;
};

export function insertInteraction(tx: Tx, n: NewInteraction) {
  return tx
    .insertInto('interactions')
    .values({
      merchant_id: n.merchantId,
      id: n.id,
      customer_id: n.customerId,
      kind: n.kind,
      occurred_at: n.occurredAt,
      author_type: n.author.type,
      author_id: n.author.id,
      minutes_spent: n.minutesSpent,
      outcome: n.outcome,
      conceded_cents: n.concededCents,
      dispute_status: n.disputeStatus,
      late_amount_cents: n.latePayment?.amountCents ?? null,
      late_days: n.latePayment?.days ?? null,
      created_at: n.at,
      updated_at: n.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The fields a person may correct later: how it ended, what was conceded, a dispute's status. */
export type InteractionChanges = {
  outcome?: string | null;
  minutesSpent?: number;
  concededCents?: number;
  disputeStatus?: DisputeStatus;
};

export function updateInteraction(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: InteractionChanges,
  at: Date,
) {
  return tx
    .updateTable('interactions')
    .set({
      updated_at: at,
      ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
      ...(changes.minutesSpent !== undefined ? { minutes_spent: changes.minutesSpent } : {}),
      ...(changes.concededCents !== undefined ? { conceded_cents: changes.concededCents } : {}),
      ...(changes.disputeStatus !== undefined ? { dispute_status: changes.disputeStatus } : {}),
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One interaction of one customer, locked for a change; undefined when it is not theirs. */
export function findInteractionForUpdate(
  tx: Tx,
  merchantId: string,
  customerId: string,
  id: string,
) {
  return tx
    .selectFrom('interactions')
    .select(['id', 'kind'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A customer's interactions, most recent first, with the name of who recorded each. */
export function listInteractions(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { limit: number; ids?: readonly string[] },
) {
  return tx
    .selectFrom('interactions')
    .leftJoin('users', (join) =>
      join
        .on((eb) => eb(sql`users.id::text`, '=', eb.ref('interactions.author_id')))
        .on('interactions.author_type', '=', 'user'),
    )
    .selectAll('interactions')
    .select(['users.display_name as author_name', 'users.email as author_email'])
    .where('interactions.merchant_id', '=', merchantId)
    .where('interactions.customer_id', '=', customerId)
    .$if(options.ids !== undefined, (q) => q.where('interactions.id', 'in', options.ids!))
    .orderBy('interactions.occurred_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(options.limit)
    .execute();
}

/** One interaction with its author's name, as the lists show it. */
export async function findInteraction(tx: Tx, merchantId: string, customerId: string, id: string) {
  const [row] = await listInteractions(tx, merchantId, customerId, { limit: 1, ids: [id] });
  return row;
}

export type InteractionTotals = {
  count: number;
  minutes: number;
  concededCents: number;
  /** Σ amount × days late: what late payments lent the customer, in cent-days. */
  lateCentDays: number;
  openDisputes: number;
};

/** What serving one customer took, summed over all their interactions. */
export async function interactionTotals(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<InteractionTotals> {
  const row = await tx
    .selectFrom('interactions')
    .select([
      sql<number>`count(*)::int8`.as('count'),
      sql<number>`coalesce(sum(minutes_spent), 0)::int8`.as('minutes'),
      sql<number>`coalesce(sum(conceded_cents), 0)::int8`.as('concededCents'),
      sql<number>`coalesce(sum(late_amount_cents * late_days), 0)::int8`.as('lateCentDays'),
      sql<number>`count(*) filter (where dispute_status = 'open')::int8`.as('openDisputes'),
    ])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  return row;
}

export type ServingCostSettings = {
  hourlyCostCents: number | null;
  financingRateBp: number | null;
};

export async function findServingCostSettings(
  tx: Tx,
  merchantId: string,
): Promise<ServingCostSettings> {
  const row = await tx
    .selectFrom('merchants')
    .select(['hourly_cost_cents', 'financing_rate_bp'])
    .where('id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return { hourlyCostCents: row.hourly_cost_cents, financingRateBp: row.financing_rate_bp };
}

export async function saveServingCostSettings(
  tx: Tx,
  merchantId: string,
  settings: ServingCostSettings,
) {
  await tx
    .updateTable('merchants')
    .set({
      hourly_cost_cents: settings.hourlyCostCents,
      financing_rate_bp: settings.financingRateBp,
    })
    .where('id', '=', merchantId)
    .execute();
}

/** What a customer spent, net of refunds, since their first purchase (the base of their margin). */
export async function customerNetSpendCents(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<number> {
  const { rows } = await sql<{ net: number }>`
    select (coalesce((select sum(amount_cents) from purchases
                       where merchant_id = ${merchantId} and customer_id = ${customerId}), 0)
          - coalesce((select sum(r.amount_cents) from refunds r
                        join purchases p on p.merchant_id = r.merchant_id and p.id = r.purchase_id
                       where r.merchant_id = ${merchantId} and p.customer_id = ${customerId}), 0)
           )::int8 as net`.execute(tx);
  return rows[0]?.net ?? 0;
}
