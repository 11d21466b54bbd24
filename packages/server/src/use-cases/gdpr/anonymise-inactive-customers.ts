import type { Tx } from '../../db/tenant.ts';
import { lockCustomer } from '../../repositories/ledger.ts';
import { inactiveCustomers } from '../../repositories/retention.ts';
import { eraseLockedCustomer } from './erase-customer.ts';
import { anonymiseBefore } from './retention-policy.ts';

const SYSTEM = { type: 'system', id: null } as const;

/** Customers anonymised per run; more wait for the next night (a run stays one short transaction). */
export const RETENTION_BATCH = 500;

/**
 * Anonymises, like an erasure, the customers without activity for 3 years, in the job's
 * transaction (so the erasures commit with the job). Returns how many were anonymised.
 */
export async function anonymiseInactiveCustomers(
  tx: Tx,
  input: { merchantId: string; now: Date },
): Promise<number> {
  const { merchantId, now } = input;
  const due = await inactiveCustomers(tx, merchantId, anonymiseBefore(now), RETENTION_BATCH);
  for (const candidate of due) {
    const customer = await lockCustomer(tx, merchantId, { customerId: candidate.id });
    if (customer) await eraseLockedCustomer(tx, merchantId, customer, SYSTEM, now);
  }
  return due.length;
}
