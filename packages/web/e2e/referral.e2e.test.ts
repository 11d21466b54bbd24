import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCustomer, addPointsProgram, signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * A referral end to end in Chromium: the owner turns referral rewards on from the programs
 * page; customer A's card shows "Parrainez un ami" with a link; B opens it on their own phone
 * and joins; B's first purchase is recorded at the counter; both cards show the reward, and the
 * owner's referrals page shows who brought whom and what each was given.
 */
let server: Habitue;
let browser: Browser;
let owner: BrowserContext;
let phone: BrowserContext;
let page: Page;
const t = TEXT.fr;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  owner = await browser.newContext(contextOptions(server.url, 'desktop'));
  phone = await browser.newContext(contextOptions(server.url, 'phone'));
  page = await owner.newPage();
  await signUpByApi(page);
  await addPointsProgram(page);
});

afterAll(async () => {
  await owner?.close();
  await phone?.close();
  await browser?.close();
  await server?.stop();
});

it('A shares their link, B joins with it and buys at the counter, both get the reward', async () => {
  await page.goto('/programs');
  const bonuses = page.getByRole('region', { name: 'Bonus' });
  await bonuses.getByLabel('Récompenser le parrainage').check();
  await bonuses.getByLabel('Parrain (points)').fill('30');
  await bonuses.getByLabel('Filleul (points)').fill('20');
  await bonuses.getByRole('button', { name: 'Enregistrer les bonus' }).click();
  await bonuses.getByText('Bonus enregistrés.').waitFor();

  const anna = await addCustomer(page, { firstName: 'Anna', lastName: 'Parrain' });
  const annaCard = await phone.newPage();
  await annaCard.goto(new URL(anna.cardUrl).pathname);
  const share = annaCard.getByRole('region', { name: 'Parrainez un ami' });
  const link = await share.getByRole('link').getAttribute('href');
  expect(link).toMatch(/\/join\/[^/]+\/[^/]+\?ref=[A-Z2-9]{8}$/);
  expect(link).not.toContain(anna.cardToken);

  const ben = await phone.newPage();
  await ben.goto(new URL(link as string).pathname + new URL(link as string).search);
  await ben.getByRole('textbox', { name: 'Prénom' }).fill('Ben');
  await ben.getByRole('textbox', { name: 'E-mail' }).fill('ben.filleul@example.org');
  await ben.getByRole('button', { name: 'Créer ma carte' }).click();
  await ben.waitForURL(/\/c\//);
  await ben.getByText('0 point').first().waitFor();

  const referrals = () => page.evaluate(async () => (await fetch('/api/v1/referrals')).json());
  expect(await referrals()).toMatchObject({ total: 1, rewarded: 0 });

  await page.goto('/counter');
  await page.getByRole('searchbox', { name: t.search }).fill('Ben');
  await page.getByRole('button', { name: /Ben/ }).first().click();
  await page.getByLabel(t.amount).fill('15');
  await page.getByRole('button', { name: t.confirm }).click();
  await page.getByText(/Achat de 15,00\s€ enregistré/).waitFor();

  // Ben: 15 points for the purchase + 20 for coming referred; Anna: 30.
  await ben.reload();
  await ben.getByText('35 points').first().waitFor();
  await annaCard.reload();
  await annaCard.getByText('30 points').first().waitFor();

  // The owner sees where Ben came from: on the referrals page, from the navigation.
  expect(await referrals()).toMatchObject({ total: 1, rewarded: 1 });
  await page.getByRole('link', { name: 'Parrainages' }).click();
  await page.getByRole('heading', { name: 'Clients parrainés' }).waitFor();
  await page.getByText('1 client parrainé, dont 1 a acheté.').waitFor();
  const row = page.getByTestId('referral');
  await row.getByRole('link', { name: 'Ben' }).waitFor();
  await row.getByRole('link', { name: 'Anna Parrain' }).waitFor();
  await row.getByText(/^Donné le /).waitFor();
  await row.getByText('parrain : 30 points · filleul : 20 points').waitFor();
  await row.getByRole('link', { name: 'Anna Parrain' }).click();
  await page.waitForURL(new RegExp(`/customers/${anna.id}$`));
});
