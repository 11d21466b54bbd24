import type { Migration } from '../migrator.ts';

/**
 * Automations (docs/architecture.md, "Automations"). `automation_settings` holds, per shop and
 * automation, what the owner chose: on or off (off until they say), the wording (null: the
 * default in the shop's language), the parameters and the control share. `automation_sends`
 * records every (automation, customer, occasion) once — sent, held back in the control group or
 * skipped by the consent rules — so nothing is ever sent twice for the same occasion, whatever
 * reruns, restarts or second processes do; it is also what the results are measured from.
 * `customers.imported` marks customers created by an import: they trigger no automation until
 * they buy in the shop.
 */
export const automations: Migration = {
  name: '2026-12-06T1340-automations',
  up: [
    `create table automation_settings (
      merchant_id uuid not null references merchants (id) on delete cascade,
      automation text not null check (length(automation) between 1 and 60),
      enabled boolean not null default false,
      channel text not null default 'email' check (channel in ('email', 'sms')),
      subject text check (length(subject) <= 200),
      body text check (length(body) <= 5000),
      parameters jsonb not null default '{}',
      control_share double precision not null default 0
        check (control_share >= 0 and control_share <= 0.5),
      control_seed text not null,
      enabled_at timestamptz,
      updated_at timestamptz not null,
      primary key (merchant_id, automation)
    )`,
    `create table automation_sends (
      merchant_id uuid not null,
      automation text not null,
      customer_id uuid not null,
      occasion_key text not null,
      in_control boolean not null,
      status text not null check (status in ('control', 'queued', 'skipped')),
      skip_reason text,
      channel text check (channel in ('email', 'sms')),
      outbox_id uuid,
      unsubscribe_token_hash text,
      unsubscribed_at timestamptz,
      created_at timestamptz not null,
      primary key (merchant_id, automation, customer_id, occasion_key),
      unique (merchant_id, unsubscribe_token_hash),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index automation_sends_recent_idx
      on automation_sends (merchant_id, automation, created_at desc)`,
    ...['automation_settings', 'automation_sends'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
    'alter table customers add column imported boolean not null default false',
  ],
};
