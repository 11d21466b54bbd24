import { type Birthday, type BonusSettings, NO_BONUSES, type VoucherGrant } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import { voucherRow } from './ledger.ts';

/** The shop's bonuses; all off when it never set them. */
export async function findBonusSettings(tx: Tx, merchantId: string): Promise<BonusSettings> {
  const row = await tx
    .selectFrom('bonus_settings')
    .select('settings')
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return bonusSettingsOf(row?.settings ?? null);
}

/** The bonuses from the stored settings (`findBonusSettings`, or joined to the customer lock). */
export function bonusSettingsOf(settings: unknown): BonusSettings {
  return settings ? { ...NO_BONUSES, ...(settings as BonusSettings) } : NO_BONUSES;
}

export async function saveBonusSettings(
  tx: Tx,
  merchantId: string,
  settings: BonusSettings,
  at: Date,
) {
  const json = JSON.stringify(settings);
  await tx
    .insertInto('bonus_settings')
    .values({ merchant_id: merchantId, settings: json, updated_at: at })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet({ settings: json, updated_at: at }))
    .execute();
}

/**
 * Members whose birthday is one of `days` (not erased), in pages by id: who the daily job may
 * have to serve today.
 */
export function listMembersBornOn(
  tx: Tx,
  merchantId: string,
  days: readonly Birthday[],
  after: string | null,
  limit: number,
) {
  if (days.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('customers')
    .select(['id', 'birth_day', 'birth_month'])
    .where('merchant_id', '=', merchantId)
    .where('member_since', 'is not', null)
    .where('erased_at', 'is', null)
    .where(
      sql<boolean>`(birth_month, birth_day) in (${sql.join(
        days.map((d) => sql`(${d.month}::smallint, ${d.day}::smallint)`),
      )})`,
    )
    .$if(after !== null, (q) => q.where('id', '>', after as string))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Stores birthday vouchers, skipping any whose id (`birthday:<customer>:<year>`) exists: the
 * primary key is what makes the gift once a year, whatever runs the job and how often.
 * Returns the ids actually issued now.
 */
export async function insertBirthdayVouchers(
  tx: Tx,
  merchantId: string,
  vouchers: readonly (VoucherGrant & { code: string; customerId: string })[],
): Promise<string[]> {
  if (vouchers.length === 0) return [];
  const rows = await tx
    .insertInto('vouchers')
    .values(vouchers.map((v) => voucherRow({ merchantId, customerId: v.customerId }, v)))
    .onConflict((oc) => oc.columns(['merchant_id', 'id']).doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** This year's birthday voucher of a customer, if it was issued (used or not). */
export function findBirthdayVoucher(tx: Tx, merchantId: string, customerId: string, year: number) {
  return tx
    .selectFrom('vouchers')
    .leftJoin('voucher_events', (j) =>
      j
        .onRef('voucher_events.merchant_id', '=', 'vouchers.merchant_id')
        .onRef('voucher_events.voucher_id', '=', 'vouchers.id'),
    )
    .select([
      'vouchers.id',
      'vouchers.code',
      'vouchers.reward_id',
      'vouchers.program_id',
      'vouchers.issued_at',
      'vouchers.expires_at',
      'voucher_events.kind as event',
    ])
    .where('vouchers.merchant_id', '=', merchantId)
    .where('vouchers.id', '=', birthdayVoucherId(customerId, year))
    .executeTakeFirst();
}

/** The id of a customer's birthday voucher of a year: one per customer and year, by key. */
export function birthdayVoucherId(customerId: string, year: number) {
  return `birthday:${customerId}:${year}`;
}
