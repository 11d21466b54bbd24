import { expiringWithin } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { listHeldBalances } from '../../repositories/expiring-balances.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { listProgramRows } from '../../repositories/programs.ts';

export type ExpiringBalance = {
  customerId: string;
  programId: string;
  /** Points or stamps that lapse at `expiresAt` unless the customer comes back. */
  amount: number;
  expiresAt: Date;
};

/**
 * Balances of one shop that will lapse for inactivity within `withinDays` days of `now`,
 * soonest first: the list a notice "N points expirent le …" is sent to. Already-lapsed
 * balances are absent (the nightly job writes them off).
 * @example listExpiringBalances(tx, { merchantId, now, withinDays: 30 })
 */
export async function listExpiringBalances(
  tx: Tx,
  input: { merchantId: string; now: Date; withinDays: number },
): Promise<ExpiringBalance[]> {
  const { merchantId, now, withinDays } = input;
  const programs = (await listProgramRows(tx, merchantId, { includeArchived: true }))
    .map(programOf)
    .filter((p) => p.expiry !== undefined);
  const byId = new Map(programs.map((p) => [p.id, p]));
  const held = await listHeldBalances(tx, merchantId, [...byId.keys()]);
  const expiring: ExpiringBalance[] = [];
  for (const { customerId, programId, standing } of held) {
    const program = byId.get(programId);
    const plan = program && expiringWithin(program, standing, now, withinDays);
    if (plan)
      expiring.push({ customerId, programId, amount: plan.amount, expiresAt: plan.expiresAt });
  }
  return expiring.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
}
