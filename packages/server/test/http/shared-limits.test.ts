import { expect, it } from 'vitest';
import { RateLimiter } from '../../src/auth/rate-limiter.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const behindOneProxy = {
  publicUrl: 'http://habitue.test',
  sessionTtlHours: 24,
  cookieSecure: false,
  trustProxy: 1,
};

/**
 * Two apps on one database, each with its own services — what two server processes are. A
 * limit each process kept for itself would let a guesser (or a mail flood) go twice as far by
 * spreading requests over them; these limits must be one.
 */
describeEachBackend('limits shared by every server process', (database) => {
  it('card guessing: misses spread over two processes add up to one limit', async () => {
    const [first, second] = [0, 1].map(() =>
      testClient(
        testServices(database(), {
          cardLimiter: new RateLimiter(4, 60_000),
          config: behindOneProxy,
        }),
      ),
    );
    const owner = await signUpOwner(first!);
    const customer = await buildCustomer(first!, { cookie: owner.cookie });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const client = i % 2 === 0 ? first! : second!;
      const r = await client.request(
        'GET',
        `/api/v1/public/cards/miss${i}xxxxxxxxxxxxxxxx`,
        from('192.0.2.41'),
      );
      statuses.push(r.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429]);
    const known = `/api/v1/public/cards/${customer.cardToken}`;
    expect((await first!.request('GET', known, from('192.0.2.41'))).status).toBe(429);
    expect((await second!.request('GET', known, from('192.0.2.41'))).status).toBe(429);
    expect((await second!.request('GET', known, from('192.0.2.42'))).status).toBe(200);
  });

  it('password-reset mails: at most the limit per hour, whichever process is asked', async () => {
    const [first, second] = [0, 1].map(() =>
      testClient(testServices(database(), { accountMailLimiter: new RateLimiter(3, 3_600_000) })),
    );
    const owner = await signUpOwner(first!);
    for (let i = 0; i < 6; i++) {
      const client = i % 2 === 0 ? first! : second!;
      const r = await client.request('POST', '/api/v1/auth/password-reset', {
        body: { email: owner.email },
      });
      expect(r.status).toBe(202);
    }
    const resets = await database()
      .db.selectFrom('account_outbox')
      .select('subject')
      .where('to_address', '=', owner.email)
      .where('category', '=', 'password_reset')
      .execute();
    expect(resets).toHaveLength(3);
  });

  it('a window that ended starts again from zero, in every process', async () => {
    let nowMs = Date.parse('2026-12-06T10:00:00Z');
    const [first, second] = [0, 1].map(() =>
      testClient(
        testServices(database(), {
          cardLimiter: new RateLimiter(2, 60_000),
          config: behindOneProxy,
          now: () => new Date(nowMs),
        }),
      ),
    );
    await first!.request('GET', '/api/v1/public/cards/nope-aaaaaaaaaaaaaaaa', from('192.0.2.51'));
    await second!.request('GET', '/api/v1/public/cards/nope-bbbbbbbbbbbbbbbb', from('192.0.2.51'));
    expect(
      (
        await first!.request(
          'GET',
          '/api/v1/public/cards/nope-cccccccccccccccc',
          from('192.0.2.51'),
        )
      ).status,
    ).toBe(429);
    nowMs += 61_000;
    expect(
      (
        await second!.request(
          'GET',
          '/api/v1/public/cards/nope-dddddddddddddddd',
          from('192.0.2.51'),
        )
      ).status,
    ).toBe(404);
  });
});
