import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, addPurchase, callApi, signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * The trade discount by volume steps in Chromium: the owner sets the steps on the programs page
 * (from 500 € bought over the year, 3 %; from 2 000 €, 5 %), a step that does not climb is
 * pointed out, and at the counter a business account's contact sees the step their account
 * reached before paying.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const t = TEXT.fr;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
  await signUpByApi(page);
  await addPointsProgram(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

it('the owner sets volume steps and a business contact gets the step reached at the counter', async () => {
  await page.goto('/programs');
  const section = page.getByRole('region', { name: 'Remise professionnelle par paliers' });
  await section.getByText('Aucun palier : pas de remise professionnelle.').waitFor();
  await section.getByRole('button', { name: 'Ajouter un palier' }).click();
  await section.getByRole('button', { name: 'Ajouter un palier' }).click();
  const from = section.getByLabel('Dès (€ d’achats)');
  const percent = section.getByLabel('Remise (%)');
  await from.nth(0).fill('2000');
  await percent.nth(0).fill('5');
  await from.nth(1).fill('500');
  await percent.nth(1).fill('3');
  await section.getByRole('button', { name: 'Enregistrer les paliers' }).click();
  await section.getByText('Doit dépasser le palier précédent.').waitFor();

  await from.nth(0).fill('500');
  await percent.nth(0).fill('3');
  await from.nth(1).fill('2 000');
  await percent.nth(1).fill('5');
  await section.getByRole('button', { name: 'Enregistrer les paliers' }).click();
  await section.getByText('Paliers enregistrés.').waitFor();
  const saved = await callApi(page, 'GET', '/api/v1/b2b-thresholds');
  expect(saved.body).toEqual({
    periodMonths: 12,
    steps: [
      { fromCents: 50_000, percent: 3 },
      { fromCents: 200_000, percent: 5 },
    ],
  });
  await page.reload();
  await expect.poll(() => from.nth(1).inputValue()).toBe('2000,00');

  const account = await callApi<{ id: string }>(page, 'POST', '/api/v1/b2b-accounts', {
    companyName: 'Martin SARL',
    paymentTermsDays: 30,
  });
  expect(account.status).toBe(201);
  const paul = await addCustomer(page, { firstName: 'Paul', lastName: 'Grossiste' });
  const linked = await callApi(
    page,
    'PUT',
    `/api/v1/b2b-accounts/${account.body.id}/contacts/${paul.id}`,
  );
  expect(linked.status).toBeLessThan(300);
  await addPurchase(page, paul.id, 60_000);

  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill('Paul Grossiste');
  await page
    .getByRole('button', { name: /Paul Grossiste/ })
    .first()
    .click();
  await page.getByLabel(t.amount).fill('100');
  const quote = page.getByRole('region', { name: 'Remises' });
  await quote.getByText('Remise professionnelle Martin SARL (−3 %)').waitFor();
  await quote.getByText(/À payer : 97,00\s€/).waitFor();
  await page.getByRole('button', { name: /Valider 97,00\s€/ }).click();
  await page.getByText(/Achat de 97,00\s€ enregistré/).waitFor();
});
