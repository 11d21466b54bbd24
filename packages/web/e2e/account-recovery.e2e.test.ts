import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SmtpTestServer,
  startSmtpTestServer,
} from '../../server/test/mail/smtp-test-server.ts';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner } from './support/steps.ts';

/**
 * An owner's account when mail is configured, in a real browser against the real server and a
 * real SMTP server: sign-up finished from the mailed link, then "Mot de passe oublié ?" from the
 * login page, the mailed reset link, the new password, and signing in with it. Along the way,
 * the public pages never ask for a session, so the console stays free of 401s.
 */
let smtp: SmtpTestServer;
let server: Habitue;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  [server, browser] = await Promise.all([
    startHabitue({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Habitué <no-reply@habitue.test>' },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** The link of the last mail to `email`, waiting for the server's delivery loop. */
async function mailedLink(email: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const mail = smtp.received.filter((m) => m.envelope.to.includes(email)).at(-1);
    const link = mail?.parsed.text?.match(pattern)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${email} with ${pattern}:\n${server.output()}`);
}

/** Failed requests and console errors a page produced (a 401 from /auth/me was one). */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

describe('account recovery by mail', () => {
  const owner = buildOwner();
  const newPassword = 'pain-aux-raisins-2027';

  it('signs up: the answer says to check the mailbox, the mailed link creates the shop', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto('/signup');
    await page.getByLabel('Votre e-mail').fill(owner.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(owner.password);
    await page.getByLabel('Nom du commerce').fill(owner.business);
    await page.getByRole('radio', { name: 'Boulangerie' }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Vérifiez votre boîte mail' }).waitFor();
    await checkA11y(page, 'sign-up: check your email');
    const link = await mailedLink(owner.email, /http:\/\/\S+\/signup\/complete#token=[\w-]+/);
    await page.goto(link);
    await page.waitForURL('**/signup/program');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password from the login page, and signs in with the new one', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL('**/forgot-password');
    await checkA11y(page, 'forgot password');
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(`Si un compte existe pour ${owner.email}`);

    const link = await mailedLink(owner.email, /http:\/\/\S+\/reset-password#token=[\w-]+/);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Nouveau mot de passe' }).waitFor();
    await checkA11y(page, 'reset password');
    const field = page.getByLabel('Nouveau mot de passe');
    await field.fill('azertyuiop');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await field.fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch('Mot de passe changé');

    // The link works once.
    await page.goto(link);
    await page.reload();
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).waitFor();
    await page.getByLabel('Nouveau mot de passe').fill('encore-un-autre-mot-9');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).waitFor();

    await page.goto('/login');
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/dashboard');
    // The only refusal the browser saw is the reused link's (410).
    expect(problems.filter((p) => !p.includes('410'))).toEqual([]);
    expect(problems).toContainEqual(expect.stringMatching(/^410 .*password-reset\/confirm$/));
    await context.close();
  });

  it('asks no session on the public pages, and none of them logs an error', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'phone'));
    const page = await context.newPage();
    const problems = watch(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/v1\/auth\/(me|session)$/.test(r.url())) asked.push(`${page.url()} → ${r.url()}`);
    });
    for (const path of ['/signup', '/login', '/forgot-password', '/join/nope/nope']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(asked).toEqual([]);
    expect(
      problems.filter((p) => !/\/api\/v1\/public\/join\/nope/.test(p) && !/status of 404/.test(p)),
    ).toEqual([]);
    await context.close();
  });

  it('signs another device out from Réglages → Sécurité, and changes the password there', async () => {
    const signIn = async (password: string) => {
      const context = await browser.newContext(contextOptions(server.url, 'desktop'));
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(owner.email);
      await page.getByLabel('Mot de passe').fill(password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL('**/dashboard');
      return { context, page };
    };
    const laptop = await signIn(newPassword);
    const till = await signIn(newPassword);
    await laptop.page.goto('/settings#security');
    const security = laptop.page.getByRole('region', { name: 'Sécurité' });
    await security.getByRole('cell', { name: /cet appareil/ }).waitFor();
    await checkA11y(laptop.page, 'settings: security and sent messages');
    const rows = security.getByRole('row');
    const other = rows.filter({ hasNot: laptop.page.getByText('cet appareil') }).filter({
      has: laptop.page.getByRole('button', { name: 'Déconnecter' }),
    });
    const before = await other.count();
    await other.first().getByRole('button', { name: 'Déconnecter' }).click();
    await expect.poll(() => other.count()).toBe(before - 1);
    await till.page.goto('/settings');
    await till.page.waitForURL('**/login**');

    await security.getByLabel('Mot de passe actuel').fill(newPassword);
    await security.getByLabel('Nouveau mot de passe').fill('tarte-au-citron-meringuee-5');
    await security.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect
      .poll(() => security.getByRole('status').textContent())
      .toMatch('Mot de passe changé');
    await laptop.context.close();
    await till.context.close();
  });
});
