import type { Tx } from '../../db/tenant.ts';
import { findCustomerCause, setCustomerCause } from '../../repositories/causes.ts';

/**
 * On merging a duplicate: the cause it chose follows to the survivor when the survivor chose
 * none (the survivor's own choice wins, as with contact details). What either gave stays where
 * it was written and is read as the survivor's (`customersMergedWith`), so a cause's totals,
 * counted by cause, still count each share once.
 */
export async function carryCauseChoice(
  tx: Tx,
  merchantId: string,
  survivorId: string,
  duplicateId: string,
  at: Date,
) {
  if (await findCustomerCause(tx, merchantId, survivorId)) return;
  const chosen = await findCustomerCause(tx, merchantId, duplicateId);
  if (chosen) await setCustomerCause(tx, merchantId, survivorId, chosen, at);
}
