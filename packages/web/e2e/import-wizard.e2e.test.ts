import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * Clients → Importer on a phone, in a real browser against `habitue start` and its job runner:
 * a French till export (title lines, `;`, decimal commas, a VAT column, one bad date) goes
 * through the wizard and its customers appear in the list.
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

const TILL_EXPORT = `Export des ventes;;;;;
Boutique du Marché - mars 2024;;;;;
N° client;Client;Date;N° ticket;Montant TTC;Montant TVA
C001;Léa Martin;05/03/2024;T100;12,50;2,08
C002;Paul Durand;06/03/2024;T101;8,00;1,33
C001;Léa Martin;07/03/2024;T102;20,00;3,33
C003;Inès Petit;32/03/2024;T103;5,00;0,83
`;

describe('import wizard', () => {
  it('imports a French till export on a phone and shows its customers in the list', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    await page.goto('/customers');
    await page.getByRole('link', { name: 'Importer' }).click();
    await page.waitForURL('**/customers/import');
    await page.getByRole('heading', { name: 'Importer des clients' }).waitFor();
    await page.getByLabel('Fichier CSV ou Excel').setInputFiles({
      name: 'ventes-mars.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(TILL_EXPORT, 'latin1'),
    });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();

    // The customer number is guessed from its header; the owner names the "Client" column.
    const number = page.getByLabel('Contenu — N° client');
    await expect.poll(() => number.inputValue()).toBe('customerRef');
    expect(await page.getByLabel('Contenu — Montant TTC').inputValue()).toBe('amount');
    expect(await page.getByLabel('Contenu — Montant TVA').inputValue()).toBe('');
    await page.getByLabel('Contenu — Client').selectOption({ label: 'Nom' });
    await expect.poll(() => page.getByLabel('Contenu — Client').inputValue()).toBe('lastName');

    const preview = page.getByRole('region', { name: '3. L’aperçu' });
    await expect
      .poll(() => preview.getByRole('row').filter({ hasText: 'Léa Martin' }).count())
      .toBe(2);
    expect(await preview.getByRole('row').filter({ hasText: 'date illisible' }).count()).toBe(1);
    await checkA11y(page, 'import wizard (columns and preview)');

    const dryRun = page.getByRole('region', { name: '4. Le test' });
    await dryRun.getByRole('button', { name: 'Tester l’import' }).click();
    await dryRun.getByText('2 nouveaux clients').waitFor();
    await dryRun.getByText('3 achats ajoutés').waitFor();
    await dryRun.getByText('Ligne 7 (Date d’achat) : date illisible').waitFor();
    const download = dryRun.getByRole('link', { name: 'Télécharger le rapport (CSV)' });
    expect(await download.getAttribute('href')).toMatch(/\/report\?locale=fr$/);

    const run = page.getByRole('region', { name: '5. L’import' });
    await run.getByLabel('Importer les lignes valides et écarter les autres').check();
    await run.getByRole('button', { name: 'Lancer l’import' }).click();
    await run.getByText('Import terminé.').waitFor({ timeout: 60_000 });
    await run.getByText('2 nouveaux clients').waitFor();
    // Nothing on the page is wider than the phone.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await checkA11y(page, 'import wizard (summary)');

    await run.getByRole('link', { name: 'Voir les clients' }).click();
    await page.waitForURL('**/customers');
    await expect
      .poll(() => page.getByRole('link', { name: 'Léa Martin' }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await page.getByRole('link', { name: 'Paul Durand' }).count()).toBe(1);
    await context.close();
  });
});
