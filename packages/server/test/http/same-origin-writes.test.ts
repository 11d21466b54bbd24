import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const crossSite = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
const sameSite = { 'sec-fetch-site': 'same-site', origin: 'https://blog.habitue.test' };
const sameOrigin = { 'sec-fetch-site': 'same-origin', origin: 'http://habitue.test' };

describeEachBackend('cookie-authenticated writes come from the app’s own pages', (database) => {
  it('body-less POSTs from another site or a sibling subdomain are refused and change nothing', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const rotate = `/api/v1/customers/${customer.id}/card-token/rotate`;
    for (const headers of [crossSite, sameSite]) {
      const refused = await client.request('POST', rotate, { cookie: owner.cookie, headers });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('cross_site_request');
      const logOut = await client.request('POST', '/api/v1/auth/logout', {
        cookie: owner.cookie,
        headers,
      });
      expect(logOut.status).toBe(403);
    }
    const card = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}`);
    expect(card.status).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: owner.cookie })).status).toBe(
      200,
    );
    const rotated = await client.request('POST', rotate, {
      cookie: owner.cookie,
      headers: sameOrigin,
    });
    expect(rotated.status).toBe(200);
  });

  it('without Sec-Fetch-Site, Origin decides; a request with neither is not from a page and passes', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const create = (headers: Record<string, string>) =>
      client.request('POST', '/api/v1/customers', {
        cookie: owner.cookie,
        headers,
        body: { firstName: 'Léa' },
      });
    expect((await create({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await create({ origin: 'null' })).status).toBe(403);
    expect((await create({ origin: 'http://habitue.test' })).status).toBe(201);
    expect((await create({})).status).toBe(201);
    // Reads are never refused: a link from elsewhere may open a page.
    const list = await client.request('GET', '/api/v1/customers', {
      cookie: owner.cookie,
      headers: crossSite,
    });
    expect(list.status).toBe(200);
  });

  it('API-key calls are unaffected, whatever headers come with them', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const key = await client.request('POST', '/api/v1/api-keys', {
      cookie: owner.cookie,
      body: { name: 'Caisse' },
    });
    expect(key.status).toBe(201);
    const created = await client.request('POST', '/api/v1/customers', {
      apiKey: key.body.key,
      headers: crossSite,
      body: { firstName: 'Léa' },
    });
    expect(created.status).toBe(201);
  });
});
