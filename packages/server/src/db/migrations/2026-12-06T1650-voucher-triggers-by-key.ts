import type { Migration } from '../migrator.ts';

/**
 * The two triggers that run when a voucher is used or voided find it by its primary key, one
 * event at a time, instead of joining the statement's events to `vouchers`.
 *
 * The join's plan depended on statistics: a trigger's statement has no parameter, so its plan
 * is made once per connection, at the first use of a voucher, and kept. Made while `vouchers`
 * is small and never analysed (a new shop's first minutes, a fresh database), it scanned every
 * voucher of the merchant through `vouchers_customer_idx` and filtered on the id — and the
 * connection kept that plan as the shop grew, so using one voucher of a regular read all of the
 * shop's vouchers (20,005 index entries for 1 row on a shop of 20,000 vouchers, docs/scale.md).
 * A look-up by `(merchant_id, id)`, every column of the primary key given, is one row for the
 * planner whatever it knows of the table: the key is the only plan.
 *
 * What they do is unchanged: the voucher's `is_open` cleared and its balance's open count
 * decremented (one per event: a voucher has at most one); each customer's Wallet pass bumped
 * once per statement, however many of their vouchers it closed. The Citus copies of both
 * functions (src/db/citus/shard-triggers.sql) follow.
 */
export const voucherTriggersByKey: Migration = {
  name: '2026-12-06T1650-voucher-triggers-by-key',
  up: [
    `create or replace function loyalty_balances_close_vouchers() returns trigger
      language plpgsql as $$
      declare
        event record;
        owner record;
      begin
        for event in select merchant_id, voucher_id from added loop
          update vouchers set is_open = false
            where merchant_id = event.merchant_id and id = event.voucher_id
            returning customer_id, program_id into owner;
          update loyalty_balances set open_vouchers = open_vouchers - 1
            where merchant_id = event.merchant_id and customer_id = owner.customer_id
              and program_id = owner.program_id;
        end loop;
        return null;
      end $$`,
    // The owner is a sub-select per event (by key), not a join the planner could reorder.
    `create or replace function wallet_passes_touch_voucher_owners() returns trigger
      language plpgsql as $$
      declare
        owner record;
      begin
        for owner in
          select distinct e.merchant_id,
            (select v.customer_id from vouchers v
              where v.merchant_id = e.merchant_id and v.id = e.voucher_id) as customer_id
          from changed e
        loop
          update wallet_passes set version = version + 1, changed_at = now()
            where merchant_id = owner.merchant_id and customer_id = owner.customer_id;
        end loop;
        return null;
      end $$`,
  ],
};
