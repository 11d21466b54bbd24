import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, addPurchase, callApi, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * A business account from end to end, in a real browser: the owner opens it with a SIRET (a
 * wrong one is refused in words), adds the buyer as its contact, enters an invoice that was
 * never paid, reads its payment quality, and finds the account in the priority list, where
 * the reason says it pays late.
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

/**
 * The calendar day `daysAgo` days before today in Paris, 'YYYY-MM-DD'. Counted in calendar
 * days from today's date: 45 × 24 hours back from late evening crosses the autumn clock change
 * into the next day (44 days late, not 45).
 */
const parisDay = (daysAgo: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - daysAgo);
  return day.toISOString().slice(0, 10);
};

describe('business accounts', () => {
  it('opens an account with a SIRET, enters a late invoice, and shows it in the priority list', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page, 'Boulangerie Pro');
    const nadia = await addCustomer(page, { firstName: 'Nadia', lastName: 'Achats' });
    await addPurchase(page, nadia.id, 125_000);
    const zoe = await addCustomer(page, { firstName: 'Zoé', lastName: 'Passante' });
    await addPurchase(page, zoe.id, 1_200);

    await page.goto('/');
    await goByMenu(page, 'Comptes pro');
    await page.getByRole('heading', { name: 'Comptes professionnels' }).waitFor();
    const form = page.getByRole('region', { name: 'Ouvrir un compte pro' });
    await form.getByLabel('Entreprise').fill('Hôtel du Parc');
    await form.getByLabel('SIREN ou SIRET').fill('732 829 320 00075');
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await form
      .getByText('Ce numéro n’existe pas : vérifiez ses chiffres', { exact: true })
      .waitFor();
    await checkA11y(page, 'business accounts: a wrong SIRET');
    await form.getByLabel('SIREN ou SIRET').fill('732 829 320 00074');
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByRole('heading', { name: 'Hôtel du Parc' }).waitFor();

    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.getByLabel('Chercher un client à ajouter').fill('Nadia');
    await contacts.getByRole('button', { name: 'Ajouter' }).click();
    await contacts.getByRole('link', { name: 'Nadia Achats' }).waitFor();

    const invoices = page.getByRole('region', { name: 'Factures' });
    await invoices.getByLabel('N° de facture').fill('F-2026-041');
    await invoices.getByLabel('Montant (€)').fill('1 250,00');
    await invoices.getByLabel('Émise le').fill(parisDay(75));
    await invoices.getByLabel('Échéance', { exact: true }).fill(parisDay(45));
    await invoices.getByRole('button', { name: 'Saisir la facture' }).click();
    await invoices.getByRole('cell', { name: 'F-2026-041' }).waitFor();
    await invoices.getByText('En retard de 45 jours').waitFor();

    const figures = page.getByRole('region', { name: 'Qualité de paiement et rentabilité' });
    await expect.poll(() => figures.getByTestId('late-share').textContent()).toMatch(/1 sur 1/);
    expect(await figures.getByTestId('average-days-late').textContent()).toBe('45 jours');
    expect(await figures.getByTestId('overdue').textContent()).toMatch(/1\s?250,00\s€/);
    await checkA11y(page, 'business account with a late invoice');

    // The same invoice sent again by an accounting tool changes nothing.
    const account = page.url().split('/').at(-1)!;
    const again = await callApi(page, 'POST', `/api/v1/b2b-accounts/${account}/invoices`, {
      number: 'F-2026-041',
      amountCents: 125_000,
      issuedOn: parisDay(75),
      dueOn: parisDay(45),
    });
    expect(again.status).toBe(200);

    await goByMenu(page, 'Priorités');
    await page.getByRole('heading', { name: 'Liste de priorité' }).waitFor();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Hôtel du Parc' }) });
    await row.waitFor();
    await row.getByText('Compte pro').waitFor();
    await row.getByText(/Paie en retard \(0\s?% des factures à temps\)/).waitFor();
    await page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Zoé Passante' }) })
      .waitFor();
    await checkA11y(page, 'priority list');
    await context.close();
  });
});
