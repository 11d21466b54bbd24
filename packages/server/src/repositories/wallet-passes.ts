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
 * Cross-merchant, keyed by the phone's own id: the passes registered on one device that changed
 * in a transaction numbered `since` or later (all of them without `since`), and the tag to ask
 * with next time — the oldest transaction still running, taken in the same snapshot, so a change
 * that commits after this answer always has a number at or above it.
 */
export async function passesChangedSince(
  tx: Tx,
  deviceLibraryId: string,
  since: string | null,
): Promise<{ passes: { merchantId: string; customerId: string }[]; tag: string }> {
  const { rows } = await sql<{
    merchant_id: string | null;
    customer_id: string | null;
    tag: string;
  }>`
    with tag as (select pg_snapshot_xmin(pg_current_snapshot())::text as tag)
    select p.merchant_id, p.customer_id, tag.tag
      from tag
      left join (wallet_devices d join wallet_passes p
        on p.merchant_id = d.merchant_id and p.customer_id = d.customer_id)
        on d.device_library_id = ${deviceLibraryId}
        and (${since}::xid8 is null or p.changed_xid >= ${since}::xid8)
      order by p.merchant_id, p.customer_id`.execute(tx);
  const tag = rows[0]?.tag ?? '0';
  const passes = rows.flatMap((r) =>
    r.merchant_id && r.customer_id
      ? [{ merchantId: r.merchant_id, customerId: r.customer_id }]
      : [],
  );
  return { passes, tag };
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
