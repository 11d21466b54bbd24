import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export async function insertRedemption(
  tx: Tx,
  r: {
    merchantId: string;
    id: string;
    customerId: string;
    programId: string;
    rewardId: string;
    voucherId: string;
    cost: number;
    unit: 'stamps' | 'points';
    actor: Actor;
  },
) {
  await tx
    .insertInto('redemptions')
    .values({
      merchant_id: r.merchantId,
      id: r.id,
      customer_id: r.customerId,
      program_id: r.programId,
      reward_id: r.rewardId,
      voucher_id: r.voucherId,
      cost: r.cost,
      unit: r.unit,
      actor_type: r.actor.type,
      actor_id: r.actor.id,
    })
    .execute();
}
