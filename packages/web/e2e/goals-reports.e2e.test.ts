import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, callApi, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * Steering end to end in Chromium: the owner sets a goal from one of the seed's templates and
 * follows it on the Goals page and the dashboard, reads the month-by-month evaluation of their
 * actions, and opens the month's report, which prints without the app around it.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
  await signUpByApi(page, 'Boulangerie Objectifs');
  await addPointsProgram(page);
  const alice = await addCustomer(page, { firstName: 'Alice', lastName: 'Objectif' });
  const bob = await addCustomer(page, { firstName: 'Bob', lastName: 'Objectif' });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  for (const [customerId, days, amountCents] of [
    [alice.id, 40, 2_000],
    [alice.id, 20, 3_000],
    [bob.id, 10, 4_000],
    [alice.id, 1, 1_500],
  ] as const) {
    const r = await callApi(page, 'POST', '/api/v1/purchases', {
      customerId,
      amountCents,
      occurredAt: daysAgo(days),
    });
    if (r.status !== 201) throw new Error(`purchase: ${JSON.stringify(r.body)}`);
  }
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

it('sets a goal from a template and follows it on the Goals page and the dashboard', async () => {
  await page.goto('/goals');
  await page.getByRole('heading', { name: 'Objectifs', level: 1 }).waitFor();
  await page.getByText(/Aujourd’hui : .* par mois/).waitFor();
  const template = 'Passer de 1,5 à 2 achats par client et par mois en six mois';
  await page.getByRole('button', { name: template }).click();
  await expect(page.getByLabel('Valeur').inputValue()).resolves.toBe('2');
  await page.getByRole('button', { name: 'Fixer l’objectif' }).click();
  const goal = page.getByRole('article', { name: template });
  await goal.getByText('Trop tôt pour le dire').waitFor();
  await goal.getByText(/2 par mois pour le/).waitFor();
  await goal.getByRole('img', { name: /Évolution de/ }).waitFor();
  await checkA11y(page, 'goals');

  await page.goto('/dashboard');
  const card = page.getByRole('region', { name: 'Vos objectifs' });
  await card.getByText(template).waitFor();
});

it('evaluates the actions month by month and prints the month’s report', async () => {
  await page.goto('/reports');
  await page.getByRole('heading', { name: 'Évaluer vos actions' }).waitFor();
  await page.getByText(/\(en cours\)/).waitFor();
  await checkA11y(page, 'action evaluation');

  const month = new Date().toISOString().slice(0, 7);
  await page.goto(`/reports/monthly?month=${month}`);
  await page.getByRole('heading', { name: /^Rapport de / }).waitFor();
  await page.getByRole('heading', { name: 'Les chiffres du mois' }).waitFor();
  await page
    .getByRole('rowheader', { name: 'Passer de 1,5 à 2 achats par client et par mois en six mois' })
    .waitFor();
  await page.getByText('Personne à rappeler.').waitFor();
  await checkA11y(page, 'monthly report');
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
  expect(await page.locator('.shell-bar').isVisible()).toBe(false);
});
