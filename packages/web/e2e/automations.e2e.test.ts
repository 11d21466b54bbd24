import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * Automatisations, in a real browser against `habitue start` and its job runner: switch the
 * welcome on, a customer joins, run today's automations, and read the welcome in Réglages →
 * Messages envoyés (kept in the outbox: no SMTP here).
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startHabitue({
      demo: false,
      env: { HABITUE_PUBLIC_URL: 'https://boutique.example.test', COOKIE_SECURE: 'false' },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('automations', () => {
  it('switches the welcome on and the new member finds it in the sent messages', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpByApi(page, 'Fromagerie');
    await page.goto('/');
    await goByMenu(page, 'Automatisations');
    await page.getByRole('heading', { name: 'Automatisations', level: 1 }).waitFor();
    const welcome = page.getByRole('region', { name: 'Bienvenue après l’inscription' });
    await welcome.getByText('Éteinte').waitFor();
    await welcome.getByRole('button', { name: 'Allumer' }).click();
    await welcome.getByText('Allumée').waitFor();
    await checkA11y(page, 'automations');

    await addCustomer(page, { firstName: 'Margaux', email: 'margaux@example.fr' });
    await page.getByRole('button', { name: 'Lancer maintenant' }).click();
    await page.getByText(/1 automatisation lancée/).waitFor();

    await goByMenu(page, 'Réglages');
    const outbox = page.getByRole('region', { name: 'Messages envoyés' });
    // The job runner polls every second; reload until the welcome is there.
    for (let i = 0; i < 20; i += 1) {
      if ((await outbox.getByText(/^Bienvenue chez Fromagerie/).count()) > 0) break;
      await page.waitForTimeout(1_000);
      await page.reload();
    }
    await outbox.getByText(/^Bienvenue chez Fromagerie/).waitFor();
    await outbox.getByText(/margaux@example\.fr/).waitFor();
  });

  it('fits a phone: the buttons are the app’s, big enough to tap, nothing wider than the screen', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    await signUpByApi(page, 'Primeur');
    await page.goto('/automations');
    await page.getByRole('heading', { name: 'Automatisations', level: 1 }).waitFor();
    const welcome = page.getByRole('region', { name: 'Bienvenue après l’inscription' });
    const switchOn = welcome.getByRole('button', { name: 'Allumer' });
    const runNow = page.getByRole('button', { name: 'Lancer maintenant' });
    await switchOn.waitFor();
    for (const button of [switchOn, runNow]) {
      const look = await button.evaluate((b) => {
        const style = getComputedStyle(b);
        const box = b.getBoundingClientRect();
        return { radius: style.borderRadius, weight: style.fontWeight, height: box.height };
      });
      // The app's .button: rounded, bold, at least the 48 px tap target.
      expect(look).toEqual({ radius: '10px', weight: '600', height: expect.any(Number) });
      expect(look.height).toBeGreaterThanOrEqual(48);
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'automations-390.png'), fullPage: true });
    await switchOn.click();
    await welcome.getByRole('button', { name: 'Éteindre' }).waitFor();
    await checkA11y(page, 'automations on a phone');
    await context.close();
  });
});
