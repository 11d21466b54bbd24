import type { Migration } from '../migrator.ts';

/**
 * A Wallet pass's changes are counted on the pass itself: `version` goes up by one in every
 * transaction that changes what the pass shows (the same triggers as before, on ledger entries,
 * vouchers and their use, programs, rewards, the shop's name and colour). It replaces the
 * writing transaction's id (`changed_xid`), which a Citus cluster can't compare: a trigger there
 * runs on the worker holding the shard and stamps that node's own transaction id, while the
 * device's tag was the snapshot of whichever node answered.
 *
 * A pass's version is a number of its own row, on the node of its merchant's data, and its row
 * lock (held by the changing transaction until it commits, as `changed_xid`'s update held it)
 * makes its versions commit in order: a version a device was told is committed, every change
 * not yet committed will carry a higher one. The device's tag lists the versions of the passes
 * it asked about (`src/wallet/apple/update-tag.ts`): a pass whose version moved past its tag's
 * is reported, so a change committed late by a transaction that began early is reported next
 * time, and nothing waits on another customer's purchase.
 */
const BODY = 'set version = version + 1, changed_at = now()';

export const walletPassVersions: Migration = {
  name: '2026-12-06T1640-wallet-pass-versions',
  up: [
    'alter table wallet_passes add column version bigint not null default 0',
    `create or replace function wallet_passes_touch_customers() returns trigger language plpgsql as $$
      begin
        update wallet_passes p
          ${BODY}
          from (select distinct merchant_id, customer_id from changed) c
          where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id;
        return null;
      end $$`,
    `create or replace function wallet_passes_touch_voucher_owners() returns trigger language plpgsql as $$
      begin
        update wallet_passes p
          ${BODY}
          from (select distinct v.merchant_id, v.customer_id
                from changed e join vouchers v
                  on v.merchant_id = e.merchant_id and v.id = e.voucher_id) c
          where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id;
        return null;
      end $$`,
    `create or replace function wallet_passes_touch_shop() returns trigger language plpgsql as $$
      begin
        update wallet_passes
          ${BODY}
          where merchant_id = new.merchant_id;
        return null;
      end $$`,
    `create or replace function wallet_passes_touch_merchant() returns trigger language plpgsql as $$
      begin
        update wallet_passes
          ${BODY}
          where merchant_id = new.id;
        return null;
      end $$`,
    'alter table wallet_passes drop column changed_xid',
  ],
};
