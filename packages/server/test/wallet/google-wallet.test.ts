import { createPublicKey, verify } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Wallet } from '../../src/wallet/load-wallet.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  purchase,
} from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { makeServiceAccount, makeTestChain, type TestChain } from './test-certificates.ts';

let chain: TestChain;
let account: ReturnType<typeof makeServiceAccount>;
beforeAll(() => {
  chain = makeTestChain();
  account = makeServiceAccount(chain);
});

function decode(link: string) {
  const prefix = 'https://pay.google.com/gp/v/save/';
  expect(link.startsWith(prefix)).toBe(true);
  const jwt = link.slice(prefix.length);
  const [header, claims, signature] = jwt.split('.') as [string, string, string];
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return {
    jwt,
    header: json(header),
    claims: json(claims),
    signed: `${header}.${claims}`,
    signature,
  };
}

describeEachBackend('wallet links of a card', (database) => {
  async function shop(wallet: Wallet = { apple: chain.apple, google: account }) {
    const client = testClient(testServices(database(), { wallet }));
    const owner = await signUpOwner(client, { businessName: 'Café des Arts' });
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth, { stampsPerCard: 10 });
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth, { firstName: 'Léa' });
    for (let i = 0; i < 3; i++) {
      await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
    }
    return { client, owner, customer };
  }

  it('gives an "Add to Google Wallet" link: a JWT signed RS256 by the service account with the loyalty class and object', async () => {
    const { client, owner, customer } = await shop();
    const r = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}/wallet`);
    expect(r.status).toBe(200);
    expect(r.body.apple).toBe(
      `http://habitue.test/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
    );
    const { header, claims, signed, signature } = decode(r.body.google);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(claims).toMatchObject({
      iss: account.clientEmail,
      aud: 'google',
      typ: 'savetowallet',
      origins: ['http://habitue.test'],
    });
    expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(60);
    const publicKey = createPublicKey(account.publicKey);
    expect(
      verify('sha256', Buffer.from(signed), publicKey, Buffer.from(signature, 'base64url')),
    ).toBe(true);
    // A changed byte no longer verifies.
    expect(
      verify('sha256', Buffer.from(`${signed}x`), publicKey, Buffer.from(signature, 'base64url')),
    ).toBe(false);

    const [loyaltyClass] = claims.payload.loyaltyClasses;
    const [object] = claims.payload.loyaltyObjects;
    expect(loyaltyClass).toMatchObject({
      id: `${account.issuerId}.shop-${owner.merchant.id}`,
      issuerName: 'Café des Arts',
      programName: 'Carte café',
      programLogo: { sourceUri: { uri: 'http://habitue.test/api/v1/public/wallet/logos/7a3e2b' } },
      reviewStatus: 'UNDER_REVIEW',
    });
    expect(object).toMatchObject({
      id: `${account.issuerId}.card-${customer.id}`,
      classId: loyaltyClass.id,
      state: 'ACTIVE',
      accountName: 'Léa',
      loyaltyPoints: { label: 'Tampons', balance: { string: '3 / 10' } },
      secondaryLoyaltyPoints: { label: 'Points', balance: { int: 12 } },
      barcode: { type: 'QR_CODE', value: `http://habitue.test/c/${customer.cardToken}` },
    });
    expect(object.textModulesData[0].localizedBody.translatedValues[0]).toEqual({
      language: 'en',
      value: 'Free coffee: 3 / 10',
    });
  });

  it('the logo Google fetches is a PNG of the shop colour', async () => {
    const { client } = await shop();
    const r = await client.app.request('/api/v1/public/wallet/logos/7a3e2b');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await r.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(660);
    const bad = await client.request('GET', '/api/v1/public/wallet/logos/not-a-colour');
    expect(bad.status).toBe(422);
  });

  it('offers no button, and no error, on a server without wallets', async () => {
    const { client, customer } = await shop({ apple: null, google: null });
    const r = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}/wallet`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ apple: null, google: null });
    const unknown = await client.request('GET', '/api/v1/public/cards/inconnu-inconnu/wallet');
    expect(unknown.status).toBe(404);
  });
});
