import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yLog, checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium, type VIEWPORTS } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import {
  buildOwner,
  createTenStampCard,
  goByMenu,
  recordPurchase,
  signUpOwner,
  waitForUrlOrAlert,
} from './support/steps.ts';
import { type Lang, TEXT } from './support/texts.ts';

/**
 * The owner's first day, in a real browser against the real server: sign up, set up a 10-stamp
 * card, a customer joins from the poster link, ten purchases at the counter unlock the reward,
 * it is given, and the dashboard and the customer page show it. Once on a laptop, once on a
 * phone, once in English.
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  const seen = a11yLog.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (seen.length > 0) console.info('axe, minor findings:', seen);
});

/** "Inès" → "ines": an email's local part the server's validator accepts. */
const ascii = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

type Run = { size: keyof typeof VIEWPORTS; lang: Lang; customer: string };

const RUNS: Run[] = [
  { size: 'desktop', lang: 'fr', customer: 'Camille' },
  { size: 'phone', lang: 'fr', customer: 'Inès' },
  { size: 'desktop', lang: 'en', customer: 'Hugo' },
];

describe.each(RUNS)('owner flow on $size in $lang', ({ size, lang, customer }) => {
  const t = TEXT[lang];
  let ownerContext: BrowserContext;
  let customerContext: BrowserContext;
  let owner: Page;
  let phone: Page;

  beforeAll(async () => {
    ownerContext = await browser.newContext(contextOptions(server.url, size));
    customerContext = await browser.newContext(contextOptions(server.url, 'phone'));
    owner = await ownerContext.newPage();
    phone = await customerContext.newPage();
  });
  afterAll(async () => {
    await ownerContext?.close();
    await customerContext?.close();
  });

  let signupUrl = '';

  it('signs up the owner and sets up a 10-stamp card per visit', async () => {
    await signUpOwner(owner, buildOwner(), {
      tryWeakPassword: size === 'desktop' && lang === 'fr',
    });
    await owner.getByRole('link', { name: 'Passer cette étape' }).click();
    await owner.waitForURL('**/dashboard');
    if (lang === 'en') {
      await owner.getByRole('button', { name: TEXT.fr.switchLanguage }).click();
      await expect.poll(() => owner.locator('html').getAttribute('lang')).toBe('en');
    }
    await createTenStampCard(owner, lang);
  });

  it('a customer joins from the poster link and sees an empty card', async () => {
    await owner.goto('/poster');
    const link = owner.getByLabel(t.posterLink);
    await link.waitFor();
    signupUrl = await link.inputValue();
    const me = (await (await owner.request.get('/api/v1/auth/me')).json()) as {
      merchant: { signupUrl: string };
    };
    expect(signupUrl).toBe(me.merchant.signupUrl);
    await checkA11y(owner, 'poster');

    await phone.goto(new URL(signupUrl).pathname);
    if (lang === 'en') await phone.getByRole('button', { name: TEXT.fr.switchLanguage }).click();
    await phone.getByLabel(t.joinFirstName).fill(customer);
    await phone
      .getByLabel(t.joinEmail, { exact: true })
      .fill(`${ascii(customer)}-${Date.now()}@example.fr`);
    await checkA11y(phone, 'join (public sign-up)');
    await phone.getByRole('button', { name: t.joinSubmit }).click();
    await waitForUrlOrAlert(phone, '**/c/**');
    expect(new URL(phone.url()).pathname).toMatch(/^\/c\/[\w-]+$/);
    const response = await phone.reload();
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await phone.getByText(t.stamps(0, 10)).waitFor();
    await checkA11y(phone, 'card (public)');
  });

  it('ten purchases at the counter unlock the reward, which is given', async () => {
    await goByMenu(owner, t.counterNav);
    await owner.waitForURL('**/counter');
    await checkA11y(owner, 'counter: find customer');
    await owner.getByRole('searchbox', { name: t.search }).fill(customer);
    await owner.getByRole('button', { name: new RegExp(customer) }).click();
    await owner.getByLabel(t.amount).waitFor();
    await checkA11y(owner, 'counter: purchase');
    for (let i = 1; i <= 10; i++) {
      await recordPurchase(owner, lang);
      if (i === 3) {
        await phone.reload();
        await phone.getByText(t.stamps(3, 10)).waitFor();
      }
      if (i < 10) await owner.getByRole('button', { name: t.again }).click();
    }
    const confirmation = owner.getByRole('status').filter({ hasText: t.unlocked });
    await confirmation.waitFor();
    const code = t.voucherCode.exec((await confirmation.textContent()) ?? '')?.[1];
    expect(code, 'the voucher code is shown').toBeTruthy();
    await checkA11y(owner, 'counter: reward unlocked');

    await phone.reload();
    await phone.getByText(code!, { exact: true }).waitFor();

    await owner.getByRole('button', { name: t.give }).click();
    await owner.getByRole('status').filter({ hasText: t.given }).waitFor();
    await checkA11y(owner, 'counter: reward given');

    await phone.reload();
    await phone.getByText(t.noVouchers).waitFor();
    expect(await phone.getByText(code!, { exact: true }).count()).toBe(0);
  });

  it('the dashboard counts the customer and the ten purchases', async () => {
    await goByMenu(owner, t.dashboardNav);
    await owner.waitForURL('**/dashboard');
    const customers = owner
      .locator('section')
      .filter({ has: owner.getByRole('heading', { name: t.customersFigure, exact: true }) });
    await expect.poll(() => customers.locator('.figure-value').textContent()).toBe('1');
    await owner.getByText(t.revenueCaption).waitFor();
    await checkA11y(owner, 'dashboard');
  });

  it('the customer page shows the ten purchases and the card back at zero', async () => {
    await goByMenu(owner, t.customersNav);
    await owner.waitForURL('**/customers');
    await checkA11y(owner, 'customers');
    await owner
      .getByRole('link', { name: new RegExp(customer) })
      .first()
      .click();
    await owner.getByRole('heading', { level: 1, name: new RegExp(customer) }).waitFor();
    const figure = (label: string) =>
      owner
        .locator('dl > div')
        .filter({ has: owner.getByText(label, { exact: true }) })
        .locator('dd');
    await expect.poll(() => figure(t.visits).textContent()).toBe('10');
    expect(await figure(t.totalSpend).textContent()).toMatch(t.spent);
    await owner.getByText(t.stamps(0, 10)).first().waitFor();
    await checkA11y(owner, 'customer page');
  });
});
