import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, addPurchase, signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * Tiers end to end in Chromium: the owner sets up Bronze → Argent → Or on the programs page,
 * a customer buys at the counter until the next tier, and the counter and the customer's own
 * card both show it.
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

it('a customer climbs a tier at the counter, and sees it on their card', async () => {
  await page.goto('/programs');
  await page.getByRole('button', { name: 'Créer des niveaux' }).click();
  // Argent from 20 € over the year (the default asks 200 €).
  const spend = page.getByLabel('Dépense sur la période (€)');
  await spend.first().fill('20');
  await spend.nth(1).fill('50');
  await page
    .getByRole('textbox', { name: 'Avantages (un par ligne)' })
    .nth(1)
    .fill('Avant-premières');
  await page.getByRole('button', { name: 'Enregistrer les niveaux' }).click();
  await page.getByText('Niveaux enregistrés (version 1).').waitFor();

  const lea = await addCustomer(page, { firstName: 'Léa', lastName: 'Tiers' });
  await addPurchase(page, lea.id, 800);

  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill('Léa Tiers');
  await page
    .getByRole('button', { name: /Léa Tiers/ })
    .first()
    .click();
  const standing = page.getByTestId('tier-standing');
  // Before taking payment: the level, and what the next one takes (20 € − 8 €).
  await standing.getByText(/Bronze depuis le/).waitFor();
  await standing.getByText(/Encore 12,00\s€ pour passer Argent/).waitFor();

  await page.getByLabel(t.amount).fill('15');
  await page.getByRole('button', { name: t.confirm }).click();
  await page.getByText('Nouveau niveau : Argent !').waitFor();
  // Reached on spend, it is held until a review finds the spend gone (plus the grace).
  await page
    .getByTestId('tier-standing')
    .getByText(/Argent jusqu’au .* — encore 20,00\s€ pour le garder/)
    .waitFor();
  expect(await page.getByTestId('tier-standing').textContent()).toContain('Points ×1,25');

  await page.goto(new URL(lea.cardUrl).pathname);
  const card = page.getByTestId('tier-standing');
  await card.getByText(/Argent jusqu’au/).waitFor();
  await card.getByText('Avant-premières').waitFor();
  await card.getByText(/Encore 27,00\s€ pour passer Or/).waitFor();
});
