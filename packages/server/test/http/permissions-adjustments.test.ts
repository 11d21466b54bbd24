import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { type Credentials, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { signInMember } from './team-members.ts';

describeEachBackend('manual adjustments stay within what each role may give', (database) => {
  async function shop() {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const program = await buildStampCard(client, owner, { stampsPerCard: 10 });
    const customer = await buildCustomer(client, owner);
    const cashier = await signInMember(client, owner, 'staff');
    const adjust = (who: Credentials, body: Record<string, unknown>) =>
      client.request('POST', `/api/v1/customers/${customer.id}/adjustments`, {
        ...who,
        body: { programId: program.id, ...body },
      });
    return { client, owner, program, customer, cashier, adjust };
  }

  it('a cashier cannot mint: one card per adjustment, two a day, then 403 with the limit', async () => {
    const { owner, cashier, adjust } = await shop();
    const minted = await adjust(cashier, { delta: 1_000_000, reasonCode: 'goodwill' });
    expect([minted.status, minted.body.code, minted.body.limit]).toEqual([
      403,
      'adjustment_limit_exceeded',
      { perAdjustment: 10, dailyRemaining: 20 },
    ]);
    expect((await adjust(cashier, { delta: 10, reasonCode: 'paper_card' })).status).toBe(201);
    expect((await adjust(cashier, { delta: 7, reasonCode: 'goodwill' })).status).toBe(201);
    const third = await adjust(cashier, { delta: 4, reasonCode: 'goodwill' });
    expect([third.status, third.body.limit]).toEqual([
      403,
      { perAdjustment: 10, dailyRemaining: 3 },
    ]);
    // Taking stamps back is never held to the daily total.
    expect((await adjust(cashier, { delta: -5, reasonCode: 'till_error' })).status).toBe(201);
    // The owner is held to the sanity cap only: 20 cards.
    expect((await adjust(owner, { delta: 200, reasonCode: 'paper_card' })).status).toBe(201);
    const typo = await adjust(owner, { delta: 201, reasonCode: 'paper_card' });
    expect([typo.status, typo.body.limit]).toEqual([
      403,
      { perAdjustment: 200, dailyRemaining: null },
    ]);
  });

  it('needs a reason code, or a sentence for "other"; a bare reason is read as "other"', async () => {
    const { owner, adjust } = await shop();
    const answers = await Promise.all([
      adjust(owner, { delta: 1 }),
      adjust(owner, { delta: 1, reason: 'x' }),
      adjust(owner, { delta: 1, reasonCode: 'other', reason: ' 10 lettres ' }), // exactly 10
      adjust(owner, { delta: 1, reasonCode: 'bribe' }),
    ]);
    expect(answers.map((r) => [r.status, r.body.code])).toEqual([
      [422, 'reason_required'],
      [422, 'reason_required'],
      [201, undefined],
      [422, 'validation_failed'],
    ]);
    const legacy = await adjust(owner, { delta: 1, reason: 'Tampon oublié mardi' });
    expect([legacy.status, legacy.body.reasonCode]).toEqual([201, 'other']);
  });

  it('keeps the free text out of the ledger; the history and audit log say who and why', async () => {
    const { client, owner, cashier, customer, adjust } = await shop();
    const reason = 'Mme Martin a oublié sa carte mardi';
    const done = await adjust(cashier, { delta: 2, reasonCode: 'other', reason });
    expect(done.status).toBe(201);
    const { merchant } = (await client.request('GET', '/api/v1/auth/me', owner)).body;
    const stored = await asSystem(database().db, async (tx) => ({
      ledger: await tx
        .selectFrom('ledger_entries')
        .select(sql<string>`cause::text`.as('cause'))
        .where('merchant_id', '=', merchant.id)
        .execute(),
      adjustments: await tx
        .selectFrom('balance_adjustments')
        .select(['reason', 'reason_code', 'actor_role'])
        .where('merchant_id', '=', merchant.id)
        .execute(),
    }));
    expect(stored.ledger.some((r) => r.cause.includes('Martin'))).toBe(false);
    expect(stored.adjustments).toEqual([{ reason, reason_code: 'other', actor_role: 'staff' }]);
    const history = await client.request('GET', `/api/v1/customers/${customer.id}/ledger`, owner);
    const line = history.body.items.find((i: { kind: string }) => i.kind === 'adjust');
    expect(line.adjustment).toEqual({
      reasonCode: 'other',
      reason,
      by: expect.stringContaining('@'),
    });
    expect(line.cause.reasonCode).toBe('other');
    const audit = await client.request('GET', '/api/v1/audit-log?limit=5', owner);
    const entry = audit.body.items.find((i: { action: string }) => i.action === 'balance.adjusted');
    expect(entry.details).toMatchObject({ delta: 2, reasonCode: 'other', role: 'staff' });
    expect(JSON.stringify(entry)).not.toContain('Martin');
  });

  it('counts the daily total under the customer lock: concurrent adjustments cannot pass it', async () => {
    const { client, owner, cashier, customer, adjust } = await shop();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => adjust(cashier, { delta: 10, reasonCode: 'goodwill' })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 403, 403, 403, 403, 403, 403]);
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, owner);
    const stamps = card.body.programs[0];
    // 20 stamps given: two full cards of 10, unlocked as two vouchers.
    expect(stamps.vouchers).toHaveLength(2);
  });

  it('the owner sets the limits; cashiers and keys each have theirs', async () => {
    const { client, owner, cashier, adjust } = await shop();
    const policy = await client.request('GET', '/api/v1/adjustment-policy', cashier);
    expect(policy.body).toEqual({
      staff: { perAdjustment: 1, perDay: 2 },
      apiKeys: { perAdjustment: 1, perDay: 2 },
      sanityCap: 20,
    });
    const strict = {
      staff: { perAdjustment: 0, perDay: 0 },
      apiKeys: { perAdjustment: 2, perDay: 3 },
    };
    const byCashier = await client.request('PUT', '/api/v1/adjustment-policy', {
      ...cashier,
      body: strict,
    });
    expect(byCashier.status).toBe(403);
    const saved = await client.request('PUT', '/api/v1/adjustment-policy', {
      ...owner,
      body: strict,
    });
    expect([saved.status, saved.body]).toEqual([200, { ...strict, sanityCap: 20 }]);
    const none = await adjust(cashier, { delta: 1, reasonCode: 'goodwill' });
    expect([none.status, none.body.limit]).toEqual([403, { perAdjustment: 0, dailyRemaining: 0 }]);
    const key = await client.request('POST', '/api/v1/api-keys', {
      ...owner,
      body: { name: 'Caisse', scopes: ['balances:adjust'] },
    });
    const byKey = await adjust({ apiKey: key.body.key }, { delta: 25, reasonCode: 'till_error' });
    expect([byKey.status, byKey.body.limit]).toEqual([
      403,
      { perAdjustment: 20, dailyRemaining: 30 },
    ]);
    expect(
      (await adjust({ apiKey: key.body.key }, { delta: 20, reasonCode: 'till_error' })).status,
    ).toBe(201);
  });
});
