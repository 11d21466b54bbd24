import { type RawBuilder, sql } from 'kysely';

/**
 * When a ledger entry (of the table aliased `alias`) says the customer was last active, or
 * null: an earn, redeem or adjust entry when it was written, except a merge — the balance it
 * brings in counts as of the duplicate's own last activity, the entry taking it out not at all.
 * The SQL twin of `activityAt` in @habitue/loyalty; the balance snapshots' trigger
 * (migration 2026-12-06T1420) writes the same.
 */
export function entryActivityAt(alias?: string): RawBuilder<Date | null> {
  const col = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
  return sql<Date | null>`case when ${col('cause_type')} = 'merge'
      then (${col('cause')} ->> 'lastActivityAt')::timestamptz
    when ${col('kind')} in ('earn', 'redeem', 'adjust') then ${col('occurred_at')} end`;
}
