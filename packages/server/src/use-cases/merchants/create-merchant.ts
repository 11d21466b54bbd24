import { uuidv7 } from 'uuidv7';
import { newSecret } from '../../auth/tokens.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertMerchant, slugExists } from '../../repositories/merchants.ts';
import { slugify } from './slug.ts';

export type CreateMerchantInput = {
  name: string;
  slug?: string;
  businessKind?: string | null;
  timeZone?: string;
  currency?: string;
  locale?: 'fr' | 'en';
};

/**
 * Creates a merchant (the tenant). An explicit slug must be free; a derived one gets a
 * numeric suffix until it is. Runs inside the caller's system transaction.
 */
export async function createMerchant(tx: Tx, input: CreateMerchantInput) {
  let slug = input.slug;
  if (slug) {
    if (await slugExists(tx, slug)) {
      throw new AppError('slug_taken', `The address "${slug}" is already taken`, {
        fields: [{ field: 'slug', message: 'already taken', code: 'slug_taken' }],
      });
    }
  } else {
    const base = slugify(input.name);
    slug = base;
    for (let n = 2; await slugExists(tx, slug); n++) slug = `${base}-${n}`;
  }
  return insertMerchant(tx, {
    id: uuidv7(),
    name: input.name,
    slug,
    signupToken: newSecret(12),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    businessKind: input.businessKind ?? null,
  });
}
