import { sql } from 'kysely';
import { expect, it, onTestFinished } from 'vitest';
import { Admission, type Schedule } from '../../src/http/admission.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/** Timers that fire only when the test says so, and a clock that never moves: no timing. */
function manualTimers() {
  const pending = new Set<() => void>();
  const schedule: Schedule = (_ms, run) => {
    pending.add(run);
    return () => pending.delete(run);
  };
  return {
    timers: { schedule, now: () => 0 },
    get pending() {
      return pending.size;
    },
    expireAll() {
      for (const run of [...pending]) {
        pending.delete(run);
        run();
      }
    },
  };
}

describeEachBackend('load shedding', (database) => {
  it('bounds the work in flight: past the waiting room a request is refused at once, a waiting one at its deadline, accepted ones complete', async () => {
    const timers = manualTimers();
    const admission = new Admission({ maxInFlight: 2, maxWaiting: 1, waitMs: 500 }, timers.timers);
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const shedding = testClient(testServices(database(), { admission }));
    const buy = () =>
      shedding.request('POST', '/api/v1/purchases', {
        ...auth,
        body: { customerId: customer.id, amountCents: 450 },
      });

    // The test holds the customer's row (and, on a one-connection database, the connection):
    // admitted purchases stay open until it lets go.
    let letGo = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    // Even when an assertion fails, the row is let go so the database can close.
    onTestFinished(() => letGo());
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = database()
      .db.transaction()
      .execute(async (tx) => {
        await sql`select id from customers where id = ${customer.id} for update`.execute(tx);
        locked();
        await held;
      });
    await isLocked;

    const first = buy();
    const second = buy();
    await expect.poll(() => admission.inFlight).toBe(2);
    const third = buy();
    await expect.poll(() => admission.waiting).toBe(1);
    const fourth = await buy();
    expect(fourth.status).toBe(503);
    expect(fourth.body.code).toBe('overloaded');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);

    timers.expireAll();
    const late = await third;
    expect(late.status).toBe(503);
    expect(late.body.code).toBe('overloaded');

    letGo();
    await holder;
    expect((await first).status).toBe(201);
    expect((await second).status).toBe(201);
    expect(admission.inFlight).toBe(0);
    expect((await buy()).status).toBe(201);
  });

  it('a waiting request starts as soon as a slot frees, and its deadline is cancelled', async () => {
    const timers = manualTimers();
    const admission = new Admission({ maxInFlight: 1, maxWaiting: 4, waitMs: 500 }, timers.timers);
    const client = testClient(testServices(database(), { admission }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    let letGo = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    // Even when an assertion fails, the row is let go so the database can close.
    onTestFinished(() => letGo());
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = database()
      .db.transaction()
      .execute(async (tx) => {
        await sql`select id from customers where id = ${customer.id} for update`.execute(tx);
        locked();
        await held;
      });
    await isLocked;
    const buy = () =>
      client.request('POST', '/api/v1/purchases', {
        ...auth,
        body: { customerId: customer.id, amountCents: 450 },
      });
    const answers = [buy(), buy(), buy()];
    await expect.poll(() => admission.waiting).toBe(2);
    expect(timers.pending).toBe(2);
    letGo();
    await holder;
    expect((await Promise.all(answers)).map((a) => a.status)).toEqual([201, 201, 201]);
    expect(timers.pending).toBe(0);
    expect(admission.inFlight).toBe(0);
  });
});
