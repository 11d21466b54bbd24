import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import type { TestClient } from '../../support/test-app.ts';
import { sessionCookie, signUpOwner } from '../../support/test-app.ts';

/** The analysis date of the small shop below: Sunday 22 November 2026, 13:00 in Paris. */
export const NOW = new Date('2026-11-22T12:00:00Z');

/** A cashier of the owner's business, signed in. */
export async function signInStaff(client: TestClient, owner: { cookie: string }) {
  const email = `caisse-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.fr`;
  const password = 'tarte-aux-pommes-77';
  const added = await client.request('POST', '/api/v1/staff', {
    cookie: owner.cookie,
    body: { email, role: 'staff', initialPassword: password },
  });
  if (added.status !== 201) throw new Error(`staff: ${JSON.stringify(added.body)}`);
  const login = await client.request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`login: ${JSON.stringify(login.body)}`);
  return { cookie: sessionCookie(login.headers) };
}

async function buy(
  client: TestClient,
  cookie: string,
  customerId: string,
  day: string,
  cents: number,
) {
  const r = await purchase(
    client,
    { cookie },
    {
      customerId,
      amountCents: cents,
      occurredAt: `${day}T10:00:00+01:00`,
    },
  );
  if (r.status !== 201) throw new Error(`purchase: ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * Three customers with purchases one can add up by hand:
 * - Anna (member): 10 Dec 2025 10 €, 10 Mar 2026 20 €, 1 Oct 2026 30 €;
 * - Bruno (not a member): 1 Jun 2025 5 €, 1 Jun 2026 15 €;
 * - Chloé (member): 1 Nov 2026 40 €.
 */
export async function smallShop(client: TestClient) {
  const owner = await signUpOwner(client);
  const anna = await buildCustomer(
    client,
    { cookie: owner.cookie },
    { firstName: 'Anna', lastName: 'Petit' },
  );
  const bruno = await buildCustomer(
    client,
    { cookie: owner.cookie },
    {
      firstName: 'Bruno',
      lastName: 'Roux',
      member: false,
    },
  );
  const chloe = await buildCustomer(
    client,
    { cookie: owner.cookie },
    { firstName: 'Chloé', lastName: 'Blanc' },
  );
  await buy(client, owner.cookie, anna.id, '2025-12-10', 1000);
  await buy(client, owner.cookie, anna.id, '2026-03-10', 2000);
  await buy(client, owner.cookie, anna.id, '2026-10-01', 3000);
  await buy(client, owner.cookie, bruno.id, '2025-06-01', 500);
  await buy(client, owner.cookie, bruno.id, '2026-06-01', 1500);
  await buy(client, owner.cookie, chloe.id, '2026-11-01', 4000);
  return {
    owner,
    anna,
    bruno,
    chloe,
    buy: (id: string, day: string, cents: number) => buy(client, owner.cookie, id, day, cents),
  };
}
