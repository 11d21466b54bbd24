import type { Migration } from '../migrator.ts';

/**
 * Campaigns (docs/architecture.md, "Campaigns"). `campaigns` holds what the owner wrote and
 * the segment it goes to; once sent, its audience is fixed in `campaign_recipients`: one row
 * per customer the consent rules allowed, in the control group (never sent) or not, with the
 * outbox message it became, the digest of its unsubscribe token and when that link was used.
 */
export const campaigns: Migration = {
  name: '2026-12-06T1210-campaigns',
  up: [
    `create table campaigns (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      name text not null check (length(name) between 1 and 200),
      channel text not null check (channel in ('email', 'sms')),
      segment jsonb not null,
      subject text not null,
      body text not null,
      control_share double precision not null default 0
        check (control_share >= 0 and control_share <= 0.5),
      control_seed text not null,
      status text not null default 'draft' check (status in ('draft', 'sending', 'sent')),
      excluded jsonb not null default '{}',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      sent_at timestamptz,
      finished_at timestamptz,
      primary key (merchant_id, id)
    )`,
    `create index campaigns_recent_idx on campaigns (merchant_id, created_at desc)`,
    `create table campaign_recipients (
      merchant_id uuid not null,
      campaign_id uuid not null,
      customer_id uuid not null,
      in_control boolean not null,
      status text not null check (status in ('control', 'pending', 'queued', 'skipped')),
      skip_reason text,
      outbox_id uuid,
      unsubscribe_token_hash text,
      unsubscribed_at timestamptz,
      created_at timestamptz not null,
      primary key (merchant_id, campaign_id, customer_id),
      unique (merchant_id, unsubscribe_token_hash),
      foreign key (merchant_id, campaign_id) references campaigns (merchant_id, id) on delete cascade,
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index campaign_recipients_pending_idx
      on campaign_recipients (merchant_id, campaign_id, status, customer_id)`,
    ...['campaigns', 'campaign_recipients'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
