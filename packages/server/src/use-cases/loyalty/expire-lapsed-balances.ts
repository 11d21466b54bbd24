import { expireDue } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { listExpiryCandidates } from '../../repositories/expiry-candidates.ts';
import { appendEntries } from '../../repositories/ledger.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { listProgramRows } from '../../repositories/programs.ts';
import { loadLockedState } from './loyalty-state.ts';

const SYSTEM = { type: 'system', id: null } as const;
/** A month is at least 28 days: customers inactive this long are worth a closer look. */
const SHORTEST_MONTH_MS = 28 * 86_400_000;

/**
 * Appends the `expire` entries of every balance that has lapsed by `now` in one shop, so that
 * expiry really happens on the day (and shows on the card) rather than at the customer's next
 * visit. Each customer is locked like any balance-changing operation; the entries are dated at
 * the deadline, and a second run finds nothing more to do. Returns how many entries it added.
 */
export async function expireLapsedBalances(
  tx: Tx,
  input: { merchantId: string; now: Date },
): Promise<{ customers: number; entries: number }> {
  const { merchantId, now } = input;
  // Archived programs too: their balances still count, so they still lapse.
  const programs = (await listProgramRows(tx, merchantId, { includeArchived: true })).map(
    programOf,
  );
  const expiring = programs.flatMap((p) =>
    p.expiry
      ? [
          {
            id: p.id,
            inactiveBefore: new Date(
              now.getTime() - p.expiry.monthsWithoutActivity * SHORTEST_MONTH_MS,
            ),
          },
        ]
      : [],
  );
  let customers = 0;
  let entries = 0;
  for (const customerId of await listExpiryCandidates(tx, merchantId, expiring)) {
    const state = await loadLockedState(tx, merchantId, customerId);
    const due = state.programs.flatMap((program) => expireDue(program, state.entries, now));
    if (due.length === 0) continue;
    await appendEntries(tx, { merchantId, customerId, actor: SYSTEM }, due);
    customers += 1;
    entries += due.length;
  }
  return { customers, entries };
}
