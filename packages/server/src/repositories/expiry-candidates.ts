import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import { entryActivityAt } from './ledger-activity.ts';

/**
 * Customers who may hold a lapsed balance in one of `programs`: a positive balance and no
 * activity (`entryActivityAt`) since `inactiveBefore`. A coarse filter on purpose — the
 * loyalty rules (`expireDue`) decide the exact deadline for each customer it returns. Oldest
 * activity first, so that the write-offs are appended in the order the balances lapsed.
 */
export async function listExpiryCandidates(
  tx: Tx,
  merchantId: string,
  programs: ReadonlyArray<{ id: string; inactiveBefore: Date }>,
): Promise<string[]> {
  if (programs.length === 0) return [];
  const cutoffs = sql.join(
    programs.map((p) => sql`(${p.id}::uuid, ${p.inactiveBefore}::timestamptz)`),
  );
  const { rows } = await sql<{ customerId: string }>`
    select lapsed.customer_id as "customerId"
      from (
        select e.customer_id,
               max(${entryActivityAt('e')}) as last_activity
          from ledger_entries e
          join (values ${cutoffs}) as p(program_id, inactive_before) on p.program_id = e.program_id
         where e.merchant_id = ${merchantId}
         group by e.customer_id, e.program_id, p.inactive_before
        having sum(e.delta) > 0
           and coalesce(max(${entryActivityAt('e')}), '-infinity') < p.inactive_before
      ) lapsed
     group by lapsed.customer_id
     order by min(lapsed.last_activity) nulls first, lapsed.customer_id`.execute(tx);
  return rows.map((r) => r.customerId);
}
