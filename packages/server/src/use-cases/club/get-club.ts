import { withMerchant } from '../../db/tenant.ts';
import { findClubSettings } from '../../repositories/club.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's club, or `{ club: null }` when it has none. */
export function getClub(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const found = await findClubSettings(tx, scope.merchantId);
    return {
      club: found
        ? { ...found.settings, active: found.active, updatedAt: found.updatedAt.toISOString() }
        : null,
    };
  });
}
