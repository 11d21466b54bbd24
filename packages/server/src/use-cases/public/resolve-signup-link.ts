import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findMerchantBySignupLink } from '../../repositories/public-links.ts';
import { countAttempt, type Guard, refuseIfLimited } from './guessing-guard.ts';

/**
 * The merchant behind a sign-up link (`/join/<slug>/<token>`). The only cross-merchant step of
 * the public sign-up: everything after it runs inside that merchant's row-level security.
 * An unknown pair is a 404 and counts as a guess against the caller's address.
 */
export async function resolveSignupLink(
  deps: { db: Kysely<Database>; guard: Guard },
  link: { slug: string; token: string },
) {
  await refuseIfLimited(deps.guard);
  const merchant = await asSystem(deps.db, (tx) =>
    findMerchantBySignupLink(tx, link.slug, link.token),
  );
  if (!merchant) {
    await countAttempt(deps.guard);
    throw notFound('Sign-up link');
  }
  return merchant;
}

export type SignupMerchant = Awaited<ReturnType<typeof resolveSignupLink>>;
