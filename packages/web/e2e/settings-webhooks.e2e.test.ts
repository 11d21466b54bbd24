import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/axe.ts';
import { contextOptions, launchChromium } from './support/chromium.ts';
import { type Habitue, startHabitue } from './support/habitue-server.ts';
import { buildOwner, signUpOwner } from './support/steps.ts';

/**
 * Settings → Webhooks, in a real browser against `habitue start` and its job runner, with a
 * receiver on loopback (allowed by WEBHOOKS_ALLOW_PRIVATE): add a webhook, copy its secret
 * once, see the delivery of a sign-up, send it again, delete the webhook.
 */
let server: Habitue;
let browser: Browser;
let receiver: Server;
let receiverUrl: string;
const received: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push(body);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  [server, browser] = await Promise.all([
    startHabitue({ demo: false, env: { WEBHOOKS_ALLOW_PRIVATE: 'true' } }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('settings: webhooks', () => {
  it('adds a webhook, shows its secret once, lists deliveries, redelivers and deletes', async () => {
    const context = await browser.newContext(contextOptions(server.url, 'desktop'));
    const page = await context.newPage();
    await signUpOwner(page, buildOwner());
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Webhooks' });
    await section.waitFor();
    await section.getByLabel('Adresse de réception (URL)').fill('pas une adresse');
    await section.getByRole('button', { name: 'Ajouter le webhook' }).click();
    await section.getByText('Indiquez une adresse qui commence par https:// ou http://.').waitFor();
    await section.getByLabel('Adresse de réception (URL)').fill(receiverUrl);
    await section.getByRole('button', { name: 'Ajouter le webhook' }).click();
    const secret = section.getByRole('textbox', { name: `Secret de signature de ${receiverUrl}` });
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await checkA11y(page, 'settings (webhooks, new secret)');
    await section.getByRole('button', { name: 'C’est noté' }).click();
    expect(await secret.count()).toBe(0);

    const created = await page.evaluate(async () => {
      const r = await fetch('/api/v1/customers', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: 'Léa' }),
      });
      return r.status;
    });
    expect(created).toBe(201);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
    expect(JSON.parse(received[0]!).type).toBe('customer.created');

    await section.getByRole('button', { name: 'Voir les envois' }).click();
    await section.getByText('Nouveau client inscrit', { exact: false }).last().waitFor();
    await section.getByText('Reçu').waitFor();
    await section.getByText(/1 essai · réponse 200/).waitFor();
    await section.getByRole('button', { name: 'Renvoyer' }).click();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    expect(received[1]).toBe(received[0]);

    await section.getByRole('button', { name: `Supprimer ${receiverUrl}` }).click();
    await section.getByRole('button', { name: 'Supprimer avec son historique' }).click();
    await section.getByText('Aucun webhook pour l’instant.').waitFor();
    await context.close();
  });
});
