import type { Migration } from '../migrator.ts';

/**
 * Promo codes a shop hands out (% or € off, dates, single or multi use, a limit per customer),
 * each use of one by a purchase (one code per purchase), and the discounts a purchase was
 * recorded with: `amount_cents` stays what was paid.
 */
export const promoCodes: Migration = {
  name: '2026-12-06T1310-promo-codes',
  up: [
    `create table promo_codes (
      merchant_id uuid not null,
      id uuid not null,
      code text not null check (code = upper(btrim(code)) and length(code) between 2 and 32),
      percent_off integer check (percent_off between 1 and 100),
      amount_off_cents bigint check (amount_off_cents between 1 and 100000000),
      minimum_purchase_cents bigint check (minimum_purchase_cents between 1 and 100000000),
      starts_on date,
      ends_on date,
      max_uses integer check (max_uses between 1 and 1000000),
      per_customer_limit integer check (per_customer_limit between 1 and 1000),
      archived_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id),
      unique (merchant_id, code),
      check ((percent_off is null) <> (amount_off_cents is null)),
      check (starts_on is null or ends_on is null or starts_on <= ends_on)
    )`,
    `create table promo_code_uses (
      merchant_id uuid not null,
      purchase_id uuid not null,
      promo_code_id uuid not null,
      customer_id uuid not null,
      amount_off_cents bigint not null check (amount_off_cents >= 0),
      used_at timestamptz not null,
      primary key (merchant_id, purchase_id),
      foreign key (merchant_id, purchase_id) references purchases (merchant_id, id),
      foreign key (merchant_id, promo_code_id) references promo_codes (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id)
    )`,
    `create index promo_code_uses_code_idx
       on promo_code_uses (merchant_id, promo_code_id, customer_id)`,
    'grant select, insert, update on promo_codes to habitue_app',
    'grant select, insert on promo_code_uses to habitue_app',
    ...['promo_codes', 'promo_code_uses'].flatMap((table) => [
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
         using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
    // What the till took off before the customer paid amount_cents: [{ kind, label, amountCents }].
    'alter table purchases add column discounts jsonb',
  ],
};
