import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeShopCertificates,
  makeTestChain,
  PASS_TYPE_ID,
  PASSPHRASE,
  type ShopCertificates,
  TEAM_ID,
} from '../../server/test/wallet/test-certificates.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * Settings → Apple Wallet on a server whose operator set up a certificate: the owner uploads the
 * shop's own .p12 (a wrong password is refused next to its field, in French), sees its subject
 * and expiry, and removes it to fall back to the server's.
 */
let server: Habitue;
let browser: Browser;
let shop: ShopCertificates;

beforeAll(async () => {
  const chain = makeTestChain();
  shop = makeShopCertificates(chain);
  [server, browser] = await Promise.all([
    startHabitue({
      demo: false,
      env: {
        APPLE_WALLET_PASS_TYPE_ID: PASS_TYPE_ID,
        APPLE_WALLET_TEAM_ID: TEAM_ID,
        APPLE_WALLET_CERTIFICATE: chain.files.signer,
        APPLE_WALLET_KEY: chain.files.signerKey,
        APPLE_WALLET_KEY_PASSPHRASE: PASSPHRASE,
        APPLE_WALLET_WWDR: chain.files.wwdr,
      },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('settings: Apple Wallet certificate', () => {
  it('uploads the shop’s own .p12, shows its subject and expiry, refuses a wrong password, removes it', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Apple Wallet : votre propre certificat' });
    await section.waitFor();
    await section.getByText(`celui du service (${PASS_TYPE_ID})`, { exact: false }).waitFor();

    await section.getByLabel('Pass Type ID').fill(shop.passTypeId);
    await section.getByLabel('Team ID').fill(shop.teamId);
    await section.getByLabel('Certificat (.p12, ou .pem)').setInputFiles(shop.p12File);
    await section.getByLabel('Mot de passe du fichier').fill('pas le bon');
    await section.getByRole('button', { name: 'Enregistrer le certificat' }).click();
    await section.getByText('Mot de passe incorrect pour ce fichier .p12').waitFor();

    await section.getByLabel('Mot de passe du fichier').fill(shop.p12Password);
    await section.getByRole('button', { name: 'Enregistrer le certificat' }).click();
    await section.getByText('Vos cartes Apple Wallet sont émises avec votre certificat.').waitFor();
    await section.getByText(`Pass Type ID: ${shop.passTypeId}`).waitFor();
    const year = String(new Date().getFullYear() + 1);
    expect(await section.locator('dd').last().textContent()).toContain(year);
    await checkA11y(page, 'settings (Apple Wallet certificate)');

    await section.getByRole('button', { name: 'Retirer mon certificat' }).click();
    await section.getByText(`celui du service (${PASS_TYPE_ID})`, { exact: false }).waitFor();
    await context.close();
  });
});
