import type { Migration } from '../migrator.ts';

/**
 * A duplicate merged into another customer keeps its row — its ledger entries, redemptions
 * and adjustments still point at it, so its history is never rewritten — and says where it
 * went: `merged_into` (always the final survivor: merges are flattened, so no chain to
 * follow) and when. Every look-up of a customer by id refuses it with `customer_merged`.
 */
export const customerMerges: Migration = {
  name: '2026-12-06T1360-customer-merges',
  up: [
    `alter table customers add column merged_into uuid, add column merged_at timestamptz,
      add constraint customers_merged_into_fkey foreign key (merchant_id, merged_into)
        references customers (merchant_id, id),
      add constraint customers_not_merged_into_self check (merged_into <> id)`,
    `create index customers_merged_into_idx on customers (merchant_id, merged_into)
      where merged_into is not null`,
  ],
};
