import type { Migration } from '../migrator.ts';

/**
 * Tenancy, accounts and customers. Every merchant-owned table carries `merchant_id` as the
 * first column of its primary key and of its foreign keys, so that the data can later be
 * distributed by merchant (see docs/architecture.md, "Scaling out").
 */
export const foundation: Migration = {
  name: '2026-11-22T0900-foundation',
  up: [
    `create table merchants (
      id uuid primary key,
      name text not null check (length(name) between 1 and 120),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      time_zone text not null default 'Europe/Paris',
      currency char(3) not null default 'EUR',
      locale text not null default 'fr' check (locale in ('fr', 'en')),
      business_kind text,
      brand_color text,
      signup_token text not null unique,
      created_at timestamptz not null default now()
    )`,
    `create table users (
      id uuid primary key,
      email text not null,
      password_hash text not null,
      display_name text,
      created_at timestamptz not null default now()
    )`,
    `create unique index users_email_key on users (lower(email))`,
    `create table sessions (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id_hash text not null unique,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (merchant_id, id_hash)
    )`,
    `create table memberships (
      merchant_id uuid not null references merchants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('owner', 'manager', 'staff')),
      created_at timestamptz not null default now(),
      primary key (merchant_id, user_id)
    )`,
    `create table locations (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      name text not null,
      address text,
      created_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (merchant_id, id)
    )`,
    `create table api_keys (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      name text not null,
      key_prefix text not null,
      key_hash text not null unique,
      created_by uuid,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      primary key (merchant_id, id)
    )`,
    `create table customers (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      first_name text,
      last_name text,
      email text,
      phone text,
      birth_day smallint check (birth_day between 1 and 31),
      birth_month smallint check (birth_month between 1 and 12),
      company text,
      card_token text not null unique,
      card_token_rotated_at timestamptz,
      customer_since timestamptz not null default now(),
      member_since timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (merchant_id, id),
      check ((birth_day is null) = (birth_month is null))
    )`,
    `create index customers_email_idx on customers (merchant_id, lower(email))`,
    `create index customers_phone_idx on customers (merchant_id, phone)`,
    `create index customers_name_idx on customers (merchant_id, lower(last_name), lower(first_name))`,
    `create table consents (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      channel text not null check (channel in ('email', 'sms', 'post')),
      granted boolean not null,
      recorded_at timestamptz not null,
      source text not null,
      wording_version text not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index consents_customer_idx on consents (merchant_id, customer_id, channel, recorded_at)`,
    `create table audit_log (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      occurred_at timestamptz not null default now(),
      actor_type text not null check (actor_type in ('user', 'api_key', 'system', 'public')),
      actor_id text,
      action text not null,
      subject_type text,
      subject_id text,
      details jsonb not null default '{}',
      primary key (merchant_id, id)
    )`,
  ],
};
