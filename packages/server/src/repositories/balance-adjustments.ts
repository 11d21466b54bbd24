import type { AdjustmentReasonCode } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type NewAdjustment = {
  merchantId: string;
  id: string;
  customerId: string;
  programId: string;
  delta: number;
  reasonCode: AdjustmentReasonCode;
  /** Free text: kept here, where an erasure can redact it, and never in the ledger. */
  reason: string | null;
  actor: Actor;
  at: Date;
};

export async function insertAdjustment(tx: Tx, a: NewAdjustment): Promise<void> {
  await tx
    .insertInto('balance_adjustments')
    .values({
      merchant_id: a.merchantId,
      id: a.id,
      customer_id: a.customerId,
      program_id: a.programId,
      delta: a.delta,
      reason_code: a.reasonCode,
      reason: a.reason,
      actor_type: a.actor.type,
      actor_id: a.actor.id,
      actor_role: a.actor.role ?? null,
      occurred_at: a.at,
    })
    .execute();
}

/** Who adjusted and why, for the adjustments named by `ids`, with the person's or key's name. */
export function findAdjustments(tx: Tx, merchantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('balance_adjustments')
    .leftJoin('users', (join) =>
      join
        .on((eb) => eb(sql`users.id::text`, '=', eb.ref('balance_adjustments.actor_id')))
        .on('balance_adjustments.actor_type', '=', 'user'),
    )
    .leftJoin('api_keys', (join) =>
      join
        .onRef('api_keys.merchant_id', '=', 'balance_adjustments.merchant_id')
        .on((eb) => eb(sql`api_keys.id::text`, '=', eb.ref('balance_adjustments.actor_id')))
        .on('balance_adjustments.actor_type', '=', 'api_key'),
    )
    .select([
      'balance_adjustments.id',
      'balance_adjustments.reason_code',
      'balance_adjustments.reason',
      'balance_adjustments.actor_role',
      'users.display_name as user_name',
      'users.email as user_email',
      'api_keys.name as key_name',
    ])
    .where('balance_adjustments.merchant_id', '=', merchantId)
    .where('balance_adjustments.id', 'in', ids)
    .execute();
}
