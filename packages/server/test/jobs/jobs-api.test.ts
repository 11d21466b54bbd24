import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { defineJob } from '../../src/jobs/define-job.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { OccasionPayload } from '../../src/jobs/recurring-job.ts';
import { daily } from '../../src/jobs/schedule.ts';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { effectJob, testClock } from './job-fixtures.ts';

describeEachBackend('GET /api/v1/jobs', (database) => {
  it("shows owners and managers the shop's recurring jobs and latest runs, with errors", async () => {
    const clock = testClock('2026-12-06T09:00:00Z');
    const services = testServices(database(), { now: clock.now });
    const client = testClient(services);
    const owner = await signUpOwner(client);
    const merchantId: string = owner.merchant.id;
    const { db } = database();
    const broken = effectJob(
      'test.api-broken',
      async () => {
        throw new Error('relay refused: 550');
      },
      3,
    );
    const nightly = defineJob({
      kind: 'test.api-nightly',
      payload: OccasionPayload,
      async handle() {},
    });
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, broken, { merchantId, payload: { label: 'x' }, now: clock.now() }),
    );
    const runner = createJobRunner({
      db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [broken],
      recurring: [{ job: nightly, schedule: daily('03:00') }],
    });
    await runner.runDue();

    const answer = await client.request('GET', '/api/v1/jobs', { cookie: owner.cookie });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      {
        id,
        kind: 'test.api-broken',
        status: 'queued',
        attempts: 1,
        maxAttempts: 3,
        createdAt: '2026-12-06T09:00:00.000Z',
        lastRunAt: '2026-12-06T09:00:00.000Z',
        nextRunAt: '2026-12-06T09:00:30.000Z',
        finishedAt: null,
        lastError: 'Error: relay refused: 550',
      },
    ]);
    expect(answer.body.schedules).toEqual([
      {
        kind: 'test.api-nightly',
        schedule: { every: 'day', at: '03:00' },
        nextRunAt: '2026-12-07T02:00:00.000Z', // 03:00 in Paris
        lastRunAt: null,
      },
    ]);
    const succeeded = await client.request('GET', '/api/v1/jobs?status=succeeded', {
      cookie: owner.cookie,
    });
    expect(succeeded.body.items).toEqual([]);

    await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email: `gerant-${id}@example.fr`, role: 'manager', initialPassword: 'flan-2026-abc' },
    });
    await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email: `caisse-${id}@example.fr`, role: 'staff', initialPassword: 'flan-2026-abc' },
    });
    const as = async (email: string) => {
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email, password: 'flan-2026-abc' },
      });
      return { cookie: sessionCookie(login.headers) };
    };
    const manager = await client.request(
      'GET',
      '/api/v1/jobs',
      await as(`gerant-${id}@example.fr`),
    );
    expect(manager.body.items.map((j: { id: string }) => j.id)).toEqual([id]);
    const cashier = await client.request(
      'GET',
      '/api/v1/jobs',
      await as(`caisse-${id}@example.fr`),
    );
    expect([cashier.status, cashier.body.code]).toEqual([403, 'forbidden']);
    const key = await client.request('POST', '/api/v1/api-keys', {
      cookie: owner.cookie,
      body: { name: 'Caisse' },
    });
    const integration = await client.request('GET', '/api/v1/jobs', { apiKey: key.body.key });
    expect(integration.status).toBe(403);
  });
});
