import type { Kysely } from 'kysely';
import { metricsPool } from '../../analytics-worker/metrics-pool.ts';
import type { Database } from '../../db/schema.ts';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { analyticsDataVersion } from '../../repositories/analytics-history.ts';
import { findCrossSellRules, findCrossSellRulesStamp } from '../../repositories/cross-sell.ts';
import { type ShopRulesMessage, shopRulesOf } from './cross-sell-rules-from-database.ts';
import type { ShopRules } from './mine-shop-rules.ts';

/**
 * The stored rules this process last read, by merchant, with what identifies them (data
 * version and mining time): a large shop's rules are megabytes of JSON, read once per mining
 * rather than on every customer page.
 */
const lastRead = new Map<string, { stamp: string; shop: ShopRules }>();
/** Minings under way in this process, by merchant and data version: asked once, awaited by all. */
const mining = new Map<string, Promise<ShopRules>>();

const stampOf = (row: { data_version: string; computed_at: Date }) =>
  `${row.data_version}@${new Date(row.computed_at).toISOString()}`;

/** The stored rules when they were mined from the shop's data as it is now. */
async function storedRules(tx: Tx, merchantId: string, version: string): Promise<ShopRules | null> {
  const stamp = await findCrossSellRulesStamp(tx, merchantId);
  if (!stamp || stamp.data_version !== version) return null;
  const known = lastRead.get(merchantId);
  if (known?.stamp === stampOf(stamp)) return known.shop;
  const row = await findCrossSellRules(tx, merchantId, version);
  if (!row) return null;
  const shop = shopRulesOf({
    rules: row.rules as ShopRulesMessage['rules'],
    names: row.names as ShopRulesMessage['names'],
    customersWithItems: row.customers_with_items,
  });
  lastRead.set(merchantId, { stamp: stampOf(row), shop });
  return shop;
}

/** The data version the shop's rules must be mined from, and the stored rules when they are its. */
export type ShopRulesRead = { version: string; stored: ShopRules | null };

/**
 * The shop's data version and its stored rules when they were mined from it, read in the
 * caller's transaction (a customer page reads the customer's receipts in the same one).
 */
export async function readShopRules(tx: Tx, merchantId: string): Promise<ShopRulesRead> {
  const { version } = await analyticsDataVersion(tx, merchantId);
  return { version, stored: await storedRules(tx, merchantId, version) };
}

/**
 * The rules `read` found stored, else mined again from the shop's data (at `read.version`) by
 * an analytics worker thread, which stores them for the other server processes; a mining
 * already under way in this process is awaited, not asked again. Outside any transaction: the
 * worker reads and writes through its own.
 */
export async function shopRulesFrom(
  db: Kysely<Database>,
  merchantId: string,
  read: ShopRulesRead,
  now: Date,
): Promise<ShopRules> {
  if (read.stored) return read.stored;
  const key = `${merchantId}/${read.version}`;
  let pending = mining.get(key);
  if (!pending) {
    pending = metricsPool()
      .crossSellRulesFor(db, { merchantId, dataVersion: read.version, now })
      .then(shopRulesOf)
      .finally(() => mining.delete(key));
    mining.set(key, pending);
  }
  return pending;
}

/**
 * The shop's next-item rules for its data as it is now: the stored ones (mined by any server
 * process) while no purchase, refund or customer was added since, else mined again.
 */
export async function shopNextItemRules(
  db: Kysely<Database>,
  merchantId: string,
  now: Date,
): Promise<ShopRules> {
  const read = await withMerchant(db, merchantId, (tx) => readShopRules(tx, merchantId));
  return shopRulesFrom(db, merchantId, read, now);
}

/**
 * The stored rules when they are the data's as it is now, for a caller already in the
 * merchant's transaction (a campaign's audience); null when they must be mined.
 */
export async function currentStoredRules(tx: Tx, merchantId: string): Promise<ShopRules | null> {
  return (await readShopRules(tx, merchantId)).stored;
}
