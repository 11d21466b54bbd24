import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * Priorités, in a real browser: the suggested customer of the month and a long-standing
 * customer go on the follow-up list and into a campaign's tag with one click each; then the
 * Priorités page and a customer's page (survey answers included) are read on a 390 px phone,
 * nothing wider than the screen. Screenshots go to $E2E_SCREENSHOTS (or the temp directory).
 */
let server: Habitue;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids: { lea: string; luc: string } = { lea: '', luc: '' };
const SHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), 'habitue-e2e-screenshots');

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeAll(async () => {
  [server, browser] = await Promise.all([startHabitue({ demo: false }), launchChromium()]);
  context = await browser.newContext(contextOptions(server.url, 'desktop'));
  page = await context.newPage();
  await signUpOwner(page, buildOwner());
  const post = async (path: string, data: unknown) => {
    const r = await page.request.post(path, { data });
    expect(r.status(), `${path}: ${await r.text()}`).toBeLessThan(300);
    return r.json();
  };
  await post('/api/v1/programs', {
    kind: 'stamps',
    name: 'Carte café',
    rule: { per: 'visit' },
    stampsPerCard: 10,
    reward: { name: 'Café offert', costPriceCents: 40, retailValueCents: 250 },
  });
  const lea = await post('/api/v1/customers', {
    firstName: 'Léa',
    lastName: 'Martin-Delacroix-Beauregard',
    email: 'lea.martin-delacroix-beauregard@example.org',
  });
  const luc = await post('/api/v1/customers', { firstName: 'Luc', lastName: 'Bernard' });
  ids.lea = lea.id;
  ids.luc = luc.id;
  for (const n of [20, 12, 6, 2]) {
    await post('/api/v1/purchases', {
      customerId: lea.id,
      amountCents: 1250,
      occurredAt: daysAgo(n),
    });
  }
  for (const n of [2600, 9]) {
    await post('/api/v1/purchases', {
      customerId: luc.id,
      amountCents: 800,
      occurredAt: daysAgo(n),
    });
  }
  const account = await post('/api/v1/b2b-accounts', {
    companyName: 'Hôtel du Parc et des Grands Boulevards',
    paymentTermsDays: 30,
  });
  const put = await page.request.put(`/api/v1/b2b-accounts/${account.id}/contacts/${lea.id}`);
  expect(put.status()).toBe(200);
  const survey = await post('/api/v1/surveys', {
    title: 'Votre avis sur la boutique',
    questions: [
      { kind: 'nps', label: 'Recommanderiez-vous la boutique à un proche ?' },
      { kind: 'text', label: 'Que pourrions-nous améliorer ?' },
    ],
  });
  const token = new URL(survey.publicUrl).pathname.split('/').at(-1);
  await post(`/api/v1/public/surveys/${token}/answers`, {
    email: 'lea.martin-delacroix-beauregard@example.org',
    answers: { q1: 6, q2: 'Le pain de seigle manque souvent le samedi après-midi.' },
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** The notes of the follow-up list's items about one customer (a detractor has one already). */
async function followUpNotes(customerId: string): Promise<string> {
  const r = await page.request.get('/api/v1/follow-up');
  const body = await r.json();
  return body.items
    .filter((i: { customer: { id: string } }) => i.customer.id === customerId)
    .map((i: { note: string | null }) => i.note ?? '')
    .join('\n');
}

describe('recognition and the customer pages on a phone', () => {
  it('puts the customer of the month and a long-standing customer on the list and in a campaign tag', async () => {
    await page.goto('/priorities');
    const section = page.getByRole('region', { name: 'Reconnaissance' });
    await section.getByText('4 visites ces 30 derniers jours').waitFor();
    const month = section
      .locator('.stack')
      .filter({ has: page.getByRole('link', { name: 'Léa Martin-Delacroix-Beauregard' }) })
      .first();

    await month.getByRole('button', { name: 'À rappeler' }).click();
    await month.getByRole('status').getByText('Ajouté à la liste « À rappeler ».').waitFor();
    await expect
      .poll(async () => await followUpNotes(ids.lea))
      .toMatch(/(^|\n)Client du mois à remercier : 4 visites ces 30 derniers jours/);

    await month.getByLabel('Étiquette pour la campagne').fill('client du mois décembre');
    await month.getByRole('button', { name: 'Ajouter à une campagne' }).click();
    await month
      .getByText('1 client étiqueté « client du mois décembre ».', { exact: false })
      .waitFor();
    const tags = await (await page.request.get(`/api/v1/customers/${ids.lea}/tags`)).json();
    expect(tags.tags).toContain('client du mois décembre');

    const luc = section.getByRole('listitem').filter({ hasText: 'Luc Bernard' });
    await luc.getByText(/client depuis 7 ans/).waitFor();
    await luc.getByRole('button', { name: 'À rappeler' }).click();
    await luc.getByRole('status').waitFor();
    await expect
      .poll(async () => await followUpNotes(ids.luc))
      .toMatch(/(^|\n)Fidèle de longue date à inviter : client depuis 7 ans/);
    await section.getByRole('button', { name: 'Ajouter à une campagne' }).last().click();
    await section.getByText(/1 client étiqueté « fidèles »/).waitFor();
    await checkA11y(page, 'recognition');
  });

  it('reads the Priorités page and the customer page on a 390 px phone', async () => {
    const phone = await browser.newContext({
      ...contextOptions(server.url, 'phone'),
      storageState: await context.storageState(),
    });
    const p = await phone.newPage();
    const widthOk = () =>
      p.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        wider: [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          // A table's header row is hidden on a phone, each cell then shows its column's name.
          .filter((e) => !e.closest('.table-scroll, thead'))
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          .slice(0, 5),
      }));

    await p.goto('/priorities');
    await p.getByRole('region', { name: 'Reconnaissance' }).getByText('Luc Bernard').waitFor();
    await p.getByRole('link', { name: 'Hôtel du Parc et des Grands Boulevards' }).waitFor();
    await p.screenshot({ path: join(SHOTS, 'priorities-390.png'), fullPage: true });
    expect(await widthOk()).toEqual({ page: 390, wider: [] });
    await checkA11y(p, 'priorities (phone)');

    await p.goto(`/customers/${ids.lea}`);
    const feedback = p.getByRole('region', { name: 'Avis' });
    await feedback.getByText('Votre avis sur la boutique').waitFor();
    await feedback.getByText('Recommandation : 6/10').waitFor();
    await feedback.getByText('Détracteur').waitFor();
    await feedback.getByText('Le pain de seigle manque souvent le samedi après-midi.').waitFor();
    await p.getByRole('heading', { name: 'Valeur' }).waitFor();
    await p.screenshot({ path: join(SHOTS, 'customer-390.png'), fullPage: true });
    expect(await widthOk()).toEqual({ page: 390, wider: [] });
    await checkA11y(p, 'customer page (phone)');

    await p.goto(`/customers/${ids.lea}/data`);
    await p.getByRole('heading', { name: 'Réponses aux enquêtes' }).waitFor();
    await p.getByText('6 · Le pain de seigle manque souvent le samedi après-midi.').waitFor();
    await p.screenshot({ path: join(SHOTS, 'customer-data-390.png'), fullPage: true });
    expect(await widthOk()).toEqual({ page: 390, wider: [] });
    await phone.close();
  });
});
