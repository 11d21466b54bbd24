import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, addPurchase, addStampCard, callApi, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * Campagnes, in a real browser against `habitue start` and its job runner: write a campaign from
 * a template, see who it reaches and who the consent rules leave out, send it (kept in the
 * outbox: no SMTP here), and see its results once a customer comes back. Marketing needs an
 * https public address for its unsubscribe links, so the server is told it has one.
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startHabitue({
      demo: false,
      env: { HABITUE_PUBLIC_URL: 'https://boutique.example.test', COOKIE_SECURE: 'false' },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const consent = {
  channel: 'email',
  granted: true,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
};

describe('campaigns', () => {
  it('writes, previews, sends a campaign and shows its results', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page);
    await addStampCard(page);
    const claire = await addCustomer(page, {
      firstName: 'Claire',
      email: 'claire@example.fr',
      consents: [consent],
    });
    await addCustomer(page, { firstName: 'Paul', email: 'paul@example.fr', consents: [consent] });
    await addCustomer(page, { firstName: 'Zoé', email: 'zoe@example.fr' });
    await page.goto('/');
    await goByMenu(page, 'Campagnes');
    await page.getByRole('heading', { name: 'Campagnes' }).waitFor();
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    await page.getByLabel('Partir d’un modèle').selectOption({ label: 'Vous nous manquez' });
    expect(await page.getByLabel('Objet').inputValue()).toBe(
      '{{prenom|Bonjour}}, vous nous manquez',
    );
    await page.getByLabel('Groupe témoin (%)').fill('0');
    const preview = page.getByRole('region', { name: 'Aperçu' });
    await preview.getByText('2 destinataires').waitFor();
    await preview.getByText('1 sans accord ni achat').waitFor();
    await preview.getByText('Claire, vous nous manquez').waitFor();
    await checkA11y(page, 'campaign editor');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    await page.getByRole('heading', { name: /Vous nous manquez/ }).waitFor();
    await page.getByRole('button', { name: 'M’envoyer un essai' }).click();
    await page.getByText(/Essai envoyé à owner-/).waitFor();
    await page.getByRole('button', { name: 'Envoyer la campagne' }).click();
    await page.getByText('L’envoi est définitif').waitFor();
    await page.getByRole('button', { name: 'Oui, envoyer à 2 clients' }).click();

    const results = page.getByRole('region', { name: 'Résultats' });
    // The job runner queues the messages within a few seconds; without SMTP they are kept.
    await results.getByText('Gardés dans la boîte d’envoi : 2').waitFor({ timeout: 30_000 });
    await addPurchase(page, claire.id, 1_800);
    await page.reload();
    const sentRow = page.getByTestId('sentGroup');
    await sentRow.waitFor();
    // Intl writes "18,00 €" with a no-break space.
    const cells = (await sentRow.locator('td').allTextContents()).map((c) => c.replace(/\s/g, ' '));
    expect(cells).toEqual(['2', '1', '1', '18,00 €']);
    await results.getByText('Pas de groupe témoin').waitFor();
    await checkA11y(page, 'campaign results');

    const outbox = await callApi<{ items: { category: string; to: string }[] }>(
      page,
      'GET',
      '/api/v1/outbox',
    );
    const campaignMail = outbox.body.items.filter((m) => m.category === 'campaign');
    expect(campaignMail.map((m) => m.to).sort()).toEqual(['claire@example.fr', 'paul@example.fr']);

    // Sent once; a copy is a new draft that can be sent again.
    await page.getByRole('button', { name: 'Dupliquer pour l’envoyer de nouveau' }).click();
    await page.getByRole('heading', { name: /Vous nous manquez \(copie\)/ }).waitFor();
    await page.getByRole('button', { name: 'Envoyer la campagne' }).waitFor();
    await context.close();
  });
});
