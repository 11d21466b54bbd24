import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomer,
  addStampCard,
  purchaseCount,
  signUpByApi,
  type TestCustomer,
} from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * The counter on a phone, against the real server in Chromium: finding the right customer from
 * a card code, and sales that survive a lost answer, a busy server, a cut network and a reload.
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let claire: TestCustomer;
const t = TEXT.fr;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'phone'));
  page = await context.newPage();
  await signUpByApi(page);
  await addStampCard(page);
  claire = await addCustomer(page, { firstName: 'Claire', lastName: 'Faure' });
  for (let i = 0; i < 10; i++)
    await addCustomer(page, {
      firstName: 'Paul',
      lastName: `Martin ${i}`,
      phone: `06 00 00 00 1${i}`,
    });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const searchbox = () => page.getByRole('searchbox', { name: t.search });
const whoHeading = (name: string) => page.getByRole('heading', { level: 2, name });

async function pick(query: string, name: string) {
  await page.goto('/counter');
  await searchbox().fill(query);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await whoHeading(name).waitFor();
}

async function ringUp(amount: string) {
  await page.getByLabel(t.amount).fill(amount);
  await page.getByRole('button', { name: t.confirm }).click();
}

describe('finding the customer', () => {
  it('a pasted card link and Entrée pick its customer, whatever other customers hold', async () => {
    await page.goto('/counter');
    await searchbox().fill(claire.cardUrl);
    await page.getByRole('button', { name: /Claire Faure/ }).waitFor();
    await searchbox().press('Enter');
    await whoHeading('Claire Faure').waitFor();
  });

  it('a name in any order, and more than 8 results page by page', async () => {
    await page.goto('/counter');
    await searchbox().fill('faure claire');
    await page.getByRole('button', { name: /Claire Faure/ }).waitFor();
    await searchbox().fill('martin');
    const results = page.locator('.counter-results li');
    await expect.poll(() => results.count()).toBe(8);
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await expect.poll(() => results.count()).toBe(10);
    await checkA11y(page, 'counter: search results');
  });

  it('"Nouveau client" splits the typed name into first and last name', async () => {
    await page.goto('/counter');
    await searchbox().fill('Léa Dubois');
    await page.getByRole('button', { name: 'Nouveau client' }).click();
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Léa');
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Dubois');
    await checkA11y(page, 'counter: new customer');
  });
});

describe('sales that cannot be answered at once', () => {
  it('a lost answer: the resend carries the same bytes and key, and the sale counts once', async () => {
    const customer = await addCustomer(page, { firstName: 'Lina', phone: '06 55 44 33 22' });
    const sent: { body: string | null; key: string | undefined }[] = [];
    await page.route('**/api/v1/purchases', async (route) => {
      const request = route.request();
      sent.push({ body: request.postData(), key: request.headers()['idempotency-key'] });
      // The server records the sale; the answer never reaches the till.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await pick('Lina', 'Lina');
    await ringUp('7,20');
    await page
      .getByRole('status')
      .filter({ hasText: /En attente/ })
      .first()
      .waitFor();
    await checkA11y(page, 'counter: sale waiting');
    await page.unroute('**/api/v1/purchases');
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/purchases') && request.method() === 'POST')
        sent.push({ body: request.postData(), key: request.headers()['idempotency-key'] });
    });
    await page.getByRole('button', { name: 'Réessayer maintenant' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Achat de 7,20\s€ enregistré/ })
      .waitFor();
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const s of sent) expect(s).toEqual(sent[0]);
    expect(JSON.parse(sent[0]!.body!)).toMatchObject({
      amountCents: 720,
      externalId: expect.any(String),
    });
    expect(await purchaseCount(page, customer.id)).toBe(1);
    expect(await page.getByText(/Refusé/).count()).toBe(0);
  });

  it('a 503 or a 429 leaves the sale waiting and retried, never refused', async () => {
    const customer = await addCustomer(page, { firstName: 'Yanis', phone: '06 55 44 33 11' });
    let busy = 2;
    await page.route('**/api/v1/purchases', async (route) => {
      if (busy-- > 0) {
        await route.fulfill({
          status: busy === 1 ? 503 : 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
          body: JSON.stringify({
            status: busy === 1 ? 503 : 429,
            code: busy === 1 ? 'overloaded' : 'rate_limited',
            detail: 'Try again',
          }),
        });
      } else await route.continue();
    });
    await pick('Yanis', 'Yanis');
    await ringUp('3,10');
    await page
      .getByRole('status')
      .filter({ hasText: /En attente/ })
      .first()
      .waitFor();
    expect(await page.getByText(/Refusé/).count()).toBe(0);
    await page
      .getByRole('status')
      .filter({ hasText: /Achat de 3,10\s€ enregistré/ })
      .waitFor({
        timeout: 30_000,
      });
    await page.unroute('**/api/v1/purchases');
    expect(await purchaseCount(page, customer.id)).toBe(1);
  });

  it('offline: the counter reopens after a reload and a closed tab, and sends the sale once back online', async () => {
    const customer = await addCustomer(page, { firstName: 'Maëlle', phone: '06 55 44 33 00' });
    await pick('Maëlle', 'Maëlle');
    // The service worker installed by the counter controls the page from the next load.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto('/counter');
    await searchbox().fill('Maëlle');
    await page.getByRole('button', { name: /Maëlle/ }).click();
    await context.setOffline(true);
    await ringUp('12,00');
    await page
      .getByRole('status')
      .filter({ hasText: /En attente/ })
      .first()
      .waitFor();

    await page.reload();
    await page.getByText('1 achat en attente').waitFor();
    await searchbox().waitFor();
    await checkA11y(page, 'counter: offline after reload');

    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/counter`);
    await page.getByText('1 achat en attente').waitFor();

    await context.setOffline(false);
    await page
      .getByRole('status')
      .filter({ hasText: /Achat de 12,00\s€ pour Maëlle enregistré/ })
      .waitFor({
        timeout: 30_000,
      });
    expect(await purchaseCount(page, customer.id)).toBe(1);
  });

  it('offline: the chunks the counter loads on demand (the QR scanner) were kept too', async () => {
    await page.goto('/counter');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const html = await (await page.request.get('/counter')).text();
    const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    const listed = await page.evaluate(async () => {
      const list = (await (await fetch('/counter-assets.json')).json()) as string[];
      return Promise.all(list.map(async (path) => ({ path, kept: !!(await caches.match(path)) })));
    });
    const scanner = listed.find(({ path }) => /jsQR/i.test(path))?.path;
    expect(scanner).toBeDefined();
    expect(named).not.toContain(scanner);
    expect(listed.filter(({ kept }) => !kept)).toEqual([]);

    await context.setOffline(true);
    try {
      await page.reload();
      await searchbox().waitFor();
      // The scanner's chunk, imported as the counter does when the camera opens.
      // (A string: the test runner rewrites `import()` in functions it compiles.)
      const loaded = await page.evaluate(`import(${JSON.stringify(scanner)}).then(() => true)`);
      expect(loaded).toBe(true);
    } finally {
      await context.setOffline(false);
    }
  });

  it('a card comes with its data in the page: no second request, and a wrong link says so', async () => {
    const visitor = await browser.newContext(contextOptions(server.url, 'phone'));
    const card = await visitor.newPage();
    const asked: string[] = [];
    card.on('request', (r) => {
      if (/\/api\/v1\/public\/cards\/[\w-]+$/.test(new URL(r.url()).pathname)) asked.push(r.url());
    });
    const token = new URL(claire.cardUrl).pathname.split('/').pop() ?? '';
    const page = await card.goto(`/c/${token}`);
    expect(page?.headers()['cache-control']).toBe('no-store');
    await card.getByText('Claire').first().waitFor();
    await card.locator('.card-qr .qr img').waitFor();

    await card.goto('/c/no-such-card-0000');
    await card
      .getByRole('alert')
      .filter({ hasText: /n’existe pas|n'existe pas/ })
      .waitFor();
    expect(asked).toEqual([]);
    await visitor.close();
  });

  it('customers opening their card never get the counter’s service worker', async () => {
    const visitor = await browser.newContext(contextOptions(server.url, 'phone'));
    const card = await visitor.newPage();
    const scripts: string[] = [];
    card.on('request', (r) => scripts.push(r.url()));
    await card.goto(new URL(claire.cardUrl).pathname);
    await card
      .getByText(/Carte café/)
      .first()
      .waitFor();
    expect(scripts.filter((u) => u.includes('counter-sw'))).toEqual([]);
    expect(
      await card.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
    ).toBe(0);
    await visitor.close();
  });
});
