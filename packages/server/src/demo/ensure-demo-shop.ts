import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export type DemoShopInfo = {
  created: boolean;
  merchantName: string;
  merchantSlug: string;
  ownerEmail: string;
  ownerPassword: string;
};

/** Placeholder until the demo seeding lands: the demo is not created. */
export async function ensureDemoShop(
  _db: Kysely<Database>,
  _options: { seed: number; now: Date },
): Promise<DemoShopInfo | null> {
  return null;
}
