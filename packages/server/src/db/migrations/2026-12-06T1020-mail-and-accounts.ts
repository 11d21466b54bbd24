import type { Migration } from '../migrator.ts';

/** The columns every outbox shares: what to send, and where its one delivery stands. */
const OUTBOX_COLUMNS = `
      id uuid not null,
      idempotency_key text not null,
      kind text not null check (kind in ('transactional', 'marketing')),
      category text not null,
      to_address text not null,
      subject text not null,
      text_body text not null,
      html_body text,
      headers jsonb not null default '{}',
      message_id text not null,
      status text not null
        check (status in ('held', 'queued', 'sending', 'sent', 'failed', 'uncertain')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      lease_until timestamptz,
      last_attempt_at timestamptz,
      last_reply text,
      created_at timestamptz not null default now(),
      sent_at timestamptz`;

/**
 * Mail sending and the account flows that need it.
 *
 * - `outbox`: a shop's messages (to its customers and team), readable by its owner in the app.
 * - `account_outbox`: mail about a login itself (password reset, sign-up link), which belongs
 *   to a person, not to a shop: no shop's owner may read another person's reset link, so these
 *   never share a table with a shop's mail.
 * - `password_resets` and `signup_requests` keep only digests of the links' secrets.
 * - `staff_invitations`: with mail configured, joining a team is the invitee's decision, taken
 *   from a link (see use-cases/staff/add-staff-member.ts).
 * - sessions gain a public id (to end one from the list without exposing its secret digest),
 *   when they were last used and from which browser.
 */
export const mailAndAccounts: Migration = {
  name: '2026-12-06T1020-mail-and-accounts',
  up: [
    `create table outbox (
      merchant_id uuid not null references merchants (id) on delete cascade,${OUTBOX_COLUMNS},
      primary key (merchant_id, id),
      unique (merchant_id, idempotency_key)
    )`,
    `create index outbox_due_idx on outbox (next_attempt_at)
      where status in ('queued', 'sending')`,
    `create index outbox_recent_idx on outbox (merchant_id, created_at desc)`,
    `create index outbox_rate_idx on outbox (merchant_id, last_attempt_at)`,
    'grant select, insert, update on outbox to habitue_app',
    'alter table outbox enable row level security',
    'alter table outbox force row level security',
    `create policy tenant_isolation on outbox
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    `create table account_outbox (${OUTBOX_COLUMNS},
      primary key (id),
      unique (idempotency_key)
    )`,
    `create index account_outbox_due_idx on account_outbox (next_attempt_at)
      where status in ('queued', 'sending')`,
    `create table password_resets (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`,
    'create index password_resets_user_idx on password_resets (user_id)',
    `create table signup_requests (
      token_hash text primary key,
      email text not null,
      password_hash text not null,
      details jsonb not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`,
    `create table staff_invitations (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      token_hash text not null,
      email text not null,
      role text not null check (role in ('owner', 'manager', 'staff')),
      display_name text,
      invited_by uuid,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      primary key (merchant_id, id)
    )`,
    'create index staff_invitations_token_idx on staff_invitations (token_hash)',
    'grant select, insert, update on staff_invitations to habitue_app',
    'alter table staff_invitations enable row level security',
    'alter table staff_invitations force row level security',
    `create policy tenant_isolation on staff_invitations
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    'alter table sessions add column id uuid not null default gen_random_uuid()',
    'alter table sessions add column last_seen_at timestamptz',
    'alter table sessions add column user_agent text',
    'create unique index sessions_public_id_key on sessions (merchant_id, id)',
    'create index sessions_user_idx on sessions (user_id)',
  ],
};
