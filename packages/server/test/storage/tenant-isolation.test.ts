import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { expect, it } from 'vitest';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';

async function insertMerchant(db: Parameters<typeof asSystem>[0], slug: string) {
  const id = uuidv7();
  await asSystem(db, (tx) =>
    tx
      .insertInto('merchants')
      .values({ id, name: slug, slug, signup_token: `signup-${slug}` })
      .execute(),
  );
  return id;
}

describeEachBackend('row-level security', (database) => {
  it('hides every row when no merchant is set, even from a query with no filter', async () => {
    const { db } = database();
    const a = await insertMerchant(db, 'rls-a');
    await asSystem(db, (tx) =>
      tx
        .insertInto('customers')
        .values({ merchant_id: a, id: uuidv7(), first_name: 'Ana', card_token: `tok-${a}` })
        .execute(),
    );
    const visible = await db.transaction().execute(async (tx) => {
      await sql`set local role habitue_app`.execute(tx);
      return tx.selectFrom('customers').selectAll().execute();
    });
    expect(visible).toHaveLength(0);
    const own = await withMerchant(db, a, (tx) => tx.selectFrom('customers').selectAll().execute());
    expect(own.map((c) => c.first_name)).toEqual(['Ana']);
  });

  it("rejects an insert into another merchant's rows and shows only one's own", async () => {
    const { db } = database();
    const a = await insertMerchant(db, 'rls-b');
    const b = await insertMerchant(db, 'rls-c');
    await expect(
      withMerchant(db, a, (tx) =>
        tx
          .insertInto('customers')
          .values({ merchant_id: b, id: uuidv7(), first_name: 'Intruder', card_token: 'tok-x' })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const merchants = await withMerchant(db, a, (tx) =>
      tx.selectFrom('merchants').select('slug').execute(),
    );
    expect(merchants).toEqual([{ slug: 'rls-b' }]);
  });

  it('forbids the application role to update or delete ledger entries', async () => {
    const { db } = database();
    const a = await insertMerchant(db, 'rls-d');
    await expect(
      withMerchant(db, a, (tx) => tx.deleteFrom('ledger_entries').execute()),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withMerchant(db, a, (tx) => tx.updateTable('ledger_entries').set({ delta: 1 }).execute()),
    ).rejects.toThrow(/permission denied/);
  });
});
