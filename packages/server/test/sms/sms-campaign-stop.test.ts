import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { serverJobs } from '../../src/jobs/server-jobs.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { deliverDue } from '../../src/mail/outbox-delivery.ts';
import { brevoSmsTransport } from '../../src/sms/brevo-transport.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { type BrevoTestServer, startBrevoTestServer } from './brevo-test-server.ts';

const PUBLIC_URL = 'https://cafe-lune.example.fr';
const FROM = 'Café Lune <bonjour@cafe-lune.example.fr>';
const TOKEN = 'stop-webhook-token-0123456789abcdef';
const smsConsent = (granted: boolean) => ({
  channel: 'sms',
  granted,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
});

describeEachBackend('SMS campaigns end with STOP, and a STOP withdraws consent', (database) => {
  let provider: BrevoTestServer;
  beforeAll(async () => {
    provider = await startBrevoTestServer();
  });
  afterAll(async () => {
    await provider.close();
  });

  it('sends a marketing text ending with the STOP mention, then hears STOP through the webhook', async () => {
    const clock = testClock('2026-12-07T10:00:00Z');
    const mailer = createMailer({
      smtpUrl: null,
      from: FROM,
      ratePerMinute: 1_000,
      sms: {
        provider: 'brevo',
        apiKey: provider.apiKey,
        sender: 'CafeLune',
        url: provider.url,
        webhookToken: TOKEN,
      },
    });
    const base = testServices(database(), { now: clock.now, mailer });
    const client = testClient({ ...base, config: { ...base.config, publicUrl: PUBLIC_URL } });
    const owner = await signUpOwner(testClient(testServices(database(), { now: clock.now })), {
      businessName: 'Café Lune',
    });
    const auth = { cookie: owner.cookie };
    const merchantId = owner.merchant.id as string;
    const runner = createJobRunner({
      db: database().db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      ...serverJobs({ webhooks: { allowPrivate: true }, publicUrl: PUBLIC_URL }, mailer),
    });
    const lea = await buildCustomer(client, auth, {
      firstName: 'Léa',
      phone: '06 39 98 12 01',
      consents: [smsConsent(true)],
    });
    const zoe = await buildCustomer(client, auth, {
      firstName: 'Zoé',
      phone: '06 39 98 12 02',
      consents: [smsConsent(true)],
    });
    // Paul bought but never said yes to texts: soft opt-in covers him (a real purchase).
    const paul = await buildCustomer(client, auth, { firstName: 'Paul', phone: '06 39 98 12 03' });
    await purchase(client, auth, { customerId: paul.id, amountCents: 900 });
    await buildCustomer(client, auth, {
      firstName: 'Anne',
      phone: '06 39 98 12 04',
      consents: [smsConsent(false)],
    });

    const sendCampaign = async (name: string) => {
      const created = await client.request('POST', '/api/v1/campaigns', {
        ...auth,
        body: {
          name,
          channel: 'sms',
          segment: {},
          subject: name,
          body: 'Café Lune : {{prenom}}, -20 % sur les viennoiseries ce samedi !',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const sent = await client.request('POST', `/api/v1/campaigns/${created.body.id}/send`, auth);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      await runner.runDue();
      return sent.body;
    };

    const first = await sendCampaign('Samedi');
    expect(first.excluded).toMatchObject({ withdrawn: 1 });
    const texts = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .select(['to_address', 'text_body', 'segments', 'kind'])
        .where('merchant_id', '=', merchantId)
        .where('category', '=', 'campaign')
        .orderBy('to_address')
        .execute(),
    );
    expect(texts.map((t) => t.to_address)).toEqual([
      '+33639981201',
      '+33639981202',
      '+33639981203',
    ]);
    const toLea = texts[0]!;
    expect(toLea.kind).toBe('marketing');
    expect(toLea.text_body).toBe(
      'Café Lune : Léa, -20 % sur les viennoiseries ce samedi !\nSTOP au [STOP_CODE]',
    );
    // "é" is GSM; 56 characters + newline + "STOP au " + the 5-digit code: one part.
    expect(toLea.segments).toBe(1);

    provider.received.length = 0;
    const delivered = await deliverDue({
      db: database().db,
      transport: null,
      sms: brevoSmsTransport({ apiKey: provider.apiKey, sender: 'CafeLune', url: provider.url }),
      from: FROM,
      ratePerMinute: 1_000,
      now: clock.now,
    });
    expect(delivered).toBe(3);
    expect(provider.rejected).toEqual([]);
    const onTheWire = provider.received.find((r) => r.body.recipient === '33639981201')!;
    expect(onTheWire.body).toMatchObject({ type: 'marketing', sender: 'CafeLune' });
    expect(onTheWire.body.content.endsWith('\nSTOP au [STOP_CODE]')).toBe(true);

    // Brevo's webhook: a wrong token is refused, and nothing changes.
    const notify = (body: unknown, token = TOKEN) =>
      client.request('POST', '/api/v1/sms/brevo/events', {
        headers: { authorization: `Bearer ${token}` },
        body,
      });
    const forged = await notify({ to: '33639981201', msg_status: 'unsubscribed' }, 'guess');
    expect(forged.status).toBe(401);
    const unsubscribed = {
      to: '33639981201',
      msg_status: 'unsubscribed',
      messageId: 1511882900176220,
    };
    expect((await notify(unsubscribed)).body).toEqual({ withdrawn: 1, ignored: 0 });
    expect((await notify(unsubscribed)).body).toEqual({ withdrawn: 0, ignored: 0 });
    const batched = [
      { to: '33639981202', msg_status: 'replied', reply: 'Stop merci' },
      { to: '33639981203', msg_status: 'replied', reply: 'Merci, à samedi !' },
      { to: '33639981203', msg_status: 'delivered' },
    ];
    expect((await notify(batched)).body).toEqual({ withdrawn: 1, ignored: 2 });

    const history = await client.request('GET', `/api/v1/customers/${lea.id}/export`, auth);
    expect(history.body.consents.at(-1)).toMatchObject({
      channel: 'sms',
      granted: false,
      source: 'sms_stop',
      wordingVersion: 'brevo:unsubscribed:1511882900176220',
    });
    const zoeNow = await client.request('GET', `/api/v1/customers/${zoe.id}`, auth);
    expect(
      zoeNow.body.consents.find((c: { channel: string }) => c.channel === 'sms'),
    ).toMatchObject({
      granted: false,
      source: 'sms_stop',
    });

    // The next campaign skips those who said STOP.
    const second = await sendCampaign('Dimanche');
    expect(second.excluded).toMatchObject({ withdrawn: 3 });
    const all = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .select('to_address')
        .where('merchant_id', '=', merchantId)
        .where('category', '=', 'campaign')
        .execute(),
    );
    expect(all.map((r) => r.to_address).sort()).toEqual([
      '+33639981201',
      '+33639981202',
      '+33639981203',
      '+33639981203',
    ]);
  });

  it('lets the editor offer texts: the channel, the cost in SMS, counts by SMS consent, a test to a phone', async () => {
    const clock = testClock('2026-12-07T10:00:00Z');
    const mailer = createMailer({
      smtpUrl: null,
      from: FROM,
      ratePerMinute: 1_000,
      sms: {
        provider: 'brevo',
        apiKey: provider.apiKey,
        sender: 'CafeLune',
        url: provider.url,
        webhookToken: TOKEN,
      },
    });
    const base = testServices(database(), { now: clock.now, mailer });
    const client = testClient({ ...base, config: { ...base.config, publicUrl: PUBLIC_URL } });
    const owner = await signUpOwner(client, { businessName: 'Café Lune' });
    const auth = { cookie: owner.cookie };
    const merchantId = owner.merchant.id as string;
    expect((await client.request('GET', '/api/v1/campaign-channels', auth)).body).toEqual({
      email: { available: true },
      sms: { available: true },
    });
    await buildCustomer(client, auth, {
      firstName: 'Lea',
      phone: '06 39 98 12 11',
      consents: [smsConsent(true)],
    });
    // An email consent is not an SMS one; no phone is no address.
    await buildCustomer(client, auth, {
      firstName: 'Mail',
      phone: '06 39 98 12 12',
      consents: [{ ...smsConsent(true), channel: 'email' }],
    });
    await buildCustomer(client, auth, { firstName: 'Sans', consents: [smsConsent(true)] });
    await buildCustomer(client, auth, {
      firstName: 'Non',
      phone: '06 39 98 12 14',
      consents: [smsConsent(false)],
    });
    const draft = {
      channel: 'sms',
      segment: {},
      subject: 'Samedi',
      body: 'Cafe Lune : {{prenom}}, -20 % sur les viennoiseries ce samedi !',
    };
    const preview = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: draft,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({
      recipients: 1,
      excluded: { no_consent: 1, no_address: 1, withdrawn: 1 },
    });
    const text = 'Cafe Lune : Lea, -20 % sur les viennoiseries ce samedi !\nSTOP au [STOP_CODE]';
    expect(preview.body.sample.text).toBe(text);
    // 56 characters, the newline, "STOP au " and the 5-digit short code: 70 of 160.
    expect(preview.body.sms).toEqual({
      encoding: 'gsm7',
      units: 70,
      segments: 1,
      single: 160,
      perPart: 153,
    });
    const long = await client.request('POST', '/api/v1/campaigns/preview', {
      ...auth,
      body: { ...draft, body: `Fête des pères ! ${'x'.repeat(60)}` },
    });
    // "ê" is not GSM: 70 per text, then 67 per part; 77 + 14 for the STOP line.
    expect(long.body.sms).toMatchObject({ encoding: 'ucs2', units: 91, segments: 2, single: 70 });

    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: { ...draft, name: 'Samedi' },
    });
    const test = (body: unknown) =>
      client.request('POST', `/api/v1/campaigns/${created.body.id}/test`, { ...auth, body });
    const noPhone = await test({});
    expect(noPhone.status).toBe(422);
    expect(noPhone.body.errors).toEqual([
      expect.objectContaining({ field: 'phone', code: 'required' }),
    ]);
    const badPhone = await test({ phone: '12' });
    expect(badPhone.body.errors).toEqual([
      expect.objectContaining({ field: 'phone', code: 'invalid_phone' }),
    ]);
    const sent = await test({ phone: '06 39 98 00 99' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    expect(sent.body.to).toBe('+33639980099');
    const outbox = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('outbox')
        .select(['to_address', 'text_body', 'channel', 'kind', 'status'])
        .where('merchant_id', '=', merchantId)
        .execute(),
    );
    expect(outbox).toEqual([
      {
        to_address: '+33639980099',
        text_body: `[Essai] ${text}`,
        channel: 'sms',
        kind: 'transactional',
        status: 'queued',
      },
    ]);
    const still = await client.request('GET', `/api/v1/campaigns/${created.body.id}`, auth);
    expect(still.body.status).toBe('draft');
  });
});
