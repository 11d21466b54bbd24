import type { Migration } from '../migrator.ts';

/**
 * When an entry says the customer was last active: an earn, redeem or adjust entry when it was
 * written, except a merge — the balance it brings in counts as of the duplicate's own last
 * activity (`cause.lastActivityAt`), the entry taking it out not at all. The same rule as
 * `activityAt` in @habitue/loyalty and `repositories/ledger-activity.ts`.
 */
const ACTIVITY_AT = `case when cause_type = 'merge' then (cause ->> 'lastActivityAt')::timestamptz
  when kind in ('earn', 'redeem', 'adjust') then occurred_at end`;

const SUM_OF_ENTRIES = `
  select merchant_id, customer_id, program_id,
    sum(delta) as balance,
    max(${ACTIVITY_AT}) as last_activity_at,
    coalesce(sum((cause ->> 'shortfall')::integer) filter (where cause_type = 'refund'), 0)
      as clawback_owed
  from src group by merchant_id, customer_id, program_id`;

/**
 * A merge no longer keeps a balance alive: the balance snapshots' last activity follows the
 * rule above, and the snapshots of customers who took part in a merge are recomputed with it.
 */
export const mergeNotActivity: Migration = {
  name: '2026-12-06T1420-merge-not-activity',
  up: [
    `create or replace function loyalty_balances_add_entries() returns trigger language plpgsql as $$
      begin
        insert into loyalty_balances as b
          (merchant_id, customer_id, program_id, balance, last_activity_at, clawback_owed)
        with src as (select * from added) ${SUM_OF_ENTRIES}
        on conflict (merchant_id, customer_id, program_id) do update set
          balance = b.balance + excluded.balance,
          last_activity_at = greatest(b.last_activity_at, excluded.last_activity_at),
          clawback_owed = b.clawback_owed + excluded.clawback_owed;
        return null;
      end $$`,
    `update loyalty_balances b set last_activity_at = s.last_activity_at
      from (
        with src as (
          select * from ledger_entries e
          where exists (select from ledger_entries m
            where m.merchant_id = e.merchant_id and m.customer_id = e.customer_id
              and m.program_id = e.program_id and m.cause_type = 'merge')
        ) ${SUM_OF_ENTRIES}
      ) s
      where b.merchant_id = s.merchant_id and b.customer_id = s.customer_id
        and b.program_id = s.program_id`,
  ],
};
