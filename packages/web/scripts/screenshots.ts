/**
 * Screenshots of the main screens with the demo shop, at desktop (1280×800) and phone
 * (390×844) sizes, into docs/screenshots/. Run: `npx tsx packages/web/scripts/screenshots.ts`.
 * HABITUE_SCREENSHOTS_DATA_DIR reuses a data directory that already holds the demo shop
 * (seeding it takes about a minute).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startHabitue } from '../e2e/support/habitue-server.ts';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const DEMO_OWNER = { email: 'demo@habitue.app', password: 'lilas-demo-2026' };
const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} as const;

type Customer = { id: string; firstName: string | null; cardToken: string };

/** Signs in through the login form, as the owner would. */
async function signIn(page: Page) {
  await page.goto('/login?next=%2Fprograms');
  await page.getByLabel('E-mail').fill(DEMO_OWNER.email);
  await page.getByLabel('Mot de passe').fill(DEMO_OWNER.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/programs');
}

/** Waits for the network to settle and charts to draw, then writes one PNG. */
async function shoot(page: Page, name: string, size: keyof typeof SIZES) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  const path = join(OUT, `${name}-${size}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(`${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function screens(browser: Browser, baseURL: string, size: keyof typeof SIZES) {
  const options = { ...SIZES[size], baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
  const visitor = await browser.newContext(options);
  const signUpPage = await visitor.newPage();
  await signUpPage.goto('/signup');
  await shoot(signUpPage, 'signup', size);

  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page);
  const list = (await (await page.request.get('/api/v1/customers?limit=100')).json()) as {
    items: Customer[];
  };
  // A loyalty member with stamps on the card makes a more telling customer page and card.
  let regular: Customer | undefined;
  for (const candidate of list.items.filter((c) => c.firstName)) {
    const card = (await (
      await page.request.get(`/api/v1/public/cards/${candidate.cardToken}`)
    ).json()) as {
      programs?: { progress?: { current: number } | null }[];
    };
    if ((card.programs?.[0]?.progress?.current ?? 0) >= 3) {
      regular = candidate;
      break;
    }
  }
  if (!regular) throw new Error('The demo shop has no customers');

  await page.goto('/dashboard');
  await page.locator('.echart canvas').first().waitFor({ timeout: 30_000 });
  await shoot(page, 'dashboard', size);
  await page.goto('/customers');
  await shoot(page, 'customers', size);
  await page.goto(`/customers/${regular.id}`);
  await shoot(page, 'customer', size);
  await page.goto('/counter');
  await page.getByRole('searchbox').fill(regular.firstName ?? '');
  await page
    .getByRole('button', { name: new RegExp(regular.firstName ?? '') })
    .first()
    .click();
  await shoot(page, 'counter', size);
  await page.goto('/programs');
  await shoot(page, 'programs', size);
  await page.goto('/poster');
  if (size === 'phone') {
    // The phone shot shows the poster itself, scaled to the screen, below the bar.
    await page.locator('.poster-sheet .qr').waitFor();
    await page.evaluate(() => {
      const sheet = document.querySelector('.poster-sheet');
      if (sheet) window.scrollTo(0, sheet.getBoundingClientRect().top + window.scrollY - 64);
    });
  }
  await shoot(page, 'poster', size);
  await signUpPage.goto(`/c/${regular.cardToken}`);
  await shoot(signUpPage, 'card', size);
  await context.close();
  await visitor.close();
}

mkdirSync(OUT, { recursive: true });
const dataDir = process.env.HABITUE_SCREENSHOTS_DATA_DIR;
const [server, browser] = await Promise.all([
  startHabitue({ demo: true, ...(dataDir ? { dataDir } : {}) }),
  launchChromium(),
]);
try {
  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    await screens(browser, server.url, size);
  }
} finally {
  await browser.close();
  await server.stop();
}
