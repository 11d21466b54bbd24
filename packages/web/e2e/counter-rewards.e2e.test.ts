import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomer,
  addPointsProgram,
  addPurchase,
  addStampCard,
  callApi,
  signUpByApi,
} from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * Amounts, rewards and refunds at the counter and on the customer page, on a phone: an unusual
 * amount is confirmed, a reward unlocked is named and its code fits, points rewards are offered
 * only when affordable and spent after a confirmation, a refund of spent points says what is
 * owed, and contact details are edited, removed and a non-member enrolled.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const t = TEXT.fr;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'phone'));
  page = await context.newPage();
  await signUpByApi(page);
  await addStampCard(page);
  await addPointsProgram(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function pick(name: string) {
  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill(name);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('amounts', () => {
  it('an unusual amount asks to confirm; an impossible one is refused in French', async () => {
    await addCustomer(page, { firstName: 'Hugo', phone: '06 10 20 30 40' });
    await pick('Hugo');
    await page.getByLabel(t.amount).fill('1250');
    await page.getByRole('button', { name: t.confirm }).click();
    const question = page.getByRole('alert').filter({ hasText: /est-ce bien le montant/ });
    await question.waitFor();
    expect(await question.textContent()).toMatch(/1\s250,00\s€/);
    await checkA11y(page, 'counter: unusual amount');
    await page.getByRole('button', { name: 'Corriger le montant' }).click();
    expect(await page.getByLabel(t.amount).inputValue()).toBe('');

    await page.getByLabel(t.amount).fill('9999999');
    await page.getByRole('button', { name: t.confirm }).click();
    await page.getByRole('button', { name: /Oui, valider/ }).click();
    await page.getByText('Ce montant dépasse le maximum accepté pour un achat.').waitFor();
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/Too big|expected number/);
  });
});

describe('rewards', () => {
  it('a reward unlocked is named, and its voucher code fits its box on a phone', async () => {
    const nina = await addCustomer(page, { firstName: 'Nina', phone: '06 10 20 30 41' });
    for (let i = 0; i < 9; i++) await addPurchase(page, nina.id, 450);
    await pick('Nina');
    await page.getByLabel(t.amount).fill('4,50');
    await page.getByRole('button', { name: t.confirm }).click();
    const unlocked = page.locator('.counter-unlocked').filter({ hasText: /Récompense débloquée/ });
    await unlocked.waitFor();
    expect(await unlocked.textContent()).toMatch(/Récompense débloquée : Café offert/);
    const fits = await unlocked.evaluate((box) => {
      const code = box.querySelector('.counter-code')!.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return {
        overflow: box.scrollWidth - box.clientWidth,
        inside: code.left >= outer.left && code.right <= outer.right,
        viewport: document.documentElement.scrollWidth <= window.innerWidth,
      };
    });
    expect(fits).toEqual({ overflow: 0, inside: true, viewport: true });
    await checkA11y(page, 'counter: reward unlocked (phone)');
  });

  it('offers only affordable points rewards, signals one reached, and confirms before spending', async () => {
    const ines = await addCustomer(page, { firstName: 'Inès', phone: '06 10 20 30 42' });
    await addPurchase(page, ines.id, 2_500);
    await pick('Inès');
    await page.getByText('Récompense atteinte : Café offert').waitFor();
    const rewards = page.getByRole('region', { name: 'Récompenses disponibles' });
    await rewards.getByRole('button', { name: /Café offert — 20 points/ }).waitFor();
    expect(await rewards.getByRole('button', { name: /Muffin/ }).count()).toBe(0);
    await rewards.getByText(/Muffin offert \(50\) : encore 25 points/).waitFor();
    await rewards.getByRole('button', { name: /Café offert — 20 points/ }).click();
    const confirm = rewards.getByRole('alert').filter({ hasText: /Dépenser 20 points/ });
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/Il restera 5 points/);
    await checkA11y(page, 'counter: confirm spending points');
    const card = await callApi<{ programs: { kind: string; balance: number }[] }>(
      page,
      'GET',
      `/api/v1/customers/${ines.id}/card`,
    );
    expect(card.body.programs.find((p) => p.kind === 'points')?.balance).toBe(25);
    await rewards.getByRole('button', { name: 'Oui, offrir' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Récompense offerte : Café offert/ })
      .waitFor();
  });

  it('"not enough points" shows where the cashier is looking on a phone', async () => {
    const eva = await addCustomer(page, { firstName: 'Éva', phone: '06 10 20 30 46' });
    await addPurchase(page, eva.id, 2_500);
    await pick('Éva');
    const rewards = page.getByRole('region', { name: 'Récompenses disponibles' });
    await rewards.getByRole('button', { name: /Café offert — 20 points/ }).click();
    // Meanwhile the points are spent at another till.
    const catalog = await callApi<{ items: { kind: string; rewards: { id: string }[] }[] }>(
      page,
      'GET',
      '/api/v1/programs',
    );
    const cafe = catalog.body.items.find((p) => p.kind === 'points')!.rewards[0]!;
    await callApi(page, 'POST', '/api/v1/redemptions', { customerId: eva.id, rewardId: cafe.id });
    await rewards.getByRole('button', { name: 'Oui, offrir' }).click();
    const refusal = rewards.getByRole('alert').filter({ hasText: /Solde insuffisant : 5 points/ });
    await refusal.waitFor();
    await expect
      .poll(() =>
        refusal.evaluate((e) => {
          const box = e.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('a purchase that reaches a reward says so', async () => {
    const leo = await addCustomer(page, { firstName: 'Léo', phone: '06 10 20 30 43' });
    await addPurchase(page, leo.id, 1_500);
    await pick('Léo');
    await page.getByLabel(t.amount).fill('6,00');
    await page.getByRole('button', { name: t.confirm }).click();
    await page.getByText('Nouveau : « Café offert » est maintenant possible !').waitFor();
  });
});

describe('refunds and the customer page', () => {
  it('a refund of spent points says what is owed, with its unit, on the refund, the page and the counter', async () => {
    const paul = await addCustomer(page, {
      firstName: 'Paul',
      lastName: 'Roux',
      phone: '06 10 20 30 44',
    });
    const bought = await addPurchase(page, paul.id, 4_560);
    const program = (
      await callApi<{ items: { kind: string; rewards: { id: string; cost: number }[] }[] }>(
        page,
        'GET',
        '/api/v1/programs',
      )
    ).body.items.find((p) => p.kind === 'points')!;
    const muffin = program.rewards.find((r) => r.cost === 20)!;
    for (let i = 0; i < 2; i++)
      expect(
        (
          await callApi(page, 'POST', '/api/v1/redemptions', {
            customerId: paul.id,
            rewardId: muffin.id,
          })
        ).status,
      ).toBe(201);
    expect(bought.purchaseId).toBeTruthy();
    await page.goto(`/customers/${paul.id}`);
    await page.getByRole('heading', { level: 1, name: 'Paul Roux' }).waitFor();
    // The value panel: before the refund it counts the purchase; after, without a reload, not.
    const value = page.getByRole('region', { name: 'Valeur', exact: true });
    await expect.poll(() => value.textContent(), { timeout: 15_000 }).toMatch(/45,60\s€/);
    await page.getByRole('button', { name: 'Rembourser', exact: true }).click();
    await page.getByRole('button', { name: /^Rembourser 45,60/ }).click();
    const done = page.getByRole('status').filter({ hasText: /45,60\s€ remboursé/ });
    await done.waitFor();
    const text = (await done.textContent()) ?? '';
    expect(text).toMatch(/« Points café » : 5 points repris/);
    expect(text).toMatch(/40 points n’ont pas pu être repris/);
    await page.getByText(/40 points dus après un remboursement/).waitFor();
    await expect.poll(() => value.textContent(), { timeout: 15_000 }).not.toMatch(/45,60\s€/);
    await checkA11y(page, 'customer page after a refund with points owed');
    await pick('Paul');
    await page.getByText(/40 points dus après un remboursement/).waitFor();
    // The customer's own card says it too.
    await page.goto(new URL(paul.cardUrl).pathname);
    await page.getByText(/40 points déjà utilisés restent à régler avec le commerce/).waitFor();
  });

  it('edits and removes contact details, and enrols a non-member', async () => {
    const zoe = await addCustomer(page, {
      firstName: 'Zoé',
      phone: '06 10 20 30 45',
      email: 'zoe@exemple.fr',
      member: false,
    });
    await page.goto(`/customers/${zoe.id}`);
    await page.getByRole('heading', { level: 1, name: 'Zoé' }).waitFor();
    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByLabel('Nom', { exact: true }).fill('Lambert');
    await page.getByLabel('Téléphone').fill('');
    await checkA11y(page, 'customer page: editing contact');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Coordonnées enregistrées.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Zoé Lambert' }).waitFor();
    const stored = await callApi<{ phone: string | null; lastName: string }>(
      page,
      'GET',
      `/api/v1/customers/${zoe.id}`,
    );
    expect(stored.body).toMatchObject({ phone: null, lastName: 'Lambert' });

    const enroll = page.getByRole('button', { name: 'Inscrire au programme de fidélité' });
    await enroll.click();
    await expect.poll(() => enroll.count(), { timeout: 15_000 }).toBe(0);
    const contact = page.getByRole('region', { name: 'Contact' });
    expect(await contact.textContent()).not.toMatch(/Pas membre du programme/);
    const member = await callApi<{ memberSince: string | null }>(
      page,
      'GET',
      `/api/v1/customers/${zoe.id}`,
    );
    expect(member.body.memberSince).not.toBeNull();
  });
});
