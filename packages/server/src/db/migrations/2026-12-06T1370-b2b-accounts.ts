import type { Migration } from '../migrator.ts';

const tenantPolicy = (table: string) => [
  `grant select, insert, update, delete on ${table} to habitue_app`,
  `alter table ${table} enable row level security`,
  `alter table ${table} force row level security`,
  `create policy tenant_isolation on ${table}
     using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
];

/**
 * Business customers (seed 003): a company with its SIREN/SIRET, address and payment terms;
 * its contacts are customers of the shop (one account each at most); its invoices, with their
 * due and paid dates, give its payment quality. `merchants.priority_weights` keeps the weights
 * the owner gave the priority list (null: the defaults).
 */
export const b2bAccounts: Migration = {
  name: '2026-12-06T1370-b2b-accounts',
  up: [
    `create table b2b_accounts (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      company_name text not null check (length(company_name) between 1 and 200),
      siren text check (siren ~ '^[0-9]{9}$'),
      siret text check (siret ~ '^[0-9]{14}$'),
      address text check (length(address) <= 500),
      payment_terms_days integer not null default 30 check (payment_terms_days between 0 and 365),
      potential_estimate_cents bigint check (potential_estimate_cents between 0 and 100000000000),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id),
      check (siret is null or siren = left(siret, 9))
    )`,
    'create unique index b2b_accounts_siret_idx on b2b_accounts (merchant_id, siret)',
    `create table b2b_account_contacts (
      merchant_id uuid not null,
      customer_id uuid not null,
      account_id uuid not null,
      added_at timestamptz not null,
      primary key (merchant_id, customer_id),
      foreign key (merchant_id, account_id) references b2b_accounts (merchant_id, id) on delete cascade,
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    'create index b2b_account_contacts_account_idx on b2b_account_contacts (merchant_id, account_id)',
    `create table b2b_invoices (
      merchant_id uuid not null,
      id uuid not null,
      account_id uuid not null,
      number text not null check (length(number) between 1 and 50),
      amount_cents bigint not null check (amount_cents between 1 and 10000000000),
      issued_on date not null,
      due_on date not null,
      paid_on date,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id),
      unique (merchant_id, account_id, number),
      foreign key (merchant_id, account_id) references b2b_accounts (merchant_id, id) on delete cascade,
      check (due_on >= issued_on),
      check (paid_on is null or paid_on >= issued_on)
    )`,
    ...tenantPolicy('b2b_accounts'),
    ...tenantPolicy('b2b_account_contacts'),
    ...tenantPolicy('b2b_invoices'),
    'alter table merchants add column priority_weights jsonb',
  ],
};
