import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export function insertPointsConversion(
  tx: Tx,
  c: {
    merchantId: string;
    id: string;
    customerId: string;
    programId: string;
    points: number;
    amountCents: number;
    actor: Actor;
    at: Date;
  },
) {
  return tx
    .insertInto('points_conversions')
    .values({
      merchant_id: c.merchantId,
      id: c.id,
      customer_id: c.customerId,
      program_id: c.programId,
      points: c.points,
      amount_cents: c.amountCents,
      actor_type: c.actor.type,
      actor_id: c.actor.id,
      created_at: c.at,
    })
    .execute();
}

/** A conversion with money still to take off, oldest first. */
export type OpenConversion = { id: string; points: number; leftCents: number };

/**
 * The customer's conversions not yet used up by purchases. Reads only their conversions (an
 * index on the customer), never the ledger.
 */
export async function openPointsConversions(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<OpenConversion[]> {
  const rows = await tx
    .selectFrom('points_conversions as c')
    .select([
      'c.id',
      'c.points',
      sql<number>`c.amount_cents - coalesce((select sum(u.amount_cents) from points_conversion_uses u
        where u.merchant_id = c.merchant_id and u.conversion_id = c.id), 0)`.as('left_cents'),
    ])
    .where('c.merchant_id', '=', merchantId)
    .where('c.customer_id', '=', customerId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows
    .map((r) => ({ id: r.id, points: r.points, leftCents: Number(r.left_cents) }))
    .filter((r) => r.leftCents > 0);
}

export async function insertPointsConversionUses(
  tx: Tx,
  merchantId: string,
  purchaseId: string,
  uses: readonly { conversionId: string; amountCents: number }[],
  at: Date,
) {
  if (uses.length === 0) return;
  await tx
    .insertInto('points_conversion_uses')
    .values(
      uses.map((u) => ({
        merchant_id: merchantId,
        conversion_id: u.conversionId,
        purchase_id: purchaseId,
        amount_cents: u.amountCents,
        used_at: at,
      })),
    )
    .execute();
}

/**
 * The points each program's conversions gave to a purchase's money off: for each use, the
 * conversion's points in proportion to the cents used, rounded down (never a point more than
 * was converted).
 */
export async function pointsUsedByPurchase(tx: Tx, merchantId: string, purchaseId: string) {
  const { rows } = await sql<{ program_id: string; points: number }>`
    select c.program_id,
           sum(floor(c.points::numeric * u.amount_cents / c.amount_cents))::int as points
      from points_conversion_uses u
      join points_conversions c on c.merchant_id = u.merchant_id and c.id = u.conversion_id
     where u.merchant_id = ${merchantId} and u.purchase_id = ${purchaseId}
     group by c.program_id`.execute(tx);
  return rows.map((r) => ({ programId: r.program_id, points: Number(r.points) }));
}
