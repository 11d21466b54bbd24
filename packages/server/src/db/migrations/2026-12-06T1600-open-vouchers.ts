import type { Migration } from '../migrator.ts';

/**
 * Which vouchers are still open, kept on the voucher itself, so that the open ones are read
 * through a partial index that holds only them: a purchase, a card read or a redemption then
 * costs the same for a regular with thousands of used vouchers as for a new customer (the
 * previous read anti-joined every voucher the customer ever had to its event).
 *
 * `voucher_events` stays the truth (a voucher with an event is used or voided); `is_open` is a
 * snapshot of it, cleared by the trigger that already keeps the open counts of
 * `loyalty_balances`, in the statement that appends the event. `habitue check-balances` proves
 * every flag equals its events and `--repair` rewrites those that do not.
 */
export const openVouchers: Migration = {
  name: '2026-12-06T1600-open-vouchers',
  up: [
    'alter table vouchers add column is_open boolean not null default true',
    `update vouchers v set is_open = false
      where exists (select from voucher_events e
                    where e.merchant_id = v.merchant_id and e.voucher_id = v.id)`,
    `create index vouchers_open_idx on vouchers (merchant_id, customer_id, program_id, issued_at)
      where is_open`,
    // A voucher has at most one event (its primary key): used or voided, it is no longer open.
    `create or replace function loyalty_balances_close_vouchers() returns trigger
      language plpgsql as $$
      begin
        with closed as (
          update vouchers v set is_open = false
          from added e
          where v.merchant_id = e.merchant_id and v.id = e.voucher_id
          returning v.merchant_id, v.customer_id, v.program_id
        )
        update loyalty_balances b set open_vouchers = b.open_vouchers - c.n
        from (
          select merchant_id, customer_id, program_id, count(*) as n from closed
          group by merchant_id, customer_id, program_id
        ) c
        where b.merchant_id = c.merchant_id and b.customer_id = c.customer_id
          and b.program_id = c.program_id;
        return null;
      end $$`,
  ],
};
