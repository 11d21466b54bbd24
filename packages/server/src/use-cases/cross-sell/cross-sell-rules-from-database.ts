import type { NextItemRule } from '@habitue/analytics';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { listItemisedPurchases, saveCrossSellRules } from '../../repositories/cross-sell.ts';
import { mineShopRules, type ShopRules } from './mine-shop-rules.ts';

/** A mining to do: the shop, the data version its caller read, and when. */
export type CrossSellJob = { merchantId: string; dataVersion: string; now: Date };

/** The rules as they cross threads and as `cross_sell_rules` stores them. */
export type ShopRulesMessage = {
  rules: NextItemRule[];
  names: [string, string][];
  customersWithItems: number;
};

export const shopRulesMessage = (shop: ShopRules): ShopRulesMessage => ({
  rules: shop.rules,
  names: [...shop.names],
  customersWithItems: shop.customersWithItems,
});

export const shopRulesOf = (message: ShopRulesMessage): ShopRules => ({
  rules: message.rules,
  names: new Map(message.names),
  customersWithItems: message.customersWithItems,
});

/**
 * Mines the shop's rules from its receipts and stores them for every server process, as the
 * merchant (`withMerchant`): run by an analytics worker thread through its own connection, so
 * that a second of CPU on a large shop's receipts never holds up the requests of the server
 * thread. (A purchase recorded between the caller's version and this read is mined with it;
 * the next reader sees a newer version and mines again.)
 */
export async function crossSellRulesFromDatabase(
  db: Kysely<Database>,
  job: CrossSellJob,
): Promise<ShopRulesMessage> {
  const rows = await withMerchant(db, job.merchantId, (tx) =>
    listItemisedPurchases(tx, job.merchantId),
  );
  const message = shopRulesMessage(mineShopRules(rows));
  await withMerchant(db, job.merchantId, (tx) =>
    saveCrossSellRules(tx, job.merchantId, {
      dataVersion: job.dataVersion,
      computedAt: job.now,
      customersWithItems: message.customersWithItems,
      rules: message.rules,
      names: message.names,
    }),
  );
  return message;
}
