import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Reserves a shop's address for a merchant in the caller's system transaction; false when
 * another merchant holds it. A sign-up racing for the same slug waits here for the first one's
 * transaction and gets false once it commits (true if it rolled back): the primary key of
 * `merchant_slugs` decides, on one PostgreSQL as on a Citus cluster.
 * @example
 * if (!(await reserveSlug(tx, 'boulangerie-des-lilas', merchantId))) throw slugTaken(slug);
 */
export async function reserveSlug(tx: Tx, slug: string, merchantId: string): Promise<boolean> {
  const { rows } = await sql<{ slug: string }>`
    insert into merchant_slugs (slug, merchant) values (${slug}, ${merchantId})
      on conflict (slug) do nothing
      returning slug`.execute(tx);
  return rows.length === 1;
}
