import type { Kysely } from 'kysely';
import { decide, PERMISSIONS } from '../../auth/permissions.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Principal } from '../../http/types.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { membershipsOfUser } from '../../repositories/users.ts';

/** "Who am I": the signed-in person or key, their role, their merchant and its settings. */
export async function describePrincipal(
  db: Kysely<Database>,
  principal: Principal,
  publicUrl: string,
) {
  return asSystem(db, async (tx) => {
    const merchant = await findMerchantById(tx, principal.merchantId);
    if (!merchant) throw notFound('Merchant');
    const user =
      principal.actor.type === 'user'
        ? await tx
            .selectFrom('users')
            .select(['id', 'email', 'display_name'])
            .where('id', '=', principal.actor.id)
            .executeTakeFirst()
        : undefined;
    const memberships = user ? await membershipsOfUser(tx, user.id) : [];
    return {
      user: user ? { id: user.id, email: user.email, displayName: user.display_name } : null,
      apiKeyId: principal.actor.type === 'api_key' ? principal.actor.id : null,
      role: principal.role,
      merchant: {
        id: merchant.id,
        name: merchant.name,
        slug: merchant.slug,
        timeZone: merchant.time_zone,
        currency: merchant.currency,
        locale: merchant.locale,
        businessKind: merchant.business_kind,
        brandColor: merchant.brand_color,
        signupUrl: `${publicUrl}/join/${merchant.slug}/${merchant.signup_token}`,
      },
      memberships: memberships.map((m) => ({ merchantId: m.merchant_id, role: m.role })),
      permissions: PERMISSIONS.filter((permission) => decide(principal, permission).allowed),
    };
  });
}
