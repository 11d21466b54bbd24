import type { Migration } from '../migrator.ts';

/** Letters and digits that cannot be misread for one another (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Bonuses (docs/loyalty-rules.md, "Bonuses"). `bonus_settings` holds a shop's welcome,
 * birthday and referral settings. Every customer gets a short referral code — not secret, made
 * to be shared, unlike the card token — drawn by the database on insert, so that every way a
 * customer is created (counter, API, public page, import, demo) gets one. `referrals` records
 * who brought whom (one referrer per customer: its key is the referee) and, once, the purchase
 * that earned both their rewards and the refund that took them back.
 */
export const bonuses: Migration = {
  name: '2026-12-06T1320-bonuses',
  up: [
    `create table bonus_settings (
      merchant_id uuid not null references merchants (id) on delete cascade,
      settings jsonb not null,
      updated_at timestamptz not null,
      primary key (merchant_id)
    )`,
    `create function new_referral_code(merchant uuid) returns text language plpgsql as $$
      declare
        candidate text;
      begin
        loop
          candidate := '';
          for i in 1..8 loop
            candidate := candidate || substr('${ALPHABET}', 1 + floor(random() * 32)::int, 1);
          end loop;
          exit when not exists (
            select from customers where merchant_id = merchant and referral_code = candidate
          );
        end loop;
        return candidate;
      end $$`,
    'grant execute on function new_referral_code(uuid) to habitue_app',
    'alter table customers add column referral_code text',
    'update customers set referral_code = new_referral_code(merchant_id)',
    'alter table customers alter column referral_code set not null',
    'create unique index customers_referral_code_idx on customers (merchant_id, referral_code)',
    `create function customers_assign_referral_code() returns trigger language plpgsql as $$
      begin
        if new.referral_code is null then
          new.referral_code := new_referral_code(new.merchant_id);
        end if;
        return new;
      end $$`,
    `create trigger customers_referral_code before insert on customers
      for each row execute function customers_assign_referral_code()`,
    `create table referrals (
      merchant_id uuid not null,
      referee_id uuid not null,
      referrer_id uuid not null,
      created_at timestamptz not null,
      rewarded_purchase_id uuid,
      rewarded_program_id uuid,
      rewarded_at timestamptz,
      taken_back_refund_id uuid,
      taken_back_at timestamptz,
      primary key (merchant_id, referee_id),
      check (referee_id <> referrer_id),
      foreign key (merchant_id, referee_id) references customers (merchant_id, id),
      foreign key (merchant_id, referrer_id) references customers (merchant_id, id)
    )`,
    'create index referrals_referrer_idx on referrals (merchant_id, referrer_id)',
    `create index referrals_purchase_idx on referrals (merchant_id, rewarded_purchase_id)
      where rewarded_purchase_id is not null`,
    ...['bonus_settings', 'referrals'].flatMap((table) => [
      `grant select, insert, update on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
