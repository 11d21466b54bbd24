import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  purchase,
} from '../support/loyalty-factories.ts';
import { automationShop } from './automation-fixtures.ts';

const emailConsent = {
  channel: 'email',
  granted: true,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
};

describeEachBackend('automations: each occasion, with the clock moving', (database) => {
  it('birthday: wishes on the day each year, only with consent, and one click stops them', async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    await shop.enable('birthday');
    const lea = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Léa',
      email: 'lea@example.fr',
      birthday: '12-07',
      consents: [emailConsent],
    });
    await buildCustomer(shop.client, shop.auth, {
      firstName: 'Sans accord',
      email: 'sans@example.fr',
      birthday: '12-07',
    });
    await shop.runner.runDue();
    shop.clock.set('2026-12-06T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);
    shop.clock.set('2026-12-07T08:00:30Z');
    await shop.runner.runDue();
    const [wish] = await shop.outbox();
    expect(wish).toMatchObject({
      to_address: 'lea@example.fr',
      subject: 'Joyeux anniversaire Léa !',
      kind: 'marketing',
      category: 'automation:birthday',
    });
    expect(await shop.sends('birthday')).toEqual([
      expect.objectContaining({ customer_id: lea.id, occasion_key: '2026', status: 'queued' }),
      expect.objectContaining({
        occasion_key: '2026',
        status: 'skipped',
        skip_reason: 'no_consent',
      }),
    ]);
    // The one-click unsubscribe of the campaigns works for automations too.
    const url = /<(https:\/\/[^>]+)>/.exec(wish!.headers['List-Unsubscribe']!)![1]!;
    expect(wish!.text_body).toContain(url);
    // Opening the link shows the same page as a campaign's, naming the shop, and changes nothing.
    const opened = await shop.client.app.request(new URL(url).pathname, {
      headers: { 'accept-language': 'fr-FR' },
    });
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(
      'Ne plus recevoir les messages de « Boulangerie du Marché »',
    );
    const clicked = await shop.client.app.request(new URL(url).pathname, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(clicked.status).toBe(200);
    const reopened = await shop.client.app.request(new URL(url).pathname);
    expect(await reopened.text()).not.toContain('<form method="post">');
    shop.clock.set('2027-12-07T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toHaveLength(1);
    expect((await shop.sends('birthday')).filter((s) => s.occasion_key === '2027')).toEqual([
      expect.objectContaining({ customer_id: lea.id, status: 'skipped', skip_reason: 'withdrawn' }),
      expect.objectContaining({ status: 'skipped', skip_reason: 'no_consent' }),
    ]);
  });

  it('birthday: a B2B contact may be emailed without opt-in, unless they objected', async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    await shop.enable('birthday');
    const account = await shop.client.request('POST', '/api/v1/b2b-accounts', {
      ...shop.auth,
      body: { companyName: 'Traiteur Dupont', paymentTermsDays: 30 },
    });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    const contact = (firstName: string, extra: Record<string, unknown> = {}) =>
      buildCustomer(shop.client, shop.auth, {
        firstName,
        email: `${firstName.toLowerCase()}@traiteur.example.fr`,
        birthday: '12-07',
        ...extra,
      });
    const julie = await contact('Julie');
    const remi = await contact('Remi', { consents: [{ ...emailConsent, granted: false }] });
    for (const c of [julie, remi]) {
      const linked = await shop.client.request(
        'PUT',
        `/api/v1/b2b-accounts/${account.body.id}/contacts/${c.id}`,
        shop.auth,
      );
      expect(linked.status, JSON.stringify(linked.body)).toBeLessThan(300);
    }
    await shop.runner.runDue();
    shop.clock.set('2026-12-07T08:00:30Z');
    await shop.runner.runDue();
    expect((await shop.outbox()).map((m) => m.to_address)).toEqual(['julie@traiteur.example.fr']);
    expect(await shop.sends('birthday')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customer_id: julie.id, status: 'queued' }),
        expect.objectContaining({
          customer_id: remi.id,
          status: 'skipped',
          skip_reason: 'withdrawn',
        }),
      ]),
    );
  });

  it('thank-you: N days after the first purchase, once, a buyer by soft opt-in', async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    await buildStampCard(shop.client, shop.auth);
    await shop.enable('thank-you', { parameters: { days: 3 } });
    const hugo = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Hugo',
      email: 'hugo@example.fr',
    });
    expect(
      (await purchase(shop.client, shop.auth, { customerId: hugo.id, amountCents: 800 })).status,
    ).toBe(201);
    await shop.runner.runDue();
    shop.clock.set('2026-12-03T08:00:30Z');
    await shop.signIn();
    expect(
      (await purchase(shop.client, shop.auth, { customerId: hugo.id, amountCents: 500 })).status,
    ).toBe(201);
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);
    shop.clock.set('2026-12-04T08:00:30Z');
    await shop.runner.runDue();
    shop.clock.set('2026-12-06T08:00:30Z');
    await shop.runner.runDue();
    const outbox = await shop.outbox();
    expect(outbox).toEqual([
      expect.objectContaining({ to_address: 'hugo@example.fr', category: 'automation:thank-you' }),
    ]);
    // Until the shop runs a survey, the thank-you asks for a reply.
    expect(outbox[0]?.text_body).toContain('répondez simplement à ce message.');
  });

  it("thank-you: carries the customer's own link to the shop's open survey", async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    await buildStampCard(shop.client, shop.auth);
    const survey = await shop.client.request('POST', '/api/v1/surveys', {
      ...shop.auth,
      body: {
        title: 'Votre avis',
        questions: [{ kind: 'nps', label: 'Recommanderiez-vous la boutique à un proche ?' }],
      },
    });
    expect(survey.status, JSON.stringify(survey.body)).toBe(201);
    await shop.enable('thank-you', { parameters: { days: 1 } });
    const lou = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Lou',
      email: 'lou@example.fr',
    });
    await purchase(shop.client, shop.auth, { customerId: lou.id, amountCents: 800 });
    await shop.runner.runDue();
    shop.clock.set('2026-12-02T08:00:30Z');
    await shop.runner.runDue();
    const [message] = await shop.outbox();
    const link = /https:\/\/\S+\/s\/\S+\?invite=\S+/.exec(message?.text_body ?? '')?.[0];
    expect(link, message?.text_body).toBeDefined();
    expect(link!.startsWith(survey.body.publicUrl)).toBe(true);
    // The link is hers: the answer is taken without asking who she is.
    const token = new URL(survey.body.publicUrl).pathname.split('/').at(-1)!;
    const invite = new URL(link!).searchParams.get('invite');
    const answered = await shop.client.request('POST', `/api/v1/public/surveys/${token}/answers`, {
      body: { invite, answers: { q1: 9 } },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
  });

  it('reward ready: a voucher unlocked and unused, with its code, once', async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    await buildStampCard(shop.client, shop.auth, { stampsPerCard: 2 });
    await shop.enable('reward-ready');
    const ines = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Inès',
      email: 'ines@example.fr',
    });
    await shop.runner.runDue();
    for (const amountCents of [400, 450]) {
      expect(
        (await purchase(shop.client, shop.auth, { customerId: ines.id, amountCents })).status,
      ).toBe(201);
    }
    const card = await shop.client.request('GET', `/api/v1/customers/${ines.id}/card`, shop.auth);
    const code: string = card.body.programs[0].vouchers[0].code;
    shop.clock.set('2026-12-02T08:00:30Z');
    await shop.runner.runDue();
    shop.clock.set('2026-12-03T08:00:30Z');
    await shop.runner.runDue();
    const outbox = await shop.outbox();
    expect(outbox).toEqual([
      expect.objectContaining({
        to_address: 'ines@example.fr',
        kind: 'transactional',
        subject: 'Votre récompense vous attend chez Boulangerie du Marché',
      }),
    ]);
    expect(outbox[0]?.text_body).toContain(`Café offert vous attend ! Présentez le code ${code}`);
  });

  it('points about to expire: on the notice day the loyalty rules plan, once per deadline', async () => {
    const shop = await automationShop(database, '2026-01-15T09:00:00Z');
    await buildPointsProgram(shop.client, shop.auth, {
      expiry: { monthsWithoutActivity: 6, noticeDays: 15 },
    });
    await shop.enable('points-expiring');
    const paul = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Paul',
      email: 'paul@example.fr',
    });
    expect(
      (await purchase(shop.client, shop.auth, { customerId: paul.id, amountCents: 4000 })).status,
    ).toBe(201);
    await shop.runner.runDue();
    // Lapses on 15 July; told 15 days before, on 30 June at 09:00 in Paris.
    shop.clock.set('2026-06-29T07:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);
    shop.clock.set('2026-06-30T07:00:30Z');
    await shop.runner.runDue();
    shop.clock.set('2026-07-01T07:00:30Z');
    await shop.runner.runDue();
    const outbox = await shop.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.text_body).toContain(
      '40 points sur votre carte Boulangerie du Marché expireront le 15/07/2026',
    );
  });

  it('maintenance reminder: needs its item, then comes a year after the boiler', async () => {
    const shop = await automationShop(database, '2025-12-07T09:00:00Z');
    await buildStampCard(shop.client, shop.auth);
    await expect(shop.enable('maintenance-reminder')).rejects.toMatchObject({
      code: 'automation_needs_parameters',
    });
    await shop.enable('maintenance-reminder', { parameters: { item: 'chaudiere', months: 12 } });
    const marc = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Marc',
      email: 'marc@example.fr',
    });
    const item = (name: string) => ({
      sku: name.slice(0, 8),
      name,
      category: 'Chauffage',
      quantity: 1,
      unitPriceCents: 320000,
    });
    const bought = await purchase(shop.client, shop.auth, {
      customerId: marc.id,
      amountCents: 320000,
      items: [item('Chaudière gaz à condensation')],
    });
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    const other = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Zoé',
      email: 'zoe@example.fr',
    });
    await purchase(shop.client, shop.auth, {
      customerId: other.id,
      amountCents: 1500,
      items: [item('Robinet thermostatique')],
    });
    await shop.runner.runDue();
    shop.clock.set('2026-12-06T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);
    shop.clock.set('2026-12-07T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([
      expect.objectContaining({
        to_address: 'marc@example.fr',
        category: 'automation:maintenance-reminder',
      }),
    ]);
  });
});
