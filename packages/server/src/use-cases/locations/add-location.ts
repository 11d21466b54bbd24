import { uuidv7 } from 'uuidv7';
import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertLocation } from '../../repositories/locations.ts';
import type { MerchantScope } from '../scope.ts';

/** A shop, stall or van where purchases happen; purchases may name one. */
export function addLocation(
  scope: MerchantScope,
  input: { name: string; address?: string | null },
) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const row = await insertLocation(tx, {
      merchantId,
      id: uuidv7(),
      name: input.name,
      address: input.address ?? null,
    });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'location.added',
      subjectType: 'location',
      subjectId: row.id,
    });
    return row;
  });
}
