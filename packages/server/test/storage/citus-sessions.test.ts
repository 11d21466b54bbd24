import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { expect, it } from 'vitest';
import { withDeferredKeyCheck } from '../../src/db/deferred-key-check.ts';
import { asSystem, useCitusSessions, withMerchant } from '../../src/db/tenant.ts';
import { newMerchant } from '../import/import-file.ts';
import { describeEachBackend } from '../support/backends.ts';

/**
 * On Citus the merchant is entered with SET LOCAL statements (the only form passed on to the
 * workers) instead of set_config. This file switches this process to that form and checks it
 * isolates merchants exactly as the usual one does, on both backends: the form is chosen by
 * the cluster, the isolation must not depend on it.
 */
useCitusSessions();

describeEachBackend('merchant sessions in the SET LOCAL form', (database) => {
  it("shows only the merchant's own rows, as the restricted role, with its lock timeout", async () => {
    const { db } = database();
    const a = await newMerchant(db, 'set-local-a');
    const b = await newMerchant(db, 'set-local-b');
    await asSystem(db, (tx) =>
      tx
        .insertInto('customers')
        .values([
          { merchant_id: a, id: uuidv7(), first_name: 'Ana', card_token: `tok-${a}` },
          { merchant_id: b, id: uuidv7(), first_name: 'Bea', card_token: `tok-${b}` },
        ])
        .execute(),
    );
    const seen = await withMerchant(
      db,
      a,
      async (tx) => {
        const customers = await tx.selectFrom('customers').select('first_name').execute();
        const { rows } = await sql<{
          role: string;
          timeout: string;
        }>`select current_user as role, current_setting('lock_timeout') as timeout`.execute(tx);
        return { customers, ...rows[0] };
      },
      { lockTimeout: '150ms' },
    );
    expect(seen).toEqual({
      customers: [{ first_name: 'Ana' }],
      role: 'habitue_app',
      timeout: '150ms',
    });
  });

  it("refuses a write into another merchant's rows", async () => {
    const { db } = database();
    const a = await newMerchant(db, 'set-local-c');
    const b = await newMerchant(db, 'set-local-d');
    await expect(
      withMerchant(db, a, (tx) =>
        tx
          .insertInto('customers')
          .values({ merchant_id: b, id: uuidv7(), first_name: 'Intruder', card_token: 'tok-y' })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('refuses a merchant id or lock timeout that is not what it claims, before any SQL', async () => {
    const { db } = database();
    await expect(withMerchant(db, "x'; drop table customers; --", async () => 1)).rejects.toThrow(
      /not a uuid/,
    );
    await expect(
      withMerchant(db, uuidv7(), async () => 1, { lockTimeout: "1s'; reset role; --" }),
    ).rejects.toThrow(/not a duration/);
  });

  it('proves a cached API key live, and finds a revoked one revoked', async () => {
    const { db } = database();
    const a = await newMerchant(db, 'set-local-e');
    const keyId = uuidv7();
    await asSystem(db, (tx) =>
      tx
        .insertInto('api_keys')
        .values({
          merchant_id: a,
          id: keyId,
          name: 'caisse',
          key_hash: `hash-${keyId}`,
          key_prefix: 'hab_test',
          scopes: [],
        })
        .execute(),
    );
    const settled = async () => {
      const answers: boolean[] = [];
      const check = {
        merchantId: a,
        keyId,
        verified: false,
        settle: (live: boolean) => answers.push(live),
      };
      await withDeferredKeyCheck(check, () => withMerchant(db, a, async () => 1));
      return answers;
    };
    expect(await settled()).toEqual([true]);
    await asSystem(db, (tx) =>
      tx.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', keyId).execute(),
    );
    expect(await settled()).toEqual([false]);
  });
});
