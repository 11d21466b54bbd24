import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, callApi, signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * Discounts at the till in Chromium: a member whose level gives 5 % off and a promo code typed
 * at the counter. The cashier sees both discounts by name and the amount to pay before taking
 * the money, and the sale is recorded at that amount.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const t = TEXT.fr;

const benefits = (discountPercent: number) => ({
  pointsMultiplierPercent: 100,
  discountPercent,
  perks: [],
});

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
  await signUpByApi(page);
  await addPointsProgram(page);
  const ladder = await callApi(page, 'PUT', '/api/v1/tier-ladder', {
    windowMonths: 12,
    review: { periodMonths: 12, graceMonths: 3 },
    levels: [
      { id: 'argent', name: 'Argent', colour: '#a0a0a0', criteria: {}, benefits: benefits(5) },
      { id: 'or', name: 'Or', colour: '#c9a227', criteria: { visits: 40 }, benefits: benefits(10) },
    ],
  });
  expect(ladder.status).toBe(200);
  const code = await callApi(page, 'POST', '/api/v1/promo-codes', {
    code: 'NOEL10',
    percentOff: 10,
    amountOffCents: null,
    minimumPurchaseCents: null,
    startsOn: null,
    endsOn: null,
    maxUses: null,
    perCustomerLimit: 1,
  });
  expect(code.status).toBe(201);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

it('a member with a tier discount uses a promo code at the counter and pays the amount due', async () => {
  const lea = await addCustomer(page, { firstName: 'Léa', lastName: 'Remise' });
  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill('Léa Remise');
  await page
    .getByRole('button', { name: /Léa Remise/ })
    .first()
    .click();

  await page.getByLabel(t.amount).fill('100');
  const quote = page.getByRole('region', { name: 'Remises' });
  await quote.getByText('Niveau Argent (−5 %)').waitFor();
  await quote.getByText(/À payer : 95,00\s€/).waitFor();

  await quote.getByLabel('Code promo').fill('noel10');
  await quote.getByRole('button', { name: 'Appliquer' }).click();
  await quote.getByText('Code NOEL10').waitFor();
  // 10 % of what is left after the tier's 5 %: 9,50 €.
  await quote.getByText(/−9,50\s€/).waitFor();
  await quote.getByText(/À payer : 85,50\s€/).waitFor();

  await page.getByRole('button', { name: /Valider 85,50\s€/ }).click();
  await page.getByText(/Achat de 85,50\s€ enregistré/).waitFor();

  const codes = await callApi<{ items: { code: string; uses: number }[] }>(
    page,
    'GET',
    '/api/v1/promo-codes',
  );
  expect(codes.body.items.find((c) => c.code === 'NOEL10')?.uses).toBe(1);
  const purchases = await callApi<{ items: { amountCents: number }[] }>(
    page,
    'GET',
    `/api/v1/customers/${lea.id}/purchases`,
  );
  expect(purchases.body.items.map((p) => p.amountCents)).toEqual([8_550]);
});
