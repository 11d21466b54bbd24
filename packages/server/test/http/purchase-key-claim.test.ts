import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/** Rolls back the transaction that held a lock once the test inside it is done. */
class Release extends Error {}

describeEachBackend('a purchase claims its Idempotency-Key with the customer', (database) => {
  async function shop() {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const purchases = async () =>
      (
        await asSystem(client.services.db, (tx) =>
          sql<{
            n: number;
          }>`select count(*)::int as n from purchases where merchant_id = ${owner.merchant.id}`.execute(
            tx,
          ),
        )
      ).rows[0]!.n;
    /** Runs `work` while another transaction holds what `hold` locked. */
    const whileHeld = async (hold: string, work: () => Promise<void>) => {
      await asSystem(client.services.db, async (tx) => {
        await sql.raw(hold).execute(tx);
        await work();
        throw new Release();
      }).catch((error) => {
        if (!(error instanceof Release)) throw error;
      });
    };
    return { client, owner, auth, customer, purchases, whileHeld };
  }

  it('a refusal before the claim (a date in the future) is stored, replayed, and records nothing', async () => {
    const { client, auth, customer, purchases } = await shop();
    const body = { customerId: customer.id, amountCents: 450, occurredAt: '2099-01-01T10:00:00Z' };
    const key = { 'idempotency-key': 'ticket-2099' };
    const first = await purchase(client, auth, body, key);
    expect(first.status).toBe(422);
    const again = await purchase(client, auth, body, key);
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.code).toBe(first.body.code);
    // The key is taken by that refusal: another body under it is refused as a reuse.
    const other = await purchase(client, auth, { customerId: customer.id, amountCents: 450 }, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await purchases()).toBe(0);
  });

  it('waiting 5 s for the same key answers idempotency_key_in_flight; for the customer, database_busy', async () => {
    const { client, owner, auth, customer, purchases, whileHeld } = await shop();
    const body = { customerId: customer.id, amountCents: 450 };
    await whileHeld(
      `insert into idempotency_keys (merchant_id, principal, key, request_hash, created_at)
       values ('${owner.merchant.id}', 'user:${owner.user.id}', 'held-key', 'x', now())`,
      async () => {
        const waited = await purchase(client, auth, body, { 'idempotency-key': 'held-key' });
        expect(waited.status).toBe(409);
        expect(waited.body.code).toBe('idempotency_key_in_flight');
      },
    );
    await whileHeld(
      `select id from customers where merchant_id = '${owner.merchant.id}' and id = '${customer.id}' for update`,
      async () => {
        const waited = await purchase(client, auth, body, { 'idempotency-key': 'free-key' });
        expect(waited.status).toBe(503);
        expect(waited.body.code).toBe('database_busy');
      },
    );
    expect(await purchases()).toBe(0);
    // Once nothing is held, the same keys go through.
    expect((await purchase(client, auth, body, { 'idempotency-key': 'held-key' })).status).toBe(
      201,
    );
    expect((await purchase(client, auth, body, { 'idempotency-key': 'free-key' })).status).toBe(
      201,
    );
  }, 30_000);
});
