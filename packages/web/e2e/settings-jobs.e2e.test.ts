import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';
import { TEXT } from './support/texts.ts';

/**
 * Settings → automatic tasks, in a real browser against `habitue start` and its job runner: a
 * new shop is given the nightly expiry job, and the owner sees when it runs, in French and in
 * English.
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

/** Reloads until `text` shows: the runner gives new shops their recurring jobs within 30 s. */
async function reloadUntilVisible(page: Page, text: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = page.getByRole('row').filter({ hasText: text });
    try {
      await row.first().waitFor({ timeout: 5_000 });
      return row.first();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}

describe('settings: automatic tasks', () => {
  it("shows the shop's nightly expiry job with its next run, in French and in English", async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Tâches automatiques' });
    await section.waitFor();
    const row = await reloadUntilVisible(page, 'Expiration des points et tampons inactifs');
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('Tous les jours à 03:00');
    expect(cells[2]).toBe('Jamais');
    expect(cells[3]).toMatch(/^\d{2}\/\d{2}\/\d{4} 03:00$/);
    await expect
      .poll(() => section.getByText('Aucune tâche n’a encore été lancée.').count())
      .toBe(1);
    await checkA11y(page, 'settings (automatic tasks)');

    await page.getByRole('button', { name: TEXT.fr.switchLanguage }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const english = page
      .getByRole('region', { name: 'Automatic tasks' })
      .getByRole('row')
      .filter({ hasText: 'Expiry of inactive points and stamps' });
    expect(await english.getByRole('cell').nth(1).textContent()).toBe('Every day at 03:00');
    await context.close();
  });
});
