import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type CustomerInteractionCosts = {
  customer_id: string;
  minutes: number;
  conceded_cents: number;
  late_cent_days: number;
  /** The same, for complaints, disputes and late payments since `since` only. */
  conflict_minutes: number;
  conflict_conceded_cents: number;
  conflict_late_cent_days: number;
};

/** Per customer with any interaction: what serving them took, all time and in conflicts lately. */
export async function interactionCostsByCustomer(
  tx: Tx,
  merchantId: string,
  since: Date,
): Promise<CustomerInteractionCosts[]> {
  const conflict = sql`kind in ('complaint', 'dispute', 'late_payment') and occurred_at >= ${since}`;
  const { rows } = await sql<CustomerInteractionCosts>`
    select customer_id,
           sum(minutes_spent)::int8 as minutes,
           sum(conceded_cents)::int8 as conceded_cents,
           coalesce(sum(late_amount_cents * late_days), 0)::int8 as late_cent_days,
           coalesce(sum(minutes_spent) filter (where ${conflict}), 0)::int8 as conflict_minutes,
           coalesce(sum(conceded_cents) filter (where ${conflict}), 0)::int8 as conflict_conceded_cents,
           coalesce(sum(late_amount_cents * late_days) filter (where ${conflict}), 0)::int8
             as conflict_late_cent_days
      from interactions
     where merchant_id = ${merchantId}
     group by customer_id`.execute(tx);
  return rows;
}

/** The weights the owner gave the priority list, or null (the defaults). */
export async function findPriorityWeights(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('merchants')
    .select('priority_weights')
    .where('id', '=', merchantId)
    .executeTakeFirst();
  return row?.priority_weights ?? null;
}

export function savePriorityWeights(
  tx: Tx,
  merchantId: string,
  weights: Record<string, number> | null,
) {
  return tx
    .updateTable('merchants')
    .set({ priority_weights: weights === null ? null : JSON.stringify(weights) })
    .where('id', '=', merchantId)
    .executeTakeFirst();
}
