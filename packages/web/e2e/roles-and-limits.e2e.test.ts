import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, createTenStampCard, signUpOwner } from './support/steps.ts';

/**
 * Roles and limits in the owner's settings, in a real browser against the real server: the
 * permission table beside the team, the limits on corrections by hand, an API key created with
 * chosen scopes; then a correction above the limit, refused with the limit in words.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('roles and limits, in French', () => {
  it('shows the permission table: a cashier sees no value figures', async () => {
    await signUpOwner(page, buildOwner());
    await page.getByRole('link', { name: 'Passer cette étape' }).click();
    await page.waitForURL('**/dashboard');
    await createTenStampCard(page, 'fr');
    await page.goto('/settings');
    const table = page.locator('table.roles-matrix');
    await table.waitFor();
    const figures = table.getByRole('row', { name: /Voir les chiffres/ });
    // Columns: action, owner, manager, staff, API key.
    expect(await figures.getByRole('cell').allTextContents()).toEqual(['Oui', 'Oui', 'Non', 'Non']);
    const refunds = table.getByRole('row', { name: /Rembourser des achats/ });
    expect(await refunds.getByRole('cell').nth(2).textContent()).toBe('Achats des dernières 24 h');
    await checkA11y(page, 'settings with the permission table');
  });

  it('the owner sets the limits on corrections by hand', async () => {
    const section = page.locator('#adjustments');
    const staff = section.getByRole('group', { name: 'Employés' });
    await staff.getByLabel('Par correction (récompenses)').fill('25');
    await section.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await staff.getByRole('alert').textContent()).toBe('Un nombre entier de 0 à 20.');
    await staff.getByLabel('Par correction (récompenses)').fill('0');
    await section.getByRole('button', { name: 'Enregistrer' }).click();
    await section.getByRole('status').filter({ hasText: 'Limites enregistrées.' }).waitFor();
    await page.reload();
    await expect
      .poll(() => staff.getByLabel('Par correction (récompenses)').inputValue())
      .toBe('0');
  });

  it('creates an API key with chosen scopes and lists them', async () => {
    const section = page.locator('#api-keys');
    await section.getByLabel('Nom de la clé').fill('Caisse du comptoir');
    const adjust = section.getByRole('checkbox', { name: /Corriger un solde à la main/ });
    const refunds = section.getByRole('checkbox', { name: /Rembourser des achats/ });
    // The server's defaults: refunds yes, corrections no.
    expect([await adjust.isChecked(), await refunds.isChecked()]).toEqual([false, true]);
    await adjust.check();
    await refunds.uncheck();
    await section.getByRole('button', { name: 'Créer une clé' }).click();
    await section.locator('.new-key').waitFor();
    const row = section.locator('.key').filter({ hasText: 'Caisse du comptoir' });
    const scopes = (await row.textContent()) ?? '';
    expect(scopes).toContain('Corriger un solde à la main');
    expect(scopes).not.toContain('Rembourser des achats');
    await checkA11y(page, 'settings after creating a key');
  });

  it('a correction above the limit is refused with the limit in words', async () => {
    const created = await page.request.post('/api/v1/customers', {
      data: { firstName: 'Léa', lastName: 'Martin' },
      headers: { origin: server.url },
    });
    expect(created.status()).toBe(201);
    await page.goto(`/customers/${(await created.json()).id}`);
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: /Correction manuelle/ }) });
    await form.getByLabel('Ajouter (+) ou retirer (−)').fill('500');
    await form.getByLabel('Motif').selectOption({ label: 'Autre (à préciser)' });
    await form.getByRole('button', { name: 'Corriger le solde' }).click();
    expect(await form.getByRole('alert').first().textContent()).toBe(
      'Dites pourquoi en une phrase.',
    );
    await form.getByLabel('Précisez').fill('Carte perdue');
    await form.getByLabel('Motif').selectOption({ label: 'Carte papier reprise' });
    await form.getByRole('button', { name: 'Corriger le solde' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: 'au plus 200 tampons' });
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toMatch(/adjustment_limit_exceeded|\{"/);
    await form.getByLabel('Ajouter (+) ou retirer (−)').fill('3');
    await form.getByRole('button', { name: 'Corriger le solde' }).click();
    await form.getByRole('status').filter({ hasText: 'Solde corrigé.' }).waitFor();
    // The customer's history says who corrected and why.
    const history = form.getByRole('region', { name: 'Corrections précédentes' });
    await history.getByRole('listitem').first().waitFor();
    const line = (await history.getByRole('listitem').first().textContent()) ?? '';
    expect(line).toMatch(/\+3 tampons · Carte papier reprise : « Carte perdue » — .+@example\.fr/);
    await checkA11y(page, 'customer page after a correction');
  });
});
