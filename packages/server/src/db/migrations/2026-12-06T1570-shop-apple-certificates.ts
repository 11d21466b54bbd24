import type { Migration } from '../migrator.ts';

/**
 * A shop's own Apple Wallet Pass Type ID certificate, uploaded by its owner: its passes are
 * signed with it instead of the operator's. Checked on upload (`readShopCertificate`); the key
 * is kept opened (PKCS#8 PEM), like the webhooks' signing secrets: in the shop's own rows under
 * row-level security, never sent back by the API (a backup with a passphrase encrypts it).
 * `subject` and `expires_at` are what the settings page shows.
 */
export const shopAppleCertificates: Migration = {
  name: '2026-12-06T1570-shop-apple-certificates',
  up: [
    `create table shop_apple_certificates (
      merchant_id uuid not null references merchants (id) on delete cascade,
      pass_type_id text not null check (pass_type_id ~ '^pass\\.[A-Za-z0-9.-]+$'),
      team_id text not null check (team_id ~ '^[A-Z0-9]{10}$'),
      certificate text not null,
      private_key text not null,
      wwdr text not null,
      subject text not null,
      expires_at timestamptz not null,
      uploaded_at timestamptz not null,
      uploaded_by text,
      primary key (merchant_id)
    )`,
    'grant select, insert, update, delete on shop_apple_certificates to habitue_app',
    'alter table shop_apple_certificates enable row level security',
    'alter table shop_apple_certificates force row level security',
    `create policy tenant_isolation on shop_apple_certificates
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
