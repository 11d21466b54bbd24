import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, callApi, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * Acquisition and cross-sell in a real browser: the owner offers "Instagram" as an answer to
 * « comment nous avez-vous connus ? » and enters what Instagram cost this month; a person signs
 * up from the poster's page choosing Instagram; the owner reads the cost per acquired customer
 * and finds the answer on the customer's page. Then receipts teach "a cut, then a hair care",
 * and the customer who only had the cut shows "à proposer: soin".
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

describe('acquisition', () => {
  it('asks how people heard of the shop and costs each customer a channel brought', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page, 'Salon Acquisition');
    await page.goto('/');
    await goByMenu(page, 'Acquisition');
    await page.getByRole('heading', { name: 'Conquête et fidélisation' }).waitFor();

    const channels = page.getByRole('region', { name: 'Comment nous avez-vous connus ?' });
    await channels.getByText('Aucune réponse : la question n’est pas posée.').waitFor();
    await channels.getByLabel('Nouvelle réponse').fill('Instagram');
    await channels.getByRole('button', { name: 'Ajouter' }).click();
    await channels.getByRole('listitem').filter({ hasText: 'Instagram' }).waitFor();
    await channels.getByLabel('Nouvelle réponse').fill('instagram ');
    await channels.getByRole('button', { name: 'Ajouter' }).click();
    await channels.getByText('Une autre réponse proposée s’écrit déjà ainsi.').waitFor();

    const spend = page.getByRole('region', { name: 'Vos budgets par mois' });
    await spend.getByLabel('Canal').selectOption({ label: 'Instagram' });
    await spend.getByLabel('Montant (€)').fill('quatre-vingt-dix');
    await spend.getByRole('button', { name: 'Enregistrer' }).click();
    await spend.getByText('Un montant en euros, par exemple 150 ou 89,90').waitFor();
    await spend.getByLabel('Montant (€)').fill('90');
    await spend.getByRole('button', { name: 'Enregistrer' }).click();
    await spend.getByRole('cell', { name: /90,00\s€/ }).waitFor();
    await checkA11y(page, 'acquisition: channels and budgets');

    // Someone signs up from the poster's link and says Instagram.
    const me = await callApi<{ merchant: { signupUrl: string } }>(page, 'GET', '/api/v1/auth/me');
    const visitor = await context.newPage();
    await visitor.goto(new URL(me.body.merchant.signupUrl).pathname);
    await visitor.getByLabel('Prénom').fill('Inès');
    await visitor.getByLabel('E-mail', { exact: true }).fill(`ines-${Date.now()}@example.test`);
    await visitor
      .getByLabel('Comment nous avez-vous connus ?')
      .selectOption({ label: 'Instagram' });
    await checkA11y(visitor, 'join with the acquisition question');
    await visitor.getByRole('button', { name: 'Créer ma carte' }).click();
    await visitor.waitForURL('**/c/**');

    await page.reload();
    const byChannel = page.getByRole('region', { name: 'Tableau « Par canal » (défilable)' });
    const row = byChannel.getByRole('row').filter({ hasText: 'Instagram' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '1',
      expect.stringMatching(/90,00\s€/),
      expect.stringMatching(/90,00\s€/),
      'pas encore',
    ]);
    await checkA11y(page, 'acquisition report');

    const found = await callApi<{ items: { id: string }[] }>(
      page,
      'GET',
      '/api/v1/customers?q=In%C3%A8s',
    );
    await page.goto(`/customers/${found.body.items[0]!.id}`);
    const origin = page.getByRole('region', { name: 'Comment nous a-t-il connus ?' });
    await origin.getByText('A répondu « Instagram » en s’inscrivant.').waitFor();
    await context.close();
  });

  it('offers what usually comes next on the customer page', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page, 'Salon Ventes croisées');
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
    for (const firstName of ['Alice', 'Berthe', 'Carla']) {
      const c = await addCustomer(page, { firstName });
      await buy(c.id, 60, line('COUPE', 'Coupe'));
      await buy(c.id, 30, line('SOIN', 'Soin capillaire'));
    }
    const dora = await addCustomer(page, { firstName: 'Dora' });
    await buy(dora.id, 20, line('COUPE', 'Coupe'));
    for (const firstName of ['Emma', 'Fanny']) {
      const c = await addCustomer(page, { firstName });
      await buy(c.id, 20, line('BRUSH', 'Brushing'));
    }
    await page.goto(`/customers/${dora.id}`);
    const offers = page.getByRole('region', { name: 'À proposer' });
    await offers.getByText('Soin capillaire').waitFor();
    await offers
      .getByText(/75\s%\sdes clients qui ont pris « Coupe » l’ont pris ensuite \(3 clients\)/)
      .waitFor();
    await checkA11y(page, 'customer page with something to offer');

    // The owner sees the habit the suggestion comes from, with the code a campaign segment takes.
    await page.goto('/acquisition');
    const habits = page.getByRole('region', { name: 'Ce que vos clients prennent ensuite' });
    const rule = habits.getByRole('row').filter({ hasText: 'Soin capillaire' });
    await rule.waitFor();
    expect(await rule.getByRole('rowheader').textContent()).toBe('Coupe');
    expect(await rule.getByRole('cell').allTextContents()).toEqual([
      'Soin capillaire (SOIN)',
      expect.stringMatching(/^75\s%$/),
      expect.stringMatching(/^× 1,5$/),
      '3',
    ]);
    await context.close();
  });
});
