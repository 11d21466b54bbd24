import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomer, signUpByApi } from './support/api.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { goByMenu } from './support/steps.ts';

/**
 * Surveys and the follow-up list in a real browser: the owner writes an NPS survey, a customer
 * answers it on their phone as a detractor, the follow-up list shows them with the reason,
 * the call is marked done with its outcome, and the outcome is on the customer's page.
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

describe('surveys and the follow-up list', () => {
  it('a detractor’s answer becomes a call on the list, and its outcome an interaction', async () => {
    const owner = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await owner.newPage();
    await signUpByApi(page, 'Boulangerie Avis');
    const customer = await addCustomer(page, {
      firstName: 'Chloé',
      lastName: 'Durand',
      email: 'chloe.durand@example.org',
      phone: '06 39 98 45 67',
    });

    await page.goto('/dashboard');
    await goByMenu(page, 'Questionnaires');
    await page.getByRole('link', { name: 'Nouveau questionnaire' }).click();
    await page.getByRole('button', { name: 'Recommandation (NPS)' }).click();
    await checkA11y(page, 'survey editor');
    await page.getByRole('button', { name: 'Créer le questionnaire' }).click();
    await page.getByRole('heading', { name: /Votre avis compte/ }).waitFor();
    const publicUrl = await page.getByRole('link', { name: /\/s\// }).getAttribute('href');
    expect(publicUrl).toMatch(/\/s\/[A-Za-z0-9_-]+$/);

    // The customer scans the counter's QR code with their phone.
    const phone = await browser.newContext(contextOptions(server.url, 'phone'));
    const answer = await phone.newPage();
    await answer.goto(publicUrl!);
    await answer.getByRole('heading', { name: 'Votre avis compte' }).waitFor();
    await checkA11y(answer, 'public survey');
    await answer.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await answer.getByText('Répondez à cette question').waitFor();
    const nps = answer.getByRole('group', { name: /Recommanderiez-vous/ });
    await nps.getByRole('radio', { name: '3', exact: true }).check();
    await answer
      .getByLabel(/Qu’est-ce qui vous ferait donner une meilleure note/)
      .fill('Le pain était rassis samedi');
    await answer.getByLabel('E-mail').fill('chloe.durand@example.org');
    await answer.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await answer.getByText('Merci Chloé ! Votre réponse est enregistrée.').waitFor();
    await checkA11y(answer, 'public survey (answered)');
    await phone.close();

    // The owner's follow-up list now has Chloé, and why.
    await goByMenu(page, 'À rappeler');
    const item = page.getByRole('article', { name: 'Chloé Durand' });
    await item.getByText('Mécontent : a donné 3/10 à « Votre avis compte »').waitFor();
    await item.getByText('Son commentaire : « Le pain était rassis samedi »').waitFor();
    await checkA11y(page, 'follow-up list');
    await item.getByRole('button', { name: 'C’est fait' }).click();
    await item.getByRole('button', { name: 'Enregistrer' }).click();
    await item.getByText('Dites comment cela s’est passé').waitFor();
    await item.getByLabel('Par quel moyen').selectOption({ label: 'Appel' });
    await item.getByLabel('Résultat').fill('Excuses faites, un pain offert samedi prochain');
    await item.getByLabel('Temps passé (minutes)').fill('6');
    await item.getByRole('button', { name: 'Enregistrer' }).click();
    const done = page.getByRole('region', { name: 'Fait ces 7 derniers jours' });
    await done.getByText('Excuses faites, un pain offert samedi prochain').waitFor();

    // The outcome is an interaction on Chloé's page.
    await done.getByRole('link', { name: 'Chloé Durand' }).click();
    await page.waitForURL(`**/customers/${customer.id}`);
    const interactions = page.getByRole('region', { name: 'Échanges' });
    await interactions.getByText('Excuses faites, un pain offert samedi prochain').waitFor();

    // And the survey's results count her as a detractor.
    await goByMenu(page, 'Questionnaires');
    await page.getByRole('link', { name: 'Votre avis compte' }).click();
    const results = page.getByRole('region', { name: /Recommanderiez-vous/ });
    await expect.poll(() => results.locator('.survey-nps-figure').textContent()).toBe('-100');
    await page.getByText('« Le pain était rassis samedi »').waitFor();
    await checkA11y(page, 'survey results');
    await owner.close();
  });
});
