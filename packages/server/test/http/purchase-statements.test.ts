import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, buildStampCard } from '../support/loyalty-factories.ts';
import { statementLog } from '../support/statement-log.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const log = statementLog();

/** Statements that open or close a transaction (counted apart from the work inside). */
const CONTROL = /^(begin|commit)\b/i;

describeEachBackend(
  'the common-case purchase: one transaction, six statements',
  (database) => {
    it('a purchase by customer id or card token, with an API key and an Idempotency-Key', async () => {
      const client = testClient(testServices(database()));
      const owner = await signUpOwner(client);
      await buildStampCard(client, { cookie: owner.cookie });
      await buildPointsProgram(client, { cookie: owner.cookie });
      const key = await client.request('POST', '/api/v1/api-keys', {
        cookie: owner.cookie,
        body: { name: 'Caisse' },
      });
      const apiKey = key.body.key as string;
      const lea = await buildCustomer(client, { cookie: owner.cookie });
      const buy = (body: Record<string, unknown>) =>
        client.request('POST', '/api/v1/purchases', {
          apiKey,
          body: { amountCents: 450, ...body },
          headers: { 'idempotency-key': randomUUID() },
        });
      // The first purchase fills this process's caches (programs, the key); later ones use them.
      expect((await buy({ customerId: lea.id })).status).toBe(201);

      for (const ref of [{ customerId: lea.id }, { cardToken: lea.cardToken }]) {
        let status = 0;
        let body: { unlocked?: unknown[]; card?: unknown[] } = {};
        const sent = await log.count(async () => {
          ({ status, body } = await buy(ref));
        });
        expect(status).toBe(201);
        expect(body.unlocked).toEqual([]);
        expect(body.card).toHaveLength(2);
        const texts = sent.statements.map((s) => s.text.slice(0, 120));
        expect(sent.transactions, texts.join('\n')).toBe(1);
        const work = sent.statements.filter((s) => !CONTROL.test(s.text));
        expect(work.length, texts.join('\n')).toBeLessThanOrEqual(6);
        // BEGIN goes out with the first statement, SAVEPOINT with the one after it, COMMIT
        // with the stored response: five waits for PostgreSQL instead of eight.
        expect(sent.roundTrips, texts.join('\n')).toBeLessThanOrEqual(5);
      }
    });
  },
  { Client: log.Client },
);
