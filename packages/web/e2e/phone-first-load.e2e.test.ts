import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';

/**
 * What a phone fetches when the dashboard is the first screen it opens: the dashboard's code
 * named in the page, and its figures preloaded with it and asked once — the app takes the
 * preloaded answer (bench/web/phone.ts measures the time this saves).
 */
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the dashboard opened first', () => {
  it('names its chunks in the page, preloads its figures with it, and asks for them once', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    await signUpByApi(page);

    const overviews: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/analytics/overview')
        overviews.push(request.url());
    });
    const answer = await page.goto('/dashboard');
    const html = (await answer?.text()) ?? '';
    expect(html).toMatch(
      /<link rel="modulepreload" crossorigin href="\/assets\/DashboardPage-[\w-]+\.js">/,
    );
    expect(answer?.headers().link).toContain('</api/v1/analytics/overview>; rel=preload');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.locator('.dashboard .freshness').waitFor();
    expect(overviews).toHaveLength(1);
    await context.close();
  });
});
