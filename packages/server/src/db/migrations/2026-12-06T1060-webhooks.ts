import type { Migration } from '../migrator.ts';

/**
 * Webhooks for integrators (docs: README, "Webhooks"). `webhooks` holds each endpoint and the
 * secret deliveries are signed with (kept in clear: an HMAC needs it; never shown again after
 * creation). `webhook_deliveries` is one event for one endpoint, and `webhook_attempts` each
 * try at sending it, so an owner sees what was sent, when, and what came back. Deleting a
 * webhook deletes its history with it.
 */
export const webhooks: Migration = {
  name: '2026-12-06T1060-webhooks',
  up: [
    `create table webhooks (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      url text not null check (length(url) between 1 and 2000),
      events text[] not null,
      secret text not null,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id)
    )`,
    `create table webhook_deliveries (
      merchant_id uuid not null,
      id uuid not null,
      webhook_id uuid not null,
      event_id uuid not null,
      event_type text not null,
      body text not null,
      status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      unique (merchant_id, webhook_id, event_id),
      foreign key (merchant_id, webhook_id) references webhooks (merchant_id, id) on delete cascade
    )`,
    `create index webhook_deliveries_recent_idx
      on webhook_deliveries (merchant_id, webhook_id, created_at desc)`,
    `create table webhook_attempts (
      merchant_id uuid not null,
      id uuid not null,
      delivery_id uuid not null,
      attempted_at timestamptz not null,
      succeeded boolean not null,
      response_status integer,
      duration_ms integer not null,
      error text,
      primary key (merchant_id, id),
      foreign key (merchant_id, delivery_id)
        references webhook_deliveries (merchant_id, id) on delete cascade
    )`,
    `create index webhook_attempts_delivery_idx on webhook_attempts (merchant_id, delivery_id)`,
    ...['webhooks', 'webhook_deliveries', 'webhook_attempts'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
