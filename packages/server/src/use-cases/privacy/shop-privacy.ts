import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findShopPrivacy,
  findShopPrivacyBySlug,
  updateShopPrivacy,
} from '../../repositories/shop-privacy.ts';
import { RETENTION_YEARS } from '../gdpr/retention-policy.ts';
import type { MerchantScope } from '../scope.ts';

type Row = {
  name: string;
  slug: string;
  legal_address: string | null;
  privacy_email: string | null;
};

/**
 * What the privacy notice and page are generated from: the controller (the shop: name,
 * address, contact for rights), and how long data is kept (the retention job's rule).
 */
export function presentShopPrivacy(row: Row) {
  return {
    controller: { name: row.name, address: row.legal_address, contactEmail: row.privacy_email },
    retentionYears: RETENTION_YEARS,
    policyPath: `/p/${row.slug}/confidentialite`,
  };
}

export function getShopPrivacy(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) =>
    presentShopPrivacy(await findShopPrivacy(tx, scope.merchantId)),
  );
}

/** The owner sets the address and rights contact the notice names (audited). */
export function setShopPrivacy(
  scope: MerchantScope,
  settings: { address: string | null; contactEmail: string | null },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    await updateShopPrivacy(tx, scope.merchantId, settings);
    await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
      action: 'merchant.privacy_updated',
      details: { fields: Object.keys(settings) },
    });
    return presentShopPrivacy(await findShopPrivacy(tx, scope.merchantId));
  });
}

/** The public privacy page of a shop, by its slug. */
export async function getPublicShopPrivacy(db: Kysely<Database>, slug: string) {
  const row = await asSystem(db, (tx) => findShopPrivacyBySlug(tx, slug));
  if (!row) throw notFound('Shop');
  return presentShopPrivacy(row);
}
