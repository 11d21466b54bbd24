import type { Migration } from '../migrator.ts';

/** What staff know about a customer beyond purchases: free notes and tags to filter by. */
export const customerNotesTags: Migration = {
  name: '2026-11-22T1100-customer-notes-tags',
  up: [
    `create table customer_notes (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      body text not null check (length(body) between 1 and 2000),
      author_type text not null,
      author_id text,
      created_at timestamptz not null default now(),
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index customer_notes_customer_idx on customer_notes (merchant_id, customer_id, created_at)`,
    `create table customer_tags (
      merchant_id uuid not null,
      customer_id uuid not null,
      tag text not null check (length(tag) between 1 and 40),
      created_at timestamptz not null default now(),
      primary key (merchant_id, customer_id, tag),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index customer_tags_tag_idx on customer_tags (merchant_id, tag)`,
    ...['customer_notes', 'customer_tags'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
