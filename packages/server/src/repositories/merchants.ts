import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type NewMerchant = {
  id: string;
  name: string;
  slug: string;
  signupToken: string;
  timeZone?: string;
  currency?: string;
  locale?: 'fr' | 'en';
  businessKind?: string | null;
};

export async function insertMerchant(tx: Tx | Kysely<Database>, m: NewMerchant) {
  return tx
    .insertInto('merchants')
    .values({
      id: m.id,
      name: m.name,
      slug: m.slug,
      signup_token: m.signupToken,
      business_kind: m.businessKind ?? null,
      brand_color: null,
      ...(m.timeZone ? { time_zone: m.timeZone } : {}),
      ...(m.currency ? { currency: m.currency } : {}),
      ...(m.locale ? { locale: m.locale } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findMerchantById(tx: Tx, id: string) {
  return tx.selectFrom('merchants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMerchantBySlug(tx: Tx, slug: string) {
  return tx.selectFrom('merchants').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export type MerchantSettings = Partial<{
  name: string;
  timeZone: string;
  currency: string;
  locale: 'fr' | 'en';
  businessKind: string | null;
  brandColor: string | null;
}>;

export function updateMerchant(tx: Tx, id: string, s: MerchantSettings) {
  return tx
    .updateTable('merchants')
    .set({
      ...(s.name !== undefined ? { name: s.name } : {}),
      ...(s.timeZone !== undefined ? { time_zone: s.timeZone } : {}),
      ...(s.currency !== undefined ? { currency: s.currency } : {}),
      ...(s.locale !== undefined ? { locale: s.locale } : {}),
      ...(s.businessKind !== undefined ? { business_kind: s.businessKind } : {}),
      ...(s.brandColor !== undefined ? { brand_color: s.brandColor } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
