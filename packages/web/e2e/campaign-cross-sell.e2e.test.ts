import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, callApi, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * The campaign editor's cross-sell picker, in a real browser: receipts teach "a cut, then a hair
 * care"; the owner picks « Soin capillaire » as the item to offer and the campaign reaches the
 * customer who had the cut but not the care yet.
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startHabitue({
      demo: false,
      env: { HABITUE_PUBLIC_URL: 'https://salon.example.test', COOKIE_SECURE: 'false' },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('campaign cross-sell picker', () => {
  it('lists the items to offer with what comes before them, and targets who should get one', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page, 'Salon Campagne croisée');
    const line = (sku: string, name: string) => ({
      sku,
      name,
      category: 'salon',
      quantity: 1,
      unitPriceCents: 3_000,
    });
    const buy = async (customerId: string, daysAgo: number, item: ReturnType<typeof line>) => {
      const r = await callApi(page, 'POST', '/api/v1/purchases', {
        customerId,
        amountCents: 3_000,
        occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        items: [item],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    const withEmail = (firstName: string) => ({
      firstName,
      email: `${firstName.toLowerCase()}@example.fr`,
      consents: [{ channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' }],
    });
    for (const firstName of ['Alice', 'Berthe', 'Carla']) {
      const c = await addCustomer(page, withEmail(firstName));
      await buy(c.id, 60, line('COUPE', 'Coupe'));
      await buy(c.id, 30, line('SOIN', 'Soin capillaire'));
    }
    const dora = await addCustomer(page, withEmail('Dora'));
    await buy(dora.id, 20, line('COUPE', 'Coupe'));
    for (const firstName of ['Emma', 'Fanny']) {
      const c = await addCustomer(page, withEmail(firstName));
      await buy(c.id, 20, line('BRUSH', 'Brushing'));
    }

    await page.goto('/campaigns/new');
    await page.getByLabel('Partir d’un modèle').selectOption({ label: 'Vous nous manquez' });
    const recipients = page.getByTestId('recipients');
    await recipients.filter({ hasText: /^6 / }).waitFor();
    const picker = page.getByLabel('Produit à proposer');
    await picker.waitFor();
    const options = await picker.getByRole('option').allTextContents();
    expect(options[0]).toBe('Pas de produit à proposer');
    expect(options).toContainEqual(
      expect.stringMatching(/^Soin capillaire — après Coupe \(75\s%\)$/),
    );
    await picker.selectOption('SOIN');
    await checkA11y(page, 'campaign editor with the cross-sell picker');

    // The segment the editor sends reaches Dora alone: the cut, not the care yet.
    await recipients.filter({ hasText: /^1 / }).waitFor();
    await context.close();
  });
});
