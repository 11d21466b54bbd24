import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, addStampCard, signUpByApi, type TestCustomer } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * The card page as the server draws it (packages/web/src/card-server.tsx): on screen before
 * any script runs, then taken over by the page's script without being drawn again.
 */
let server: Habitue;
let browser: Browser;
let customer: TestCustomer;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue(), launchChromium()]);
  const owner = await (await browser.newContext(contextOptions(server.url, 'desktop'))).newPage();
  await signUpByApi(owner, 'Boulangerie Rendue');
  await addStampCard(owner);
  customer = await addCustomer(owner, { firstName: 'Léa' });
  await owner.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone in this language; `javaScriptEnabled: false` proves what the server alone drew. */
async function phone(options: { locale?: string; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ ...contextOptions(server.url, 'phone'), ...options });
  return context.newPage();
}

/** The card's parts a customer needs at the counter, visible. */
async function expectCardShown(page: Page, hello: string) {
  await expect(page.getByText(hello).isVisible()).resolves.toBe(true);
  await expect(page.locator('.card-qr .qr img').isVisible()).resolves.toBe(true);
  await expect(page.locator('.card-rewards').isVisible()).resolves.toBe(true);
}

describe('card page drawn by the server', () => {
  it('shows the card, its QR code and rewards with JavaScript off, in French and in English', async () => {
    const french = await phone({ javaScriptEnabled: false });
    await french.goto(`/c/${customer.cardToken}`);
    await expectCardShown(french, 'Bonjour Léa !');
    await expect(french.getByText('Carte café').isVisible()).resolves.toBe(true);
    const qr = await french.locator('.card-qr .qr img').getAttribute('src');
    expect(qr).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    await french.context().close();

    const english = await phone({ locale: 'en-GB', javaScriptEnabled: false });
    await english.goto(`/c/${customer.cardToken}`);
    await expectCardShown(english, 'Hello Léa!');
    await expect(english.getByText('Coffee card').isVisible()).resolves.toBe(true);
    expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
    await english.context().close();
  });

  it('is taken over by the script as drawn (same QR image element), with no error and no second fetch of the card', async () => {
    const page = await phone();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    const cardRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === `/api/v1/public/cards/${customer.cardToken}`) cardRequests.push(pathname);
    });
    // The QR image as the server drew it, once the page is parsed and before its script runs
    // (a module script runs after `readyState` turns "interactive").
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const seen = window as unknown as { drawnQr?: Element | null; drawnSrc?: string | null };
        seen.drawnQr = document.querySelector('.card-qr .qr img');
        seen.drawnSrc = seen.drawnQr?.getAttribute('src') ?? null;
      });
    });

    for (const visit of ['first (app written in the page)', 'second (app files linked)']) {
      await page.goto(`/c/${customer.cardToken}`);
      await page.waitForLoadState('networkidle');
      const kept = await page.evaluate(() => {
        const seen = window as unknown as { drawnQr?: Element | null; drawnSrc?: string | null };
        const now = document.querySelector('.card-qr .qr img');
        return {
          drawn: Boolean(seen.drawnQr),
          sameElement: seen.drawnQr === now,
          sameImage: seen.drawnSrc === now?.getAttribute('src'),
          // The script took the page over (hydrated), or the toggle below would do nothing.
          inlineScript: document.querySelector('script[type="module"]:not([src])') !== null,
        };
      });
      expect(kept, visit).toMatchObject({ drawn: true, sameElement: true, sameImage: true });
      expect(kept.inlineScript, visit).toBe(visit.startsWith('first'));
      await expectCardShown(page, 'Bonjour Léa !');
    }
    // Interactive: the language toggle redraws the card in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Hello Léa!').waitFor();
    await expect(page.getByText('Coffee card').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(cardRequests).toEqual([]);
  });
});
