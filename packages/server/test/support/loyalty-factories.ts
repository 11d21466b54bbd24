import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { findBalanceDiscrepancies } from '../../src/repositories/loyalty-balances.ts';
import { cardView } from '../../src/use-cases/cards/card-view.ts';
import { loadState } from '../../src/use-cases/loyalty/loyalty-state.ts';
import type { Credentials, TestClient } from './test-app.ts';

/** A stamp card; overrides change any field of the request. */
export async function buildStampCard(
  client: TestClient,
  auth: Credentials,
  overrides: Record<string, unknown> = {},
) {
  const r = await client.request('POST', '/api/v1/programs', {
    ...auth,
    body: {
      kind: 'stamps',
      name: { fr: 'Carte café', en: 'Coffee card' },
      rule: { per: 'visit' },
      stampsPerCard: 10,
      reward: {
        name: { fr: 'Café offert', en: 'Free coffee' },
        costPriceCents: 30,
        retailValueCents: 150,
      },
      spendEstimate: { averageBasketCents: 500 },
      ...overrides,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

/** A points program (1 point per euro by default) with a catalog. */
export async function buildPointsProgram(
  client: TestClient,
  auth: Credentials,
  overrides: Record<string, unknown> = {},
) {
  const r = await client.request('POST', '/api/v1/programs', {
    ...auth,
    body: {
      kind: 'points',
      name: 'Points fidélité',
      pointsPerEuro: 1,
      rounding: 'floor',
      catalog: [{ name: 'Croissant offert', cost: 10, costPriceCents: 25, retailValueCents: 120 }],
      ...overrides,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

export async function buildCustomer(
  client: TestClient,
  auth: Credentials,
  overrides: Record<string, unknown> = {},
) {
  const r = await client.request('POST', '/api/v1/customers', {
    ...auth,
    body: { firstName: 'Léa', lastName: 'Martin', ...overrides },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

export async function purchase(
  client: TestClient,
  auth: Credentials,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return client.request('POST', '/api/v1/purchases', { ...auth, body, headers });
}

/**
 * The ledger's books balance for a merchant, checked against what customers are shown:
 * - every customer's balance per program (the sum of its entries) is never negative;
 * - the balance on each customer's card (the card view the API serves, computed by the loyalty
 *   rules from entries, vouchers and events) equals that sum;
 * - issued − redeemed − expired, summed by kind of entry, equals the outstanding total shown on
 *   the cards (comparing two SQL sums of the same rows could never fail; the cards can);
 * - every balance snapshot (what purchases read) equals the ledger it sums.
 */
export async function expectLedgerInvariants(db: Kysely<Database>, merchantId: string) {
  const balances = await asSystem(db, (tx) =>
    tx
      .selectFrom('ledger_entries')
      .select(['customer_id', 'program_id', sql<number>`sum(delta)::int`.as('balance')])
      .where('merchant_id', '=', merchantId)
      .groupBy(['customer_id', 'program_id'])
      .execute(),
  );
  const now = new Date();
  let outstanding = 0;
  for (const customerId of new Set(balances.map((b) => b.customer_id))) {
    const card = await withMerchant(db, merchantId, async (tx) =>
      cardView(await loadState(tx, merchantId, customerId), now),
    );
    for (const b of balances.filter((x) => x.customer_id === customerId)) {
      expect(b.balance, `balance of ${customerId}`).toBeGreaterThanOrEqual(0);
      const shown = card.find((p) => p.programId === b.program_id)?.balance ?? 0;
      expect(shown, `card of ${customerId}`).toBe(b.balance);
      outstanding += shown;
    }
  }
  const byKind = await asSystem(db, (tx) =>
    tx
      .selectFrom('ledger_entries')
      .select(['kind', sql<number>`sum(delta)::int`.as('total')])
      .where('merchant_id', '=', merchantId)
      .groupBy('kind')
      .execute(),
  );
  // The snapshots purchases read equal the ledger they sum (the ledger is the truth).
  const drift = (await asSystem(db, findBalanceDiscrepancies)).filter(
    (d) => d.merchantId === merchantId,
  );
  expect(drift).toEqual([]);
  const total = (kind: string) => byKind.find((k) => k.kind === kind)?.total ?? 0;
  const issued = total('earn') + total('adjust') + total('reverse');
  const redeemed = 0 - total('redeem');
  const expired = 0 - total('expire');
  expect(issued - redeemed - expired).toBe(outstanding);
  return { issued, redeemed, expired, outstanding };
}
