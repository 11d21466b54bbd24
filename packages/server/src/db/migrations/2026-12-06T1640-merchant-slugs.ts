import type { Migration } from '../migrator.ts';

/**
 * The shops' addresses (`/join/<slug>/…`), one row per slug, written by sign-up (and restore) in
 * the transaction that creates the merchant: the primary key is what stops two sign-ups racing
 * for one slug. `merchants.slug` is unique too on one PostgreSQL, but on a Citus cluster
 * `merchants` is distributed by its id and a unique index can't span its shards; this table is a
 * global one (a reference table there, a copy on every node), so its key holds everywhere.
 *
 * Not a merchant's data (the column is named `merchant`, not `merchant_id`, on purpose): it is
 * read and written only by the system role at sign-up, like `users`, never by a request under
 * row-level security, and a backup does not carry it (restore reserves the slug again).
 */
export const merchantSlugs: Migration = {
  name: '2026-12-06T1640-merchant-slugs',
  up: [
    `create table merchant_slugs (
      slug text primary key,
      merchant uuid not null unique
    )`,
    'insert into merchant_slugs (slug, merchant) select slug, id from merchants',
  ],
};
