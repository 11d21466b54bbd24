import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, addPurchase, signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * The paid club and the cause end to end in Chromium: the owner sets up the club and a cause on
 * the programs page, a customer joins the club at the counter (fee paid in cash), and their own
 * card shows the membership, its perks and what their purchases gave to the cause.
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

it('a customer joins the club at the counter and sees it, and the cause, on their card', async () => {
  await page.goto('/programs');
  await page.getByRole('button', { name: 'Créer le club' }).click();
  await page.getByLabel('Nom du club').fill('Club des lecteurs');
  await page.getByLabel('Montant de la cotisation (€)').fill('15,00');
  await page.getByLabel('Remise des membres (%)').fill('10');
  await page
    .getByLabel('Avantages (un par ligne)', { exact: true })
    .last()
    .fill('Rencontres d’auteurs');
  await page.getByRole('button', { name: 'Enregistrer le club' }).click();
  await page.getByText('Ce que rapporte le club').waitFor();

  await page.getByLabel('Nom de la cause').fill('SPA de Montreuil');
  await page.getByRole('button', { name: 'Ajouter la cause' }).click();
  await page.getByRole('option', { name: 'SPA de Montreuil' }).waitFor({ state: 'attached' });
  await page.getByLabel('Pourcentage (%)').fill('10');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Ce qui est dû').waitFor();

  const lea = await addCustomer(page, { firstName: 'Léa', lastName: 'Club' });
  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill('Léa Club');
  await page
    .getByRole('button', { name: /Léa Club/ })
    .first()
    .click();
  const club = page.getByTestId('club-state');
  await club.getByText('Pas membre du club.').waitFor();
  await page.getByRole('button', { name: 'Espèces' }).click();
  await club.getByText(/Membre jusqu’au/).waitFor();
  await page.getByText('Remise membre : 10 %').waitFor();

  await addPurchase(page, lea.id, 12_400);
  await page.goto(new URL(lea.cardUrl).pathname);
  const card = page.getByTestId('card-club');
  await card.getByText(/Membre du Club des lecteurs jusqu’au/).waitFor();
  await card.getByText('Rencontres d’auteurs').waitFor();
  const cause = page.getByTestId('card-cause');
  await cause.getByText(/Vos achats ont déjà donné 12,40\s€ à SPA de Montreuil\./).waitFor();
  expect(await card.textContent()).toContain('Remise membre : 10 %');
});
