import { expect, it } from 'vitest';
import { DEFAULT_THROTTLES } from '../../src/auth/attempt-throttle.ts';
import { describeEachBackend } from '../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

let nextHost = 0;
/** A fresh address per use: the counters live in the database the tests of this file share. */
const address = (network: string) => `${network}.${++nextHost}`;

/** The per-address allowance made small, so that reaching it takes few (slow) password checks. */
const SMALL_ADDRESS_ALLOWANCE = {
  ...DEFAULT_THROTTLES,
  logInPerAddress: { ...DEFAULT_THROTTLES.logInPerAddress, freeAttempts: 4 },
};

/** A client behind one trusted proxy, with a clock the test moves. */
function throttledClient(
  database: Parameters<typeof testServices>[0],
  clock: { ms: number },
  throttles = DEFAULT_THROTTLES,
) {
  return testClient(
    testServices(database, {
      now: () => new Date(clock.ms),
      throttles,
      config: {
        publicUrl: 'http://habitue.test',
        sessionTtlHours: 24,
        cookieSecure: false,
        trustProxy: 1,
      },
    }),
  );
}

type Client = ReturnType<typeof throttledClient>;

function logIn(client: Client, email: string, password: string, address: string) {
  return client.request('POST', '/api/v1/auth/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': address },
  });
}

/** Guesses `count` passwords from one address, waiting out each delay like a patient attacker. */
async function guess(
  client: Client,
  clock: { ms: number },
  email: string,
  count: number,
  from: string,
) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await logIn(client, email, `wrong-${i}`, from);
    statuses.push(r.status);
    if (r.status === 429) {
      clock.ms += Number(r.headers.get('retry-after')) * 1000;
      i -= 1;
    }
  }
  return statuses;
}

describeEachBackend('log-in throttling', (database) => {
  it('guesses from one address never lock the owner out: the right password from another address works', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const OWNER_AT_HOME = address('198.51.100');
    const client = throttledClient(database(), clock);
    const owner = await signUpOwner(client);
    await guess(client, clock, owner.email, 12, ATTACKER);
    const blocked = await logIn(client, owner.email, owner.password, ATTACKER);
    expect(blocked.status).toBe(429);
    const fromHome = await logIn(client, owner.email, owner.password, OWNER_AT_HOME);
    expect(fromHome.status).toBe(200);
  });

  it('delays grow past the free attempts, and refused attempts do not renew them', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const client = throttledClient(database(), clock);
    const owner = await signUpOwner(client);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      expect((await logIn(client, owner.email, 'wrong', ATTACKER)).status).toBe(401);
    }
    for (let round = 0; round < 4; round++) {
      const refused = await logIn(client, owner.email, 'wrong', ATTACKER);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('rate_limited');
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      // Hammering while blocked changes nothing.
      for (let i = 0; i < 10; i++) await logIn(client, owner.email, 'wrong', ATTACKER);
      const again = await logIn(client, owner.email, 'wrong', ATTACKER);
      expect(Number(again.headers.get('retry-after'))).toBe(wait);
      clock.ms += wait * 1000;
      expect((await logIn(client, owner.email, 'wrong', ATTACKER)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // Once the wait is over, the right password from the same address works and clears the slate.
    clock.ms += 16_000;
    expect((await logIn(client, owner.email, owner.password, ATTACKER)).status).toBe(200);
    expect((await logIn(client, owner.email, 'wrong', ATTACKER)).status).toBe(401);
  });

  it('unknown emails are counted exactly like known ones (the limit reveals no account)', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const OWNER_AT_HOME = address('198.51.100');
    const client = throttledClient(database(), clock);
    const owner = await signUpOwner(client);
    const known = await guess(client, clock, owner.email, 9, ATTACKER);
    const unknown = await guess(client, clock, 'nobody-here@example.fr', 9, OWNER_AT_HOME);
    expect(unknown).toEqual(known);
    expect(known.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('one address failing on many accounts is slowed down as a whole, other addresses are not', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const OWNER_AT_HOME = address('198.51.100');
    const client = throttledClient(database(), clock, SMALL_ADDRESS_ALLOWANCE);
    const owner = await signUpOwner(client);
    for (let i = 0; i < SMALL_ADDRESS_ALLOWANCE.logInPerAddress.freeAttempts; i++) {
      // A different email each time: no (email, address) key ever reaches its own limit.
      expect((await logIn(client, `spray${i}@example.fr`, 'wrong', ATTACKER)).status).toBe(401);
    }
    expect((await logIn(client, 'spray-next@example.fr', 'wrong', ATTACKER)).status).toBe(429);
    expect((await logIn(client, owner.email, owner.password, ATTACKER)).status).toBe(429);
    expect((await logIn(client, owner.email, owner.password, OWNER_AT_HOME)).status).toBe(200);
  });

  it('a shop behind one address keeps logging in: successes do not use up its allowance', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const client = throttledClient(database(), clock, SMALL_ADDRESS_ALLOWANCE);
    const owner = await signUpOwner(client);
    for (let i = 0; i < SMALL_ADDRESS_ALLOWANCE.logInPerAddress.freeAttempts + 3; i++) {
      expect((await logIn(client, owner.email, owner.password, ATTACKER)).status).toBe(200);
    }
  });

  it('owner sign-ups are limited per address, with the wait in Retry-After', async () => {
    const clock = { ms: Date.parse('2026-12-06T10:00:00Z') };
    const ATTACKER = address('203.0.113');
    const OWNER_AT_HOME = address('198.51.100');
    const client = throttledClient(database(), clock);
    const signUp = (n: number, address: string) =>
      client.request('POST', '/api/v1/auth/signup', {
        body: {
          email: `shop${n}-${clock.ms}@example.fr`,
          password: 'pain-au-chocolat-42',
          businessName: `Boutique ${n}`,
        },
        headers: { 'x-forwarded-for': address },
      });
    const free = DEFAULT_THROTTLES.signUpPerAddress.freeAttempts;
    for (let i = 0; i < free; i++) expect((await signUp(i, ATTACKER)).status).toBe(201);
    const refused = await signUp(99, ATTACKER);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBe(
      DEFAULT_THROTTLES.signUpPerAddress.firstDelaySeconds,
    );
    expect((await signUp(100, OWNER_AT_HOME)).status).toBe(201);
    clock.ms += DEFAULT_THROTTLES.signUpPerAddress.firstDelaySeconds * 1000;
    expect((await signUp(101, ATTACKER)).status).toBe(201);
  });
});
