import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Customers who may hold a lapsed balance in one of `programs`: a positive balance and no
 * activity (earn, redeem, adjust) since `inactiveBefore`. A coarse filter on purpose — the
 * loyalty rules (`expireDue`) decide the exact deadline for each customer it returns.
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
    select distinct e.customer_id as "customerId"
      from ledger_entries e
      join (values ${cutoffs}) as p(program_id, inactive_before) on p.program_id = e.program_id
     where e.merchant_id = ${merchantId}
     group by e.customer_id, e.program_id, p.inactive_before
    having sum(e.delta) > 0
       and coalesce(max(e.occurred_at) filter (where e.kind in ('earn', 'redeem', 'adjust')),
                    '-infinity') < p.inactive_before
     order by 1`.execute(tx);
  return rows.map((r) => r.customerId);
}
