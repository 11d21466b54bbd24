import type { Tx } from '../db/tenant.ts';

export function insertLocation(
  tx: Tx,
  l: { merchantId: string; id: string; name: string; address: string | null },
) {
  return tx
    .insertInto('locations')
    .values({ merchant_id: l.merchantId, id: l.id, name: l.name, address: l.address })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listLocations(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('locations')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export function findLocation(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('locations')
    .select(['id', 'archived_at'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
