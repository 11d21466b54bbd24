import type { Migration } from '../migrator.ts';

/** What every API key could do before keys had scopes: existing keys keep exactly that. */
const SCOPES_BEFORE_SCOPES = [
  'customers:read',
  'customers:write',
  'purchases:write',
  'refunds:write',
  'redemptions:write',
  'balances:adjust',
  'programs:read',
];

/**
 * API key scopes; the owner's adjustment limits per role; and each manual adjustment's reason
 * code and free text in a table an erasure can redact, out of the append-only ledger (which
 * keeps codes and amounts only).
 */
export const rolesAndAdjustments: Migration = {
  name: '2026-12-06T1010-roles-and-adjustments',
  up: [
    `alter table api_keys add column scopes text[] not null
      default array[${SCOPES_BEFORE_SCOPES.map((s) => `'${s}'`).join(', ')}]::text[]`,
    // New keys always get their scopes from the application (default: no adjustments).
    `alter table api_keys alter column scopes drop default`,
    `create table adjustment_limits (
      merchant_id uuid not null references merchants (id) on delete cascade,
      role text not null check (role in ('staff', 'integration')),
      per_adjustment integer not null check (per_adjustment between 0 and 20),
      per_day integer not null check (per_day between 0 and 20),
      updated_at timestamptz not null default now(),
      primary key (merchant_id, role)
    )`,
    `create table balance_adjustments (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      program_id uuid not null,
      delta integer not null,
      reason_code text not null check (reason_code in ('goodwill', 'till_error', 'paper_card', 'other')),
      reason text check (length(reason) <= 300),
      actor_type text not null,
      actor_id text,
      actor_role text,
      occurred_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index balance_adjustments_customer_idx
      on balance_adjustments (merchant_id, customer_id, occurred_at)`,
    ...['adjustment_limits', 'balance_adjustments'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
    // Reasons typed before reason codes move out of the ledger: once, by the schema owner.
    `insert into balance_adjustments
      (merchant_id, id, customer_id, program_id, delta, reason_code, reason, actor_type, actor_id, occurred_at)
      select merchant_id, (cause->>'adjustmentId')::uuid, customer_id, program_id, delta, 'other',
             left(cause->>'reason', 300), actor_type, actor_id, occurred_at
      from ledger_entries
      where cause_type = 'staff_adjustment' and kind = 'adjust' and cause ? 'reason'`,
    'alter table ledger_entries disable trigger ledger_entries_append_only',
    `update ledger_entries
      set cause = (cause - 'reason') || jsonb_build_object('reasonCode', 'other')
      where cause_type = 'staff_adjustment' and cause ? 'reason'`,
    'alter table ledger_entries enable trigger ledger_entries_append_only',
  ],
};
