import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * Clients → duplicates, in a real browser: two cards for one person (same email), each with
 * purchases, are compared in the merge dialog and merged; the duplicate's id then answers
 * `customer_merged` and the kept card holds both balances.
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

describe('customer merge', () => {
  it('shows a duplicate pair, compares it and merges it into one card', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    const post = async (path: string, data: unknown) => {
      const r = await page.request.post(path, { data });
      expect(r.status(), `${path}: ${await r.text()}`).toBeLessThan(300);
      return r.json();
    };
    const program = await post('/api/v1/programs', {
      kind: 'stamps',
      name: 'Carte café',
      rule: { per: 'visit' },
      stampsPerCard: 10,
      reward: { name: 'Café offert', costPriceCents: 40, retailValueCents: 250 },
    });
    const kept = await post('/api/v1/customers', {
      firstName: 'Léa',
      lastName: 'Martin',
      email: 'lea.martin@example.org',
    });
    const duplicate = await post('/api/v1/customers', {
      firstName: 'Lea',
      email: 'lea.martin@example.org',
      phone: '06 39 98 00 11',
    });
    for (const customerId of [kept.id, duplicate.id, duplicate.id]) {
      await post('/api/v1/purchases', { customerId, amountCents: 450 });
    }

    await page.goto('/customers');
    const section = page.getByRole('region', { name: /Doublons possibles/ });
    await section.getByText('1 paire').waitFor();
    await section.getByRole('button', { name: 'Voir les doublons' }).click();
    await section.getByText('même e-mail').waitFor();
    await section.getByRole('button', { name: 'Comparer et fusionner' }).click();

    const dialog = page.getByRole('dialog', { name: 'Fusionner deux fiches' });
    await dialog.waitFor();
    const after = dialog.getByRole('region', { name: 'Après la fusion' });
    await after.getByText(/3 achats/).waitFor();
    await after.getByText('Carte café : 3 tampons').waitFor();
    await after.getByText('Repris de la fiche fusionnée : téléphone').waitFor();
    await checkA11y(page, 'merge dialog');
    await dialog.getByRole('button', { name: 'Fusionner' }).click();
    await section.getByRole('status').getByText('Fiches fusionnées.').waitFor();

    const gone = await page.request.get(`/api/v1/customers/${duplicate.id}`);
    expect(gone.status()).toBe(409);
    expect(await gone.json()).toMatchObject({ code: 'customer_merged', mergedInto: kept.id });
    const card = await (await page.request.get(`/api/v1/customers/${kept.id}/card`)).json();
    const stamps = card.programs.find((p: { programId: string }) => p.programId === program.id);
    expect(stamps.balance).toBe(3);
    await context.close();
  });
});
