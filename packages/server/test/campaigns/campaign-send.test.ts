import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { serverJobs } from '../../src/jobs/server-jobs.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { deliverDue } from '../../src/mail/outbox-delivery.ts';
import { smtpTransport } from '../../src/mail/smtp-transport.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { type SmtpTestServer, startSmtpTestServer } from '../mail/smtp-test-server.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const PUBLIC_URL = 'https://marche.example.fr';
const FROM = 'Boulangerie du Marché <bonjour@marche.example.fr>';
const granted = (channel: string, granted = true) => ({
  channel,
  granted,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
});

describeEachBackend('campaigns: consent, sending once, unsubscribing, results', (database) => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  async function shop() {
    const clock = testClock('2026-12-06T09:00:00Z');
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, ratePerMinute: 1_000 });
    const base = testServices(database(), { now: clock.now, mailer });
    const services = { ...base, config: { ...base.config, publicUrl: PUBLIC_URL } };
    const client = testClient(services);
    // Signing up with SMTP on asks to confirm the address: the owner signs up without it.
    const owner = await signUpOwner(testClient(testServices(database(), { now: clock.now })), {
      businessName: 'Boulangerie du Marché',
    });
    const auth = { cookie: owner.cookie };
    const runner = createJobRunner({
      db: database().db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      ...serverJobs({ webhooks: { allowPrivate: true }, publicUrl: PUBLIC_URL }, mailer),
    });
    const deliver = () =>
      deliverDue({
        db: database().db,
        transport: smtpTransport(smtp.url),
        from: FROM,
        ratePerMinute: 1_000,
        now: clock.now,
      });
    return { clock, client, owner, auth, runner, deliver, merchantId: owner.merchant.id as string };
  }

  it('sends only to who consented (or bought), once, with a one-click unsubscribe that works', async () => {
    const { clock, client, auth, runner, deliver, merchantId } = await shop();
    const card = await buildStampCard(client, auth);
    const claire = await buildCustomer(client, auth, {
      firstName: 'Claire',
      email: 'claire@example.fr',
      consents: [granted('email')],
    });
    const paul = await buildCustomer(client, auth, { firstName: 'Paul', email: 'paul@example.fr' });
    await buildCustomer(client, auth, { firstName: 'Zoé', email: 'zoe@example.fr' });
    const marc = await buildCustomer(client, auth, {
      firstName: 'Marc',
      email: 'marc@example.fr',
      consents: [granted('email')],
    });
    await client.request('PATCH', `/api/v1/customers/${marc.id}`, {
      ...auth,
      body: { consents: [granted('email', false)] },
    });
    await buildCustomer(client, auth, { firstName: 'Anne', consents: [granted('email')] });
    for (const customer of [claire, paul]) {
      const bought = await purchase(client, auth, {
        customerId: customer.id,
        amountCents: 1_250,
        occurredAt: '2026-12-01T10:00:00+01:00',
      });
      expect(bought.status).toBe(201);
    }
    void card;

    const draft = {
      channel: 'email',
      segment: {},
      subject: 'Du nouveau chez {{boutique}}',
      body: 'Bonjour {{prenom|à vous}},\n\nVotre solde : **{{solde}}**. Prochaine récompense : {{prochaine_recompense}}.\n\nVotre carte : {{lien_carte}}',
    };
    const preview = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: draft,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.recipients).toBe(2);
    expect(preview.body.excluded).toEqual({ no_address: 1, withdrawn: 1, no_consent: 1 });
    expect(preview.body.sample.customerId).toBe(claire.id);
    expect(preview.body.sample.subject).toBe('Du nouveau chez Boulangerie du Marché');
    expect(preview.body.sample.text).toContain('Bonjour Claire,');
    expect(preview.body.sample.text).toContain('Votre solde : **1 tampon**');
    expect(preview.body.sample.text).toContain('Café offert (encore 9 tampons)');
    expect(preview.body.sample.html).toContain(`<a href="${PUBLIC_URL}/c/${claire.cardToken}">`);

    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: { ...draft, name: 'Newsletter de décembre' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.status).toBe('draft');
    const id = created.body.id;
    const listed = await client.request('GET', '/api/v1/campaigns', auth);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([id]);

    const headers = { 'idempotency-key': 'send-newsletter-1' };
    const sent = await client.request('POST', `/api/v1/campaigns/${id}/send`, { ...auth, headers });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.status).toBe('sending');
    expect(sent.body.excluded).toEqual({ no_address: 1, withdrawn: 1, no_consent: 1 });
    const replay = await client.request('POST', `/api/v1/campaigns/${id}/send`, {
      ...auth,
      headers,
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(sent.body);
    const again = await client.request('POST', `/api/v1/campaigns/${id}/send`, auth);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('campaign_already_sent');

    await runner.runDue();
    await runner.runDue();
    const outbox = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .selectAll()
        .where('merchant_id', '=', merchantId)
        .where('category', '=', 'campaign')
        .execute(),
    );
    expect(outbox.map((m) => m.to_address).sort()).toEqual([
      'claire@example.fr',
      'paul@example.fr',
    ]);
    expect((await client.request('GET', `/api/v1/campaigns/${id}`, auth)).body.status).toBe('sent');

    smtp.received.length = 0;
    expect(outbox.map((m) => m.status)).toEqual(['queued', 'queued']);
    expect(await deliver()).toBe(2);
    const mails = smtp.received.filter((m) => m.envelope.from === 'bonjour@marche.example.fr');
    expect(mails).toHaveLength(2);
    const toClaire = mails.find((m) => m.envelope.to[0] === 'claire@example.fr')!;
    // The raw header, as the relay received it.
    const raw = toClaire.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line;
    const url = /<(https:\/\/[^>]+)>/.exec(raw)![1]!;
    expect(url.startsWith(`${PUBLIC_URL}/u/${merchantId}/`)).toBe(true);
    expect(toClaire.parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')!.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(toClaire.parsed.text).toContain(url);
    const toPaul = mails.find((m) => m.envelope.to[0] === 'paul@example.fr')!;
    const paulUrl = /<(https:\/\/[^>]+)>/.exec(
      toPaul.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line,
    )![1]!;
    expect(paulUrl).not.toBe(url);

    // Opening the link (as a mail scanner does) changes nothing; the POST unsubscribes.
    const path = new URL(url).pathname;
    const opened = await client.app.request(path, { headers: { 'accept-language': 'fr-FR' } });
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain('Ne plus recevoir les messages de « Boulangerie du Marché »');
    expect(page).toContain('<form method="post">');
    const before = await client.request('GET', `/api/v1/customers/${claire.id}`, auth);
    expect(
      before.body.consents.find((c: { channel: string }) => c.channel === 'email').granted,
    ).toBe(true);

    clock.advance(3_600_000);
    const oneClick = await client.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('vous ne recevrez plus ces messages');
    const history = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('consents')
        .select(['granted', 'source', 'recorded_at', 'wording_version'])
        .where('customer_id', '=', claire.id)
        .where('channel', '=', 'email')
        .orderBy('recorded_at')
        .execute(),
    );
    expect(history.map((h) => [h.granted, h.source])).toEqual([
      [true, 'counter'],
      [false, 'unsubscribe_link'],
    ]);
    expect(history[1]!.recorded_at.toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(history[1]!.wording_version).toBe(`campaign:${id}`);
    // A second click adds nothing.
    await client.app.request(path, { method: 'POST' });
    const rows = await asSystem(database().db, (tx) =>
      tx.selectFrom('consents').select('id').where('customer_id', '=', claire.id).execute(),
    );
    expect(rows).toHaveLength(2);
    const unknown = await client.app.request(`/u/${merchantId}/${'x'.repeat(43)}`, {
      headers: { 'accept-language': 'en-GB,en' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('does not match any message');

    // Later sends skip her.
    const next = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: draft,
    });
    expect(next.body.recipients).toBe(1);
    expect(next.body.excluded.withdrawn).toBe(2);

    // Paul comes back within 30 days; the results count it.
    clock.advance(18 * 3_600_000);
    await purchase(client, auth, { customerId: paul.id, amountCents: 2_000 });
    const results = await client.request('GET', `/api/v1/campaigns/${id}/results`, auth);
    expect(results.status, JSON.stringify(results.body)).toBe(200);
    expect(results.status).toBe(200);
    expect(results.body.messages).toEqual({
      queued: 0,
      held: 0,
      sent: 2,
      failed: 0,
      skipped: 0,
      pending: 0,
      unsubscribed: 1,
    });
    expect(results.body.sentGroup).toEqual({
      customers: 2,
      cameBack: 1,
      visits: 1,
      revenueCents: 2_000,
    });
    expect(results.body.controlGroup.customers).toBe(0);
    expect(results.body.difference).toBeNull();
    expect(results.body.windowComplete).toBe(false);
  });

  it('holds back a control group drawn with the stored seed and measures the difference', async () => {
    const { clock, client, auth, runner, merchantId } = await shop();
    await buildStampCard(client, auth);
    const customers = [];
    for (let i = 0; i < 130; i += 1) {
      customers.push(
        await buildCustomer(client, auth, {
          firstName: `Client ${i}`,
          email: `client${i}@example.fr`,
          consents: [granted('email')],
        }),
      );
    }
    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: {
        name: 'Vous nous manquez',
        channel: 'email',
        segment: {},
        subject: 'Vous nous manquez',
        body: 'Bonjour {{prenom}}',
        controlShare: 0.5,
      },
    });
    const id = created.body.id;
    expect((await client.request('POST', `/api/v1/campaigns/${id}/send`, auth)).status).toBe(200);
    // 130 recipients at most: two batches of 100, the second enqueued by the first.
    await runner.runDue();
    await runner.runDue();
    await runner.runDue();
    const recipients = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('campaign_recipients')
        .select(['customer_id', 'in_control', 'status', 'outbox_id'])
        .where('merchant_id', '=', merchantId)
        .where('campaign_id', '=', id)
        .execute(),
    );
    expect(recipients).toHaveLength(130);
    const control = recipients.filter((r) => r.in_control);
    const messaged = recipients.filter((r) => !r.in_control);
    // Binomial(130, 0.5): sd ≈ 5.7; ±30 is more than five standard deviations.
    expect(control.length).toBeGreaterThan(35);
    expect(control.length).toBeLessThan(95);
    expect(control.every((r) => r.status === 'control' && r.outbox_id === null)).toBe(true);
    expect(messaged.every((r) => r.status === 'queued' && r.outbox_id !== null)).toBe(true);
    const outbox = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .select('to_address')
        .where('merchant_id', '=', merchantId)
        .where('category', '=', 'campaign')
        .execute(),
    );
    expect(outbox).toHaveLength(messaged.length);

    // Four of the messaged come back, one of the control group.
    clock.advance(20 * 3_600_000);
    for (const r of messaged.slice(0, 4)) {
      await purchase(client, auth, { customerId: r.customer_id, amountCents: 1_000 });
    }
    await purchase(client, auth, { customerId: control[0]!.customer_id, amountCents: 500 });
    const results = await client.request('GET', `/api/v1/campaigns/${id}/results`, auth);
    expect(results.status, JSON.stringify(results.body)).toBe(200);
    expect(results.body.sentGroup).toEqual({
      customers: messaged.length,
      cameBack: 4,
      visits: 4,
      revenueCents: 4_000,
    });
    expect(results.body.controlGroup).toEqual({
      customers: control.length,
      cameBack: 1,
      visits: 1,
      revenueCents: 500,
    });
    const share = results.body.difference.cameBackShare;
    expect(share.difference).toBeCloseTo(4 / messaged.length - 1 / control.length, 12);
    expect(share.interval90.low).toBeLessThan(share.difference);
    expect(share.interval90.high).toBeGreaterThan(share.difference);
    expect(results.body.difference.revenuePerCustomerCents.difference).toBeCloseTo(
      4_000 / messaged.length - 500 / control.length,
      9,
    );
    void customers;
  });

  it("narrows to the members of a tier, as the shop's ladder places them today", async () => {
    const { client, auth } = await shop();
    const body = {
      channel: 'email',
      subject: 'Réservé à nos clients Or',
      body: 'Bonjour {{prenom}}',
    };
    const noLadder = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: { ...body, segment: { tiers: ['or'] } },
    });
    expect(noLadder.status, JSON.stringify(noLadder.body)).toBe(200);
    const perks = { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] };
    const ladder = await client.request('PUT', '/api/v1/tier-ladder', {
      ...auth,
      body: {
        windowMonths: 12,
        review: { periodMonths: 12, graceMonths: 3 },
        levels: [
          { id: 'bronze', name: 'Bronze', colour: '#a0522d', criteria: {}, benefits: perks },
          {
            id: 'or',
            name: 'Or',
            colour: '#c9a227',
            criteria: { spendCents: 10_000 },
            benefits: perks,
          },
        ],
      },
    });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(200);
    await buildStampCard(client, auth);
    const [gold, bronze] = [
      await buildCustomer(client, auth, {
        firstName: 'Inès',
        email: 'ines@example.fr',
        consents: [granted('email')],
      }),
      await buildCustomer(client, auth, {
        firstName: 'Hugo',
        email: 'hugo@example.fr',
        consents: [granted('email')],
      }),
    ];
    for (const [customer, amountCents] of [
      [gold, 12_000],
      [bronze, 3_000],
    ] as const) {
      const bought = await purchase(client, auth, { customerId: customer.id, amountCents });
      expect(bought.status).toBe(201);
    }
    const preview = (tiers: string[]) =>
      client.request('POST', '/api/v1/campaigns/preview', {
        ...auth,
        body: { ...body, segment: { tiers } },
      });
    expect((await preview(['or'])).body).toMatchObject({
      recipients: 1,
      sample: { customerId: gold.id },
    });
    expect((await preview(['bronze'])).body).toMatchObject({
      recipients: 1,
      sample: { customerId: bronze.id },
    });
    expect((await preview(['bronze', 'or'])).body.recipients).toBe(2);
  });

  it('refuses SMS without a provider hearing STOP, unknown merge fields, and marketing without an https address', async () => {
    const { client, auth } = await shop();
    const body = { name: 'x', channel: 'email', segment: {}, subject: 's', body: 'b' };
    const draftSms = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: { ...body, channel: 'sms' },
    });
    expect(draftSms.status).toBe(201);
    const sms = await client.request('POST', `/api/v1/campaigns/${draftSms.body.id}/send`, auth);
    expect(sms.status).toBe(422);
    expect(sms.body.code).toBe('sms_not_available');
    // The editor reads the same answer before offering the channel, and a text test is refused.
    const channels = await client.request('GET', '/api/v1/campaign-channels', auth);
    expect(channels.body).toEqual({ email: { available: true }, sms: { available: false } });
    const smsTest = await client.request('POST', `/api/v1/campaigns/${draftSms.body.id}/test`, {
      ...auth,
      body: { phone: '06 39 98 00 01' },
    });
    expect(smsTest.status).toBe(422);
    expect(smsTest.body.code).toBe('sms_not_available');
    const field = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: { ...body, body: 'Bonjour {{prénom}}' },
    });
    expect(field.status).toBe(422);
    expect(field.body.errors).toEqual([
      { field: 'body', message: 'unknown merge field {{prénom}}', code: 'unknown_merge_field' },
    ]);
    const controlTooBig = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: { ...body, controlShare: 0.6 },
    });
    expect(controlTooBig.status).toBe(422);

    const plain = testClient(testServices(database()));
    const owner = await signUpOwner(plain);
    const created = await plain.request('POST', '/api/v1/campaigns', {
      cookie: owner.cookie,
      body,
    });
    const refused = await plain.request('POST', `/api/v1/campaigns/${created.body.id}/send`, {
      cookie: owner.cookie,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('marketing_needs_https');
    const still = await plain.request('GET', `/api/v1/campaigns/${created.body.id}`, {
      cookie: owner.cookie,
    });
    expect(still.body.status).toBe('draft');
  });

  it('sends a test to the person asking, marked as such, and keeps the campaign a draft', async () => {
    const { client, auth, owner, merchantId } = await shop();
    await buildCustomer(client, auth, {
      firstName: 'Claire',
      email: 'claire@example.fr',
      consents: [granted('email')],
    });
    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: {
        name: 'Offre',
        channel: 'email',
        segment: {},
        subject: 'Offre {{prenom}}',
        body: 'Bonjour {{prenom}}',
      },
    });
    const test = await client.request('POST', `/api/v1/campaigns/${created.body.id}/test`, {
      ...auth,
      body: {},
    });
    expect(test.status, JSON.stringify(test.body)).toBe(202);
    expect(test.body.to).toBe(owner.email);
    const message = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .selectAll()
        .where('merchant_id', '=', merchantId)
        .where('id', '=', test.body.outboxId)
        .executeTakeFirstOrThrow(),
    );
    expect(message.subject).toBe('[Essai] Offre Claire');
    expect(message.to_address).toBe(owner.email);
    expect(
      (await client.request('GET', `/api/v1/campaigns/${created.body.id}`, auth)).body.status,
    ).toBe('draft');
  });

  it('rolls a failed batch back whole and sends each message once when it runs again', async () => {
    const { clock, client, auth, merchantId } = await shop();
    for (const name of ['Claire', 'Paul', 'Zoe']) {
      await buildCustomer(client, auth, {
        firstName: name,
        email: `${name.toLowerCase()}@example.fr`,
        consents: [granted('email')],
      });
    }
    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: {
        name: 'Offre',
        channel: 'email',
        segment: {},
        subject: 'Offre',
        body: 'Bonjour {{prenom}}',
      },
    });
    expect(
      (await client.request('POST', `/api/v1/campaigns/${created.body.id}/send`, auth)).status,
    ).toBe(200);
    // The batch fails at its very end, after queueing every message: nothing of it may remain.
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, ratePerMinute: 1_000 });
    let failures = 1;
    const flaky = {
      ...mailer,
      nudge() {
        if (failures-- > 0) throw new Error('worker died mid-batch');
      },
    };
    const runner = createJobRunner({
      db: database().db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      ...serverJobs({ webhooks: { allowPrivate: true }, publicUrl: PUBLIC_URL }, flaky),
    });
    const campaignMail = () =>
      asSystem(database().db, (tx) =>
        tx
          .selectFrom('outbox')
          .select(['to_address', 'idempotency_key'])
          .where('merchant_id', '=', merchantId)
          .where('category', '=', 'campaign')
          .execute(),
      );
    await runner.runDue();
    expect(await campaignMail()).toEqual([]);
    clock.advance(60_000);
    await runner.runDue();
    const mail = await campaignMail();
    expect(mail.map((m) => m.to_address).sort()).toEqual([
      'claire@example.fr',
      'paul@example.fr',
      'zoe@example.fr',
    ]);
    expect(new Set(mail.map((m) => m.idempotency_key)).size).toBe(3);
    clock.advance(60_000);
    await runner.runDue();
    expect(await campaignMail()).toHaveLength(3);
  });

  it('counts a sale refunded in full as no purchase for soft opt-in', async () => {
    const { client, auth } = await shop();
    await buildStampCard(client, auth);
    const paul = await buildCustomer(client, auth, { firstName: 'Paul', email: 'paul@example.fr' });
    const sale = await purchase(client, auth, { customerId: paul.id, amountCents: 900 });
    const draft = { channel: 'email', segment: {}, subject: 'Offre', body: 'Bonjour {{prenom}}' };
    const before = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: draft,
    });
    expect(before.body.recipients).toBe(1);
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${sale.body.purchaseId}/refund`,
      {
        ...auth,
        body: {},
      },
    );
    expect(refund.status).toBe(201);
    const after = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: draft,
    });
    expect(after.body.recipients).toBe(0);
    expect(after.body.excluded.no_consent).toBe(1);
  });
});

describe('campaign permissions', () => {
  it('are for owners and managers only', async () => {
    const { decide, ROLE_GRANTS } = await import('../../src/auth/permissions.ts');
    expect(ROLE_GRANTS.staff['campaigns:manage']).toBeUndefined();
    expect(decide({ role: 'manager' }, 'campaigns:manage').allowed).toBe(true);
    expect(
      decide({ role: 'integration', scopes: ['customers:read'] }, 'campaigns:manage').allowed,
    ).toBe(false);
  });
});
