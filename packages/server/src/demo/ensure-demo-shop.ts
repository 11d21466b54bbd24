import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { DEMO, seedDemoShop } from './seed-demo-shop.ts';

export type DemoShopInfo = {
  created: boolean;
  merchantName: string;
  merchantSlug: string;
  ownerEmail: string;
  ownerPassword: string;
  cashierEmail: string;
  cashierPassword: string;
};

const info = (created: boolean): DemoShopInfo => ({
  created,
  merchantName: DEMO.name,
  merchantSlug: DEMO.slug,
  ownerEmail: DEMO.owner.email,
  ownerPassword: DEMO.owner.password,
  cashierEmail: DEMO.cashier.email,
  cashierPassword: DEMO.cashier.password,
});

/**
 * On an empty database, creates the demo shop; on a database that already has it, says how to
 * sign in; on a database with real merchants only, does nothing (returns null).
 */
export async function ensureDemoShop(
  db: Kysely<Database>,
  options: { seed: number; now: Date },
): Promise<DemoShopInfo | null> {
  const merchants = await asSystem(db, (tx) =>
    tx.selectFrom('merchants').select('slug').limit(2).execute(),
  );
  if (merchants.some((m) => m.slug === DEMO.slug)) return info(false);
  if (merchants.length > 0) return null;
  await seedDemoShop(db, options);
  return info(true);
}
