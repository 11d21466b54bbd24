import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { createOwnerAccount } from '../../src/use-cases/accounts/sign-up-owner.ts';
import { describeEachBackend } from '../support/backends.ts';

/**
 * Two sign-ups for the same shop address at the same instant. On a Citus cluster `merchants` is
 * distributed by its id, so its unique index on the slug can't stop the second one: the slug is
 * reserved in a global table (`merchant_slugs`) whose key decides, on every kind of database.
 */
const NOW = new Date('2026-12-06T10:00:00Z');

function owner(email: string, shop: { name: string; slug?: string }) {
  return { ...shop, email, passwordHash: 'not-a-real-hash', displayName: null };
}

/**
 * Runs `first` in a transaction that stays open until `second` has either finished or is
 * seen waiting for a lock (bounded: 3 s), then commits it: the two sign-ups overlap.
 */
async function overlap(
  db: Kysely<Database>,
  first: Parameters<typeof createOwnerAccount>[1],
  second: Parameters<typeof createOwnerAccount>[1],
) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = () => {};
  const inside = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const a = asSystem(db, async (tx) => {
    const created = await createOwnerAccount(tx, first, NOW);
    entered();
    await held;
    return created;
  });
  await inside;
  const b = asSystem(db, (tx) => createOwnerAccount(tx, second, NOW));
  const settledB = b.then(
    () => true,
    () => true,
  );
  const deadline = Date.now() + 3000;
  let done = false;
  void settledB.then(() => {
    done = true;
  });
  while (!done && Date.now() < deadline) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
       where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if ((rows[0]?.waiting ?? 0) > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  release();
  return Promise.allSettled([a, b]);
}

describeEachBackend('a shop address taken by two sign-ups at once', (database) => {
  it('gives the slug to exactly one; the other gets slug_taken and nothing of it is written', async () => {
    const { db } = database();
    const [first, second] = await overlap(
      db,
      owner('premiere@example.fr', { name: 'Boulangerie A', slug: 'la-course' }),
      owner('seconde@example.fr', { name: 'Boulangerie B', slug: 'la-course' }),
    );
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect(second.status === 'rejected' && second.reason).toMatchObject({ code: 'slug_taken' });
    const shops = await db
      .selectFrom('merchants')
      .select('name')
      .where('slug', '=', 'la-course')
      .execute();
    expect(shops).toEqual([{ name: 'Boulangerie A' }]);
    const users = await db
      .selectFrom('users')
      .select('email')
      .where('email', '=', 'seconde@example.fr')
      .execute();
    expect(users).toEqual([]);
  });

  it('gives a derived address the next free suffix when the plain one is being taken', async () => {
    const { db } = database();
    const [first, second] = await overlap(
      db,
      owner('cafe1@example.fr', { name: 'Café du Port' }),
      owner('cafe2@example.fr', { name: 'Café du Port' }),
    );
    expect(first.status === 'fulfilled' && first.value.merchant.slug).toBe('cafe-du-port');
    expect(second.status === 'fulfilled' && second.value.merchant.slug).toBe('cafe-du-port-2');
  });
});
