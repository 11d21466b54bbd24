import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * The customer page's interactions and cost of serving, in a real browser: the owner gives the
 * shop's rates, records a dispute with the time it took and what was conceded, resolves it,
 * and reads the cost next to the margin.
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('customer interactions', () => {
  it('records a dispute, resolves it, and shows what serving the customer cost', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    const created = await page.request.post('/api/v1/customers', {
      data: { firstName: 'Paul', lastName: 'Girard' },
    });
    expect(created.status()).toBe(201);
    const customer = (await created.json()) as { id: string };

    await page.goto('/settings#serving-costs');
    const rates = page.getByRole('region', { name: 'Coût de service' });
    await rates.getByLabel('Coût d’une heure de l’équipe (€)').fill('vingt');
    await rates.getByRole('button', { name: 'Enregistrer' }).click();
    await rates.getByText('Un montant en euros, par exemple 24,00').waitFor();
    await rates.getByLabel('Coût d’une heure de l’équipe (€)').fill('24,00');
    await rates.getByLabel('Taux de financement annuel (%)').fill('8');
    await rates.getByRole('button', { name: 'Enregistrer' }).click();
    await rates.getByRole('status').getByText('Enregistré.').waitFor();

    await page.goto(`/customers/${customer.id}`);
    const section = page.getByRole('region', { name: 'Échanges' });
    await section.getByText('Aucun échange enregistré.').waitFor();
    await section.getByLabel('Type').selectOption({ label: 'Litige' });
    await section.getByLabel('Temps passé (minutes)').fill('45');
    await section.getByLabel('Concédé (€)').fill('15,00');
    await section.getByLabel('Résultat').fill('Gâteau abîmé, avoir accordé');
    await section.getByRole('button', { name: 'Enregistrer l’échange' }).click();
    await section.getByText('Gâteau abîmé, avoir accordé').waitFor();
    await section.getByText(/45 minutes · 15,00\s€ concédés/).waitFor();
    await checkA11y(page, 'customer (interactions)');

    const cost = page.getByRole('region', { name: 'Coût de service' });
    const figure = (label: string) =>
      cost
        .locator('div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    // 45 min at 24 €/h = 18 €, plus the 15 € conceded.
    await expect.poll(() => figure('Temps de l’équipe').textContent()).toMatch(/18,00\s€/);
    expect(await figure('Coût total').textContent()).toMatch(/33,00\s€/);
    await cost.getByText('1 litige en cours').waitFor();

    await section.getByLabel('Statut du litige').selectOption({ label: 'Résolu' });
    await cost.getByText('1 litige en cours').waitFor({ state: 'detached' });
    expect(await section.getByLabel('Statut du litige').inputValue()).toBe('resolved');
    await context.close();
  });
});
