import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkA11y } from './axe.ts';
import { type Lang, TEXT } from './texts.ts';

/** A fresh owner's login for one run. */
export function buildOwner(overrides: Partial<{ email: string; business: string }> = {}) {
  const n = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return {
    email: `owner-${n}@example.fr`,
    password: 'croissant-du-matin-42',
    business: `Boulangerie E2E ${n}`,
    ...overrides,
  };
}

/**
 * Onboarding step 1 (/signup, which is in French: it has no language switch). With
 * `tryWeakPassword`, first submits a password only the server knows is common and expects the
 * server's answer next to the password field, in words, not a raw error.
 */
export async function signUpOwner(
  page: Page,
  owner: ReturnType<typeof buildOwner>,
  options: { tryWeakPassword?: boolean } = {},
) {
  await page.goto('/signup');
  await page.getByLabel('Votre e-mail').fill(owner.email);
  const password = page.getByLabel('Mot de passe', { exact: true });
  await page.getByLabel('Nom du commerce').fill(owner.business);
  await page.getByRole('radio', { name: 'Boulangerie' }).check();
  await checkA11y(page, 'sign-up');
  if (options.tryWeakPassword) {
    // "superman" is in the server's 30,000 common passwords, not in the page's short list.
    await password.fill('superman');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    const described = await password.getAttribute('aria-describedby');
    const error = page.locator(`[id="${described?.split(' ').pop()}"]`);
    expect(await error.textContent()).toMatch(/Trop courant/);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/Password rejected|weak_password|problem\+json|\{"/);
    await checkA11y(page, 'sign-up with a server field error');
  }
  await password.fill(owner.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL('**/signup/program');
  await page.getByRole('heading', { name: 'Votre carte de fidélité' }).waitFor();
  await checkA11y(page, 'sign-up step 2 (first card)');
}

/**
 * Follows a link of the main menu, opening it first on a phone, where the menu folds into a
 * "Menu" button.
 */
export async function goByMenu(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  const link = page.getByRole('navigation').getByRole('link', { name });
  // The page may still be drawing its menu bar: wait for whichever of the two it shows, so a phone
  // is not mistaken for a desktop because its Menu button was not there yet.
  await toggle.or(link).filter({ visible: true }).first().waitFor();
  if (await toggle.isVisible()) await toggle.click();
  await link.click();
}

/** The 10-stamp card, one stamp per visit, set up in the program editor. */
export async function createTenStampCard(page: Page, lang: Lang) {
  const t = TEXT[lang];
  await goByMenu(page, t.programsNav);
  await page.waitForURL('**/programs');
  await checkA11y(page, 'programs');
  await page.getByRole('link', { name: t.newProgram }).first().click();
  await page.waitForURL('**/programs/new');
  await page.getByLabel(t.programName, { exact: true }).fill('Carte 10 passages');
  await page.getByRole('radio', { name: t.perVisit }).check();
  await page.getByLabel(t.stampsPerCard).fill('10');
  await page.getByLabel(t.rewardName, { exact: true }).fill('Croissant offert');
  await page.getByLabel(t.costPrice).fill(lang === 'fr' ? '0,40' : '0.40');
  await page.getByLabel(t.retailValue).fill(lang === 'fr' ? '1,30' : '1.30');
  await page.getByLabel(t.averageBasket).fill(lang === 'fr' ? '4,50' : '4.50');
  await checkA11y(page, 'new program');
  await page.getByRole('button', { name: t.createProgram }).click();
  await page.getByRole('status').filter({ hasText: t.programCreated }).waitFor();
}

/** Records one purchase of 4.50 € for the customer already picked at the counter. */
export async function recordPurchase(page: Page, lang: Lang) {
  const t = TEXT[lang];
  await page.getByLabel(t.amount).fill(t.amountText);
  await page.getByRole('button', { name: t.confirm }).click();
  await page.getByRole('status').filter({ hasText: t.recorded }).waitFor();
}

/**
 * Waits for the page to reach `url`; if an alert shows up first, fails with its text (and
 * every field error), which says much more than a navigation timeout.
 */
export async function waitForUrlOrAlert(page: Page, url: string | RegExp, timeout = 15_000) {
  const alert = page.getByRole('alert').first();
  const outcome = await Promise.race([
    page.waitForURL(url, { timeout }).then(() => 'url' as const),
    alert.waitFor({ timeout }).then(() => 'alert' as const),
  ]).catch(() => 'timeout' as const);
  if (outcome === 'url') return;
  const alerts = await page.getByRole('alert').allTextContents();
  throw new Error(
    `Expected to reach ${url} from ${page.url()}, got ${outcome}: ${JSON.stringify(alerts)}`,
  );
}
