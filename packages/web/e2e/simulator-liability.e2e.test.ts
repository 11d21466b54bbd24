import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, addPurchase, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * Before launch and after: the owner simulates a program on the shop's past sales from the
 * programs page, and the dashboard shows what the shop owes its customers.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let programId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
  await signUpByApi(page);
  programId = (await addPointsProgram(page)).id;
  const lea = await addCustomer(page, { firstName: 'Léa', lastName: 'Simule' });
  for (let i = 0; i < 3; i++) await addPurchase(page, lea.id, 3000);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

it('simulates the program on the last 12 months next to the live preview', async () => {
  await page.goto(`/programs/${programId}`);
  await page.getByRole('heading', { name: 'Simuler sur mon année passée' }).waitFor();
  await page.getByRole('button', { name: 'Simuler', exact: true }).click();
  // 90 € in 3 visits, 90 points: the 20-point coffee (0,30 €) as soon as affordable, 4 times;
  // 1,20 € on 90 € = 1,3 %; 10 points left, worth 10 × 0,30 / 20 = 0,15 €.
  const result = page.getByRole('status').filter({ hasText: 'des ventes' });
  await result.getByText(/Coût : 1,3\s?% des ventes/).waitFor();
  const text = await result.textContent();
  expect(text).toContain('4 récompenses données, coût 1,20');
  expect(text).toContain('Encore dû en fin de période : 0,15');
  await checkA11y(page, 'program editor with a simulation');
});

it('shows the liability per program on the dashboard, with the file for the accountant', async () => {
  await page.goto('/');
  const panel = page.locator('section').filter({
    has: page.getByRole('heading', { name: 'Ce que vous devez à vos clients' }),
  });
  // 90 points held, nothing used or expired yet (probability 100 %): 90 × 0,30 / 20 = 1,35 €.
  const row = panel.getByRole('row', { name: /Points café/ });
  await row.waitFor();
  expect(await row.textContent()).toContain('90 points');
  expect(await row.textContent()).toContain('1,35');
  await panel.getByRole('link', { name: 'Excel' }).waitFor();
  await checkA11y(page, 'dashboard with the liability');
});
