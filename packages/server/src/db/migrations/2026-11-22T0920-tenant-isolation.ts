import type { Migration } from '../migrator.ts';

/**
 * Tables that hold one merchant's data; each gets a forced row-level security policy (here, or
 * in the later migration that creates it — see MERCHANT_OWNED_TABLES_LATER).
 */
export const MERCHANT_OWNED_TABLES_AT_START = [
  'sessions',
  'memberships',
  'locations',
  'api_keys',
  'customers',
  'consents',
  'audit_log',
  'programs',
  'rewards',
  'purchases',
  'refunds',
  'vouchers',
  'redemptions',
  'voucher_events',
  'ledger_entries',
  'idempotency_keys',
] as const;

/**
 * Isolation in depth. Repositories already filter by merchant; on top of that, every request
 * runs as the non-superuser role `habitue_app`, for which PostgreSQL itself hides and rejects
 * other merchants' rows. FORCE makes the policy apply to the table owner too, so forgetting a
 * filter can never leak data. The migrating role stays able to bypass it (superuser or
 * BYPASSRLS) for the few cross-merchant look-ups that identify a tenant in the first place.
 */
export const tenantIsolation: Migration = {
  name: '2026-11-22T0920-tenant-isolation',
  up: [
    `do $$ begin
      if not exists (select from pg_roles where rolname = 'habitue_app') then
        create role habitue_app nologin;
      end if;
    end $$`,
    `do $$ begin
      execute format('grant habitue_app to %I', current_user);
    exception when others then null;
    end $$`,
    `create function app_merchant_id() returns uuid language sql stable as
      $$ select nullif(current_setting('habitue.merchant_id', true), '')::uuid $$`,
    'grant usage on schema public to habitue_app',
    'grant execute on function app_merchant_id() to habitue_app',
    'grant select, update on merchants to habitue_app',
    'grant select on users to habitue_app',
    'alter table merchants enable row level security',
    'alter table merchants force row level security',
    `create policy tenant_isolation on merchants
      using (id = app_merchant_id()) with check (id = app_merchant_id())`,
    ...MERCHANT_OWNED_TABLES_AT_START.flatMap((table) => [
      table === 'ledger_entries'
        ? `grant select, insert on ${table} to habitue_app`
        : `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};

/** Merchant-owned tables created by later migrations, which set up their own policies. */
export const MERCHANT_OWNED_TABLES_LATER = [
  'customer_notes',
  'customer_tags',
  'adjustment_limits',
  'balance_adjustments',
  'jobs',
  'job_schedules',
  'outbox',
  'staff_invitations',
  'webhooks',
  'webhook_deliveries',
  'webhook_attempts',
  'tier_ladders',
  'customer_tiers',
  'import_uploads',
  'campaigns',
  'campaign_recipients',
  'loyalty_balances',
  'wallet_passes',
  'wallet_devices',
  'interactions',
  'promo_codes',
  'promo_code_uses',
  'points_conversions',
  'points_conversion_uses',
  'club_settings',
  'club_events',
  'causes',
  'cause_settings',
  'customer_causes',
  'cause_shares',
  'cause_payments',
  'surveys',
  'survey_responses',
  'follow_up_items',
  'automation_settings',
  'automation_sends',
  'b2b_accounts',
  'b2b_account_contacts',
  'b2b_invoices',
  'analytics_fits',
  'bonus_settings',
  'referrals',
  'goals',
  'b2b_threshold_settings',
  'acquisition_channels',
  'customer_acquisitions',
  'acquisition_spend',
  'analytics_figures',
  'shop_apple_certificates',
  'goal_measures',
  'cross_sell_rules',
] as const;

/** Every merchant-owned table: a test checks this list against the catalog. */
export const MERCHANT_OWNED_TABLES = [
  ...MERCHANT_OWNED_TABLES_AT_START,
  ...MERCHANT_OWNED_TABLES_LATER,
] as const;
