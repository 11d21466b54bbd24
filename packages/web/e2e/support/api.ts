import type { Page } from 'playwright-core';

/**
 * Calls the API from inside the page, as the app does (same cookies, same Origin), to set up
 * what a flow needs without clicking through every screen.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** A new owner, signed in in this page's browser context, with their shop. */
export async function signUpByApi(page: Page, business = 'Café E2E') {
  await page.goto('/login');
  const n = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const r = await callApi(page, 'POST', '/api/v1/auth/signup', {
    email: `owner-${n}@example.fr`,
    password: 'croissant-du-matin-42',
    businessName: `${business} ${n}`,
  });
  if (r.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(r.body)}`);
}

export type TestCustomer = { id: string; cardToken: string; cardUrl: string; firstName: string };

export async function addCustomer(page: Page, body: Record<string, unknown>) {
  const r = await callApi<TestCustomer>(page, 'POST', '/api/v1/customers', body);
  if (r.status !== 201) throw new Error(`customer: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A 10-stamp card, one stamp per visit. */
export async function addStampCard(page: Page) {
  const r = await callApi(page, 'POST', '/api/v1/programs', {
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
  });
  if (r.status !== 201) throw new Error(`program: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** How many purchases the customer has, from the server. */
export async function purchaseCount(page: Page, customerId: string) {
  const r = await callApi<{ items: unknown[] }>(
    page,
    'GET',
    `/api/v1/customers/${customerId}/purchases?limit=100`,
  );
  return r.body.items.length;
}

/** A café's points program: 1 point per euro, a 20-point coffee and a 50-point muffin. */
export async function addPointsProgram(page: Page) {
  const r = await callApi<{ id: string; rewards: { id: string; cost: number }[] }>(
    page,
    'POST',
    '/api/v1/programs',
    {
      kind: 'points',
      name: 'Points café',
      pointsPerEuro: 1,
      rounding: 'floor',
      catalog: [
        { name: 'Café offert', cost: 20, costPriceCents: 30, retailValueCents: 150 },
        { name: 'Muffin offert', cost: 50, costPriceCents: 80, retailValueCents: 350 },
      ],
    },
  );
  if (r.status !== 201) throw new Error(`points program: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A purchase recorded through the API (not the counter). */
export async function addPurchase(page: Page, customerId: string, amountCents: number) {
  const r = await callApi<{ purchaseId: string }>(page, 'POST', '/api/v1/purchases', {
    customerId,
    amountCents,
  });
  if (r.status !== 201) throw new Error(`purchase: ${JSON.stringify(r.body)}`);
  return r.body;
}
