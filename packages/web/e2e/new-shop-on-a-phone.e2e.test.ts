import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, goByMenu, signUpOwner, waitForUrlOrAlert } from './support/steps.ts';

/**
 * A baker signs up on a phone, in French: the first card is the bakery's with its figures
 * filled in, the new shop's dashboard says what to do next, the menu leaves the screen to the
 * page, the poster fits the phone and still prints at paper size, and the shop's settings
 * speak of Paris and La Réunion rather than of "Indian/Reunion".
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const owner = buildOwner();

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'phone'));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** A printed PDF's page count and first page's width in points (A4: 595, A5: 420). */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+)/.exec(text);
  return {
    pages: text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0,
    width: Math.round(Number(box?.[1] ?? 0)),
  };
}

describe('a new shop on a phone, in French', () => {
  it('step 2 offers the bakery card first, its figures filled in, created on the first tap', async () => {
    await signUpOwner(page, owner);
    const presets = page.getByRole('group', { name: 'Choisissez une carte' }).getByRole('radio');
    const names = await presets.evaluateAll((inputs) =>
      inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    expect(names[0]).toMatch(/^Achetez 9, le 10e offert/);
    expect(names.findIndex((n) => /coupes/.test(n))).toBeGreaterThan(1);
    expect(names.findIndex((n) => /lavages/.test(n))).toBeGreaterThan(1);
    expect(await presets.first().isChecked()).toBe(true);
    expect(await page.getByLabel('Coût de revient (€)').inputValue()).toBe('0,40');
    expect(await page.getByLabel('Valeur pour le client (€)').inputValue()).toBe('1,30');
    await page.getByRole('button', { name: 'Créer ma carte' }).click();
    await waitForUrlOrAlert(page, '**/dashboard');
  });

  it('the new shop’s dashboard shows the next three steps, in French', async () => {
    await page.getByRole('heading', { name: /Trois étapes pour démarrer/ }).waitFor();
    for (const link of ['Voir l’affiche', 'Ajouter un employé', 'Ouvrir le comptoir']) {
      expect(await page.getByRole('link', { name: link }).isVisible(), link).toBe(true);
    }
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/customers|who came back|models need|\(s\)/);
    await checkA11y(page, 'new shop dashboard (phone)');
  });

  it('the menu is one bar with the shop’s name, and opens on demand', async () => {
    const bar = await page.locator('.shell-bar').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(64);
    expect(await page.locator('.shell-bar').getByText(owner.business).isVisible()).toBe(true);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await goByMenu(page, 'Caisse');
    await page.waitForURL('**/counter');
    await expect.poll(() => page.getByRole('navigation').count()).toBe(0);
    const main = await page.locator('main').boundingBox();
    expect(main?.y).toBeLessThanOrEqual(64);
    await checkA11y(page, 'counter (phone)');
  });

  it('the poster fits the phone: no sideways scroll, the QR code whole', async () => {
    await page.goto('/poster');
    const qr = page.locator('.poster-sheet .qr');
    await qr.waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const box = await qr.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const sheet = await page.locator('.poster-sheet').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(sheet!.y + sheet!.height);
    await checkA11y(page, 'poster (phone)');
  });

  it('the poster still prints at A4 and A5 size, without the app around it', async () => {
    const desk = await browser.newContext({
      ...contextOptions(server.url, 'desktop'),
      storageState: await context.storageState(),
    });
    try {
      const paper = await desk.newPage();
      await paper.goto('/poster');
      await paper.locator('.poster-sheet .qr').waitFor();
      await paper.emulateMedia({ media: 'print' });
      // A4 at 96 dpi is 794 × 1123 px: the print dialog lays the page out at that width.
      await paper.setViewportSize({ width: 794, height: 1123 });
      const a4 = await paper.locator('.poster-sheet').boundingBox();
      expect(Math.round(a4!.width)).toBeGreaterThanOrEqual(793);
      expect(Math.round(a4!.height)).toBeGreaterThanOrEqual(1122);
      expect(await paper.locator('.shell-bar').isVisible()).toBe(false);
      expect(await paper.getByRole('navigation').count()).toBe(0);
      const qr = await paper.locator('.poster-sheet .qr').boundingBox();
      expect(Math.round(qr!.width)).toBe(Math.round((118 / 210) * a4!.width));
      expect(pdfPages(await paper.pdf({ preferCSSPageSize: true }))).toEqual({
        pages: 1,
        width: 595,
      });
      await paper.emulateMedia({ media: 'screen' });
      await paper.getByRole('radio', { name: 'A5' }).check();
      await paper.emulateMedia({ media: 'print' });
      await paper.setViewportSize({ width: 559, height: 794 });
      const a5 = await paper.locator('.poster-sheet').boundingBox();
      expect(Math.round(a5!.width)).toBeGreaterThanOrEqual(558);
      expect(pdfPages(await paper.pdf({ preferCSSPageSize: true }))).toEqual({
        pages: 1,
        width: 420,
      });
      expect(await paper.locator('.shell-bar').isVisible()).toBe(false);
    } finally {
      await desk.close();
    }
  });

  it('settings offer France’s time zones first and warn when white text is hard to read', async () => {
    await goByMenu(page, 'Réglages');
    await page.waitForURL('**/settings');
    const zone = page.getByLabel('Fuseau horaire');
    await zone.waitFor();
    const options = await zone.locator('option').allTextContents();
    expect(options[0]).toMatch(/^Paris — France métropolitaine/);
    for (const place of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) {
      expect(
        options.slice(0, 14).some((o) => o.startsWith(place)),
        place,
      ).toBe(true);
    }
    await zone.selectOption('Indian/Reunion');
    const colour = page.getByLabel('Couleur de la marque');
    await colour.fill('#ffd400');
    await page.getByText(/Texte blanc peu lisible sur cette couleur/).waitFor();
    await checkA11y(page, 'settings with a contrast warning (phone)');
    await colour.fill('#7a3e2b');
    await page.getByText(/Contraste du texte blanc : 8,2:1/).waitFor();
    const business = page.getByRole('region', { name: 'Votre commerce' });
    await business.getByRole('button', { name: 'Enregistrer' }).click();
    await business
      .getByRole('status')
      .filter({ hasText: /Enregistré/ })
      .waitFor();
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
      merchant: { timeZone: string; brandColor: string };
    };
    expect(me.merchant).toMatchObject({ timeZone: 'Indian/Reunion', brandColor: '#7a3e2b' });
  });
  it('no page of the menu scrolls sideways on the phone, its tables scrolling within themselves', async () => {
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    await toggle.click();
    const paths = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await toggle.click();
    expect(paths.length).toBeGreaterThan(5);
    for (const path of [...new Set(paths)]) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });
});
