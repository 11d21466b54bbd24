import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrevoTestServer,
  type ReceivedSms,
  startBrevoTestServer,
} from '../../server/test/sms/brevo-test-server.ts';
import { addCustomer, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * A text campaign, in a real browser against `habitue start` configured with an SMS provider
 * (a local HTTP server that checks Brevo's documented request format): the editor offers SMS
 * because the server says it can send them, counts who the SMS consent rules reach and the
 * texts each costs, the test goes to the phone typed, and the campaign leaves through the
 * provider with its STOP mention.
 */
let provider: BrevoTestServer;
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  provider = await startBrevoTestServer();
  [server, browser] = await Promise.all([
    startHabitue({
      demo: false,
      env: {
        HABITUE_PUBLIC_URL: 'https://boutique.example.test',
        COOKIE_SECURE: 'false',
        SMS_PROVIDER: 'brevo',
        SMS_API_KEY: provider.apiKey,
        SMS_SENDER: 'CafeE2E',
        SMS_API_URL: provider.url,
        SMS_WEBHOOK_TOKEN: 'e2e-stop-webhook-token-0123456789',
      },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
});

const smsConsent = {
  channel: 'sms',
  granted: true,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
};

/** The first text the provider received for `recipient`, waiting for the delivery loop. */
async function textTo(recipient: string): Promise<ReceivedSms> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const text = provider.received.find((r) => r.body.recipient === recipient);
    if (text) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `no text to ${recipient}; rejected: ${provider.rejected.join(', ')}\n${server.output()}`,
  );
}

describe('text campaigns', () => {
  it('writes a text campaign with its cost in SMS, tests it on a phone and sends it', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page);
    await addCustomer(page, { firstName: 'Léa', phone: '06 39 98 12 01', consents: [smsConsent] });
    await addCustomer(page, { firstName: 'Marc', phone: '06 39 98 12 02' });
    await addCustomer(page, { firstName: 'Zoé', email: 'zoe@example.fr', consents: [smsConsent] });
    await page.goto('/');
    await goByMenu(page, 'Campagnes');
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    const sms = page.getByRole('radio', { name: 'SMS' });
    await sms.check();
    await page.getByLabel('Titre (pour vous, non envoyé)').fill('Samedi viennoiseries');
    await page
      .getByLabel('Message')
      .fill('Bonjour {{prenom}}, -20 % sur les viennoiseries samedi !');
    await page.getByLabel('Groupe témoin (%)').fill('0');
    const preview = page.getByRole('region', { name: 'Aperçu' });
    await preview.getByText('1 destinataire', { exact: true }).waitFor();
    await preview.getByText('1 sans accord ni achat').waitFor();
    await preview.getByText('1 sans adresse').waitFor();
    // 49 characters, a newline and "STOP au " with the provider's 5-digit number.
    await expect
      .poll(() => preview.getByTestId('sms-cost').textContent())
      .toMatch(/^1 SMS par client — 63 caractères/);
    await preview.getByText('STOP au [STOP_CODE]', { exact: false }).waitFor();
    await checkA11y(page, 'text campaign editor');

    // A character outside the SMS alphabet shortens each text to 70 characters.
    await page.getByLabel('Message').fill(`Fête des pères : ${'x'.repeat(60)}`);
    await expect
      .poll(() => preview.getByTestId('sms-cost').textContent())
      .toMatch(/^2 SMS par client/);
    await page
      .getByLabel('Message')
      .fill('Bonjour {{prenom}}, -20 % sur les viennoiseries samedi !');
    await expect
      .poll(() => preview.getByTestId('sms-cost').textContent())
      .toMatch(/^1 SMS par client/);
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    await page.getByRole('heading', { name: /Samedi viennoiseries/ }).waitFor();
    await page.getByLabel('Votre numéro de téléphone pour l’essai').fill('06 39 98 00 42');
    await page.getByRole('button', { name: 'M’envoyer un essai' }).click();
    await page.getByText('Essai envoyé à +33639980042.').waitFor();
    const test = await textTo('33639980042');
    expect(test.body).toMatchObject({
      sender: 'CafeE2E',
      type: 'transactional',
      content: '[Essai] Bonjour Léa, -20 % sur les viennoiseries samedi !\nSTOP au [STOP_CODE]',
    });

    await page.getByRole('button', { name: 'Envoyer la campagne' }).click();
    await page.getByRole('button', { name: 'Oui, envoyer à 1 client' }).click();
    const sent = await textTo('33639981201');
    expect(sent.body).toMatchObject({
      type: 'marketing',
      content: 'Bonjour Léa, -20 % sur les viennoiseries samedi !\nSTOP au [STOP_CODE]',
    });
    expect(provider.received.map((r) => r.body.recipient)).not.toContain('33639981202');
    expect(provider.rejected).toEqual([]);
    await context.close();
  });
});
