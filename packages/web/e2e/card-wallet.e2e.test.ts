import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeServiceAccount,
  makeTestChain,
  PASS_TYPE_ID,
  PASSPHRASE,
  TEAM_ID,
} from '../../server/test/wallet/test-certificates.ts';
import { addCustomer, addStampCard, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * The card page on a phone, on a server whose operator set up both wallets (a certificate chain
 * and a service account made for the test): both buttons, the Apple one downloading a pass, the
 * Google one a signed save link.
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  const chain = makeTestChain();
  const account = makeServiceAccount(chain);
  const accountFile = join(chain.dir, 'service-account.json');
  writeFileSync(
    accountFile,
    JSON.stringify({ client_email: account.clientEmail, private_key: account.privateKey }),
  );
  [server, browser] = await Promise.all([
    startHabitue({
      env: {
        APPLE_WALLET_PASS_TYPE_ID: PASS_TYPE_ID,
        APPLE_WALLET_TEAM_ID: TEAM_ID,
        APPLE_WALLET_CERTIFICATE: chain.files.signer,
        APPLE_WALLET_KEY: chain.files.signerKey,
        APPLE_WALLET_KEY_PASSPHRASE: PASSPHRASE,
        APPLE_WALLET_WWDR: chain.files.wwdr,
        GOOGLE_WALLET_ISSUER_ID: account.issuerId,
        GOOGLE_WALLET_SERVICE_ACCOUNT: accountFile,
      },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('card page: wallet buttons', () => {
  it('offers Apple Wallet and Google Wallet on the card, each link working', async () => {
    const owner = await (await browser.newContext(contextOptions(server.url, 'desktop'))).newPage();
    await signUpByApi(owner, 'Boulangerie Wallet');
    await addStampCard(owner);
    const customer = await addCustomer(owner, { firstName: 'Léa' });

    const phone = await (await browser.newContext(contextOptions(server.url, 'phone'))).newPage();
    await phone.goto(`/c/${customer.cardToken}`);
    const section = phone.getByRole('region', { name: 'Dans votre téléphone' });
    await section.waitFor();
    const apple = section.getByRole('link', { name: 'Ajouter à Apple Wallet' });
    const google = section.getByRole('link', { name: 'Ajouter à Google Wallet' });
    const appleHref = (await apple.getAttribute('href')) ?? '';
    expect(appleHref).toContain(`/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`);
    expect(await google.getAttribute('href')).toMatch(
      /^https:\/\/pay\.google\.com\/gp\/v\/save\/[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    const download = await phone.evaluate(async (href) => {
      const r = await fetch(href);
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, type: r.headers.get('content-type'), zip: bytes[0] === 0x50 };
    }, new URL(appleHref).pathname);
    expect(download).toEqual({ status: 200, type: 'application/vnd.apple.pkpass', zip: true });
    await checkA11y(phone, 'card page with wallet buttons');
  });
});
