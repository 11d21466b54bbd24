import { uuidv7 } from 'uuidv7';
import { newSecret } from '../../auth/tokens.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { reserveSlug } from '../../repositories/merchant-slugs.ts';
import { insertMerchant } from '../../repositories/merchants.ts';
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
 * numeric suffix until it is. Runs inside the caller's system transaction; the slug is
 * reserved there (`merchant_slugs`), so of two sign-ups racing for one slug exactly one gets it.
 */
export async function createMerchant(tx: Tx, input: CreateMerchantInput) {
  const id = uuidv7();
  let slug = input.slug;
  if (slug) {
    if (!(await reserveSlug(tx, slug, id))) throw slugTaken(slug);
  } else {
    const base = slugify(input.name);
    slug = base;
    for (let n = 2; !(await reserveSlug(tx, slug, id)); n++) slug = `${base}-${n}`;
  }
  return insertMerchant(tx, {
    id,
    name: input.name,
    slug,
    signupToken: newSecret(12),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    businessKind: input.businessKind ?? null,
  });
}

function slugTaken(slug: string): AppError {
  return new AppError('slug_taken', `The address "${slug}" is already taken`, {
    fields: [{ field: 'slug', message: 'already taken', code: 'slug_taken' }],
  });
}
