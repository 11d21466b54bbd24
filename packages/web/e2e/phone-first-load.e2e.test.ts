import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpByApi } from './support/api.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { TEXT } from './support/texts.ts';

/**
 * What a phone fetches when the dashboard or the counter is the first screen it opens: the
 * screen's own app written in the page, its first answers preloaded with it and asked once —
 * the app takes the preloaded answer (bench/web/phone.ts measures the time this saves).
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
  it('comes in one answer with its app in it, its figures preloaded and asked once, the charts after', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    await signUpByApi(page);

    const overviews: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/v1/analytics/overview') overviews.push(path);
      if (request.resourceType() === 'script') scripts.push(path);
    });
    const answer = await page.goto('/dashboard');
    const html = (await answer?.text()) ?? '';
    // The dashboard app written in the page (a nonce for the Content-Security-Policy), no file.
    expect(html).toMatch(/<script type="module" nonce="[^"]+">/);
    expect(html).not.toContain('src="/assets/');
    expect(answer?.headers().link).toContain('</api/v1/analytics/overview>; rel=preload');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.locator('.dashboard .freshness').waitFor();
    expect(overviews).toHaveLength(1);
    // No script file before the figures; ECharts alone once they show, and the app's own
    // file fetched (prefetch, not a script) for the next visit.
    expect(scripts.filter((path) => !path.startsWith('/assets/echarts-canvas-'))).toEqual([]);

    // The menu's other screens are the owner app: a link loads it.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.waitForURL((url) => url.pathname === '/customers');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Back on the dashboard, the browser holds the app: the page as built, its files named.
    const again = await page.goto('/dashboard');
    expect(await again?.text()).toMatch(
      /<script type="module" crossorigin src="\/assets\/dashboard-/,
    );
    await page.locator('.dashboard .freshness').waitFor();
    await context.close();
  });

  it('with a session gone, opens on the figures once signed in again', async () => {
    // A browser holding the cookie of a session the server has ended (signed out elsewhere).
    const setup = await browser.newContext(contextOptions(server.url, 'phone'));
    const owner = { email: `owner-${Date.now()}@example.fr`, password: 'croissant-du-matin-42' };
    const signUp = await setup.request.post('/api/v1/auth/signup', {
      data: { ...owner, businessName: 'Café Préchargé' },
    });
    expect(signUp.status()).toBe(201);
    const token = (await setup.cookies()).find((c) => c.name === 'habitue_session')?.value ?? '';
    const signOut = await setup.request.post('/api/v1/auth/logout', {
      headers: { origin: server.url },
    });
    expect(signOut.status()).toBe(204);
    await setup.close();

    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    await context.addCookies([{ name: 'habitue_session', value: token, url: server.url }]);
    const page = await context.newPage();
    const answer = await page.goto('/dashboard');
    // The server preloaded the figures for it (a refusal, which the app takes as it starts).
    expect(answer?.headers().link).toContain('</api/v1/analytics/overview>; rel=preload');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Mot de passe').fill(owner.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.locator('.dashboard .freshness').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

describe('the counter opened first', () => {
  it("comes in one answer with its app in it, searches, and its menu opens the owner's screens", async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    await signUpByApi(page);

    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const answer = await page.goto('/counter');
    const html = (await answer?.text()) ?? '';
    // The counter app written in the page (a nonce for the Content-Security-Policy), no file.
    expect(html).toMatch(/<script type="module" nonce="[^"]+">/);
    expect(html).not.toContain('src="/assets/');
    expect(answer?.headers().link).toContain('</api/v1/auth/session>; rel=preload');
    const search = page.getByRole('searchbox', { name: TEXT.fr.search });
    await search.fill('Claire');
    expect(scripts).toEqual([]);

    // The other screens are the owner app: the menu loads it.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();

    // Back at the counter, the browser holds the app: the page as built, its files named.
    const again = await page.goto('/counter');
    expect(await again?.text()).toMatch(
      /<script type="module" crossorigin src="\/assets\/counter-/,
    );
    await search.fill('Claire');
    await context.close();
  });
});
