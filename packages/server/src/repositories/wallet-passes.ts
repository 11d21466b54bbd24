import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** Cross-merchant: the card token of the customer a pass's serial number names. */
export function findPassHolder(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .select(['merchant_id', 'id', 'card_token'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', customerId)
    .executeTakeFirst();
}

/**
 * Registers a phone for a pass's updates (a second registration only renews its push token).
 * Returns whether the registration is new.
 */
export async function registerDevice(
  tx: Tx,
  input: {
    merchantId: string;
    customerId: string;
    deviceLibraryId: string;
    pushToken: string;
    now: Date;
  },
): Promise<boolean> {
  await tx
    .insertInto('wallet_passes')
    .values({ merchant_id: input.merchantId, customer_id: input.customerId, created_at: input.now })
    .onConflict((oc) => oc.columns(['merchant_id', 'customer_id']).doNothing())
    .execute();
  const row = await tx
    .insertInto('wallet_devices')
    .values({
      merchant_id: input.merchantId,
      customer_id: input.customerId,
      device_library_id: input.deviceLibraryId,
      push_token: input.pushToken,
      registered_at: input.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['merchant_id', 'customer_id', 'device_library_id'])
        .doUpdateSet({ push_token: input.pushToken }),
    )
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  return row.inserted;
}

export async function unregisterDevice(
  tx: Tx,
  merchantId: string,
  customerId: string,
  deviceLibraryId: string,
): Promise<void> {
  await tx
    .deleteFrom('wallet_devices')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where('device_library_id', '=', deviceLibraryId)
    .execute();
}

/**
 * Cross-merchant, keyed by the phone's own id: the passes registered on one device, each with
 * its version (how many times what it shows has changed). A version read here is committed;
 * a change still running will commit a higher one (its transaction holds the pass's row).
 */
export async function devicePassVersions(
  tx: Tx,
  deviceLibraryId: string,
): Promise<{ merchantId: string; customerId: string; version: number }[]> {
  const rows = await tx
    .selectFrom('wallet_devices as d')
    .innerJoin('wallet_passes as p', (join) =>
      join
        .onRef('p.merchant_id', '=', 'd.merchant_id')
        .onRef('p.customer_id', '=', 'd.customer_id'),
    )
    .select(['p.merchant_id', 'p.customer_id', 'p.version'])
    .where('d.device_library_id', '=', deviceLibraryId)
    .execute();
  return rows.map((r) => ({
    merchantId: r.merchant_id,
    customerId: r.customer_id,
    version: Number(r.version),
  }));
}

/** When a pass last changed (null: no device ever registered for it). */
export async function passChangedAt(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<Date | null> {
  const row = await tx
    .selectFrom('wallet_passes')
    .select('changed_at')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row?.changed_at ?? null;
}
