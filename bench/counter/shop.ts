import type { Client, Reply } from './http-client.ts';

/** What the load needs to know about the benchmark shop. */
export type Shop = {
  apiKey: string;
  /** The owner's session cookie (for set-up requests). */
  ownerCookie: string;
  customerIds: string[];
  pointsRewardId: string;
  stampRewardId: string;
};

async function expectStatus(reply: Promise<Reply>, status: number, what: string) {
  const r = await reply;
  if (r.status !== status)
    throw new Error(`${what}: expected ${status}, got ${r.status} ${r.body}`);
  return JSON.parse(r.body);
}

/**
 * Sets up a shop through the public API, as a new merchant would: sign up, an API key for the
 * till, a points program and a stamp card, then `customers` customers (created `parallel` at a
 * time).
 */
export async function createShop(client: Client, customers: number, parallel = 8): Promise<Shop> {
  const signup = await client.send('POST', '/api/v1/auth/signup', {
    email: `bench-${Date.now()}@example.fr`,
    password: 'pain-au-chocolat-42',
    businessName: 'Boulangerie du banc d’essai',
  });
  if (signup.status !== 201) throw new Error(`sign-up: ${signup.status} ${signup.body}`);
  const cookie = /habitue_session=[^;]*/.exec(signup.headers['set-cookie'] ?? '')?.[0];
  if (!cookie) throw new Error('sign-up: no session cookie');
  const owner = { cookie };
  const key = await expectStatus(
    client.send('POST', '/api/v1/api-keys', { name: 'Caisse banc d’essai' }, owner),
    201,
    'API key',
  );
  const points = await expectStatus(
    client.send(
      'POST',
      '/api/v1/programs',
      {
        kind: 'points',
        name: 'Points',
        pointsPerEuro: 1,
        rounding: 'floor',
        catalog: [{ name: 'Croissant', cost: 10, costPriceCents: 25, retailValueCents: 120 }],
      },
      owner,
    ),
    201,
    'points program',
  );
  const stamps = await expectStatus(
    client.send(
      'POST',
      '/api/v1/programs',
      {
        kind: 'stamps',
        name: 'Café',
        rule: { per: 'visit' },
        stampsPerCard: 10,
        reward: { name: 'Café offert', costPriceCents: 30, retailValueCents: 150 },
      },
      owner,
    ),
    201,
    'stamp card',
  );
  const customerIds: string[] = [];
  for (let start = 0; start < customers; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, customers - start) }, (_, i) =>
      expectStatus(
        client.send('POST', '/api/v1/customers', { firstName: `Client ${start + i + 1}` }, owner),
        201,
        'customer',
      ),
    );
    for (const c of await Promise.all(batch)) customerIds.push(c.id);
  }
  return {
    apiKey: key.key,
    ownerCookie: cookie,
    customerIds,
    pointsRewardId: points.rewards[0].id,
    stampRewardId: stamps.rewards[0].id,
  };
}

/**
 * A regular customer with `purchases` purchases behind them, recorded through the API like
 * any other (so each earns in both programs: two ledger entries), who uses what they unlock as
 * regulars do: the free coffee every ten visits, except the last few (still open on their
 * card), and a croissant for their points every other visit when they have enough. Their
 * history is then mostly used vouchers, which a purchase must not have to read. Sent
 * `parallel` at a time; they queue on the customer's lock anyway.
 */
export async function createRegular(
  client: Client,
  shop: Shop,
  purchases: number,
  parallel = 4,
  keptOpen = 3,
): Promise<string> {
  const customer = await expectStatus(
    client.send(
      'POST',
      '/api/v1/customers',
      { firstName: 'Habituée de longue date' },
      { cookie: shop.ownerCookie },
    ),
    201,
    'regular customer',
  );
  const auth = { authorization: `Bearer ${shop.apiKey}` };
  const redeem = (body: Record<string, string>) =>
    client.send('POST', '/api/v1/redemptions', { customerId: customer.id, ...body }, auth);
  let sent = 0;
  const worker = async () => {
    while (sent < purchases) {
      sent += 1;
      const visit = sent;
      const bought = await expectStatus(
        client.send(
          'POST',
          '/api/v1/purchases',
          { customerId: customer.id, amountCents: 350 + (visit % 7) * 100 },
          auth,
        ),
        201,
        'history purchase',
      );
      const keep = visit > purchases - 10 * keptOpen;
      for (const voucher of bought.unlocked as { code: string }[]) {
        if (!keep) await expectStatus(redeem({ voucherCode: voucher.code }), 201, 'free coffee');
      }
      if (visit % 2 === 0) {
        const croissant = await redeem({ rewardId: shop.pointsRewardId });
        if (croissant.status !== 201 && croissant.status !== 409) {
          throw new Error(`croissant: ${croissant.status} ${croissant.body}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return customer.id;
}
