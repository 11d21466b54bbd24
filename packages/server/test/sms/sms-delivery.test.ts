import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { DEMO } from '../../src/demo/seed-demo-shop.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { deliverDue } from '../../src/mail/outbox-delivery.ts';
import { queueShopSms, type TextMessage } from '../../src/mail/queue-mail.ts';
import { smtpTransport } from '../../src/mail/smtp-transport.ts';
import { brevoSmsTransport } from '../../src/sms/brevo-transport.ts';
import { describeEachBackend } from '../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { type BrevoTestServer, startBrevoTestServer } from './brevo-test-server.ts';

const FROM = 'Café Lune <bonjour@cafe-lune.example.fr>';
const text = (overrides: Partial<TextMessage> = {}): TextMessage => ({
  to: '+33639980012',
  text: 'Café Lune : votre carte https://fidelite.example.fr/c/Ab3',
  kind: 'transactional',
  category: 'card_link',
  ...overrides,
});

/** A loopback port nobody listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describeEachBackend('text messages through an SMS provider (Brevo API, real HTTP)', (database) => {
  let provider: BrevoTestServer;
  let db: Kysely<Database>;
  let shopId: string;
  let clock: Date;
  const withSms = createMailer({
    smtpUrl: null,
    from: FROM,
    ratePerMinute: 60,
    sms: { provider: 'brevo', apiKey: 'k', sender: 'CafeLune', url: 'http://unused' },
  });
  const deps = (overrides: { url?: string; timeoutMs?: number } = {}) => ({
    db,
    transport: null,
    sms: brevoSmsTransport({
      apiKey: provider.apiKey,
      sender: 'CafeLune',
      url: overrides.url ?? provider.url,
      timeoutMs: overrides.timeoutMs ?? 5_000,
    }),
    from: FROM,
    ratePerMinute: 60,
    now: () => clock,
  });
  const queue = (message: TextMessage, mailer = withSms) =>
    asSystem(db, (tx) =>
      queueShopSms(tx, mailer, shopId, { idempotencyKey: uuidv7(), message, now: clock }),
    );
  const row = (id: string) =>
    db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    provider = await startBrevoTestServer();
    db = database().db;
    shopId = (await signUpOwner(testClient(testServices(database())))).merchant.id;
  });
  afterAll(async () => {
    await provider.close();
  });
  beforeEach(async () => {
    clock = new Date('2026-12-06T10:00:00Z');
    // Each test starts with nothing due, so a round only sends what the test queued.
    await asSystem(db, (tx) =>
      tx.updateTable('outbox').set({ status: 'failed' }).where('status', '=', 'queued').execute(),
    );
    provider.received.length = 0;
    provider.rejected.length = 0;
  });

  it('sends the request the provider documents, and records it sent with its parts', async () => {
    const { id } = await queue(text());
    expect(await deliverDue(deps())).toBe(1);
    expect(provider.rejected).toEqual([]);
    expect(provider.received).toHaveLength(1);
    expect(provider.received[0]?.body).toEqual({
      sender: 'CafeLune',
      recipient: '33639980012',
      content: 'Café Lune : votre carte https://fidelite.example.fr/c/Ab3',
      type: 'transactional',
      tag: 'card_link',
      unicodeEnabled: false,
    });
    const sent = await row(id);
    expect(sent).toMatchObject({ channel: 'sms', segments: 1, status: 'sent', subject: '' });
    expect(sent.last_reply).toMatch(/^201 \{"messageId":\d+\}/);
  });

  it('asks for UCS-2 when a letter is outside the GSM alphabet, and counts its parts', async () => {
    const long = `Fête des mères : ${'ç'.repeat(60)}`;
    const { id } = await queue(text({ text: long }));
    await deliverDue(deps());
    expect(provider.received[0]?.body.unicodeEnabled).toBe(true);
    expect((await row(id)).segments).toBe(2);
  });

  it('fails a message the provider refuses, retries one it cannot take now', async () => {
    provider.next({ kind: 'reply', status: 400, body: '{"code":"invalid_parameter"}' });
    const refused = await queue(text());
    await deliverDue(deps());
    expect(await row(refused.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await row(refused.id)).last_reply).toContain('invalid_parameter');

    provider.next({ kind: 'reply', status: 429, body: '{"message":"too many requests"}' });
    const throttled = await queue(text());
    await deliverDue(deps());
    const later = await row(throttled.id);
    expect(later.status).toBe('queued');
    expect(later.next_attempt_at.getTime()).toBeGreaterThan(clock.getTime());
    clock = new Date(later.next_attempt_at.getTime() + 1);
    await deliverDue(deps());
    expect(await row(throttled.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries when the provider cannot be reached, and never resends after a silent provider', async () => {
    const unreachable = await queue(text());
    await deliverDue(
      deps({ url: `http://127.0.0.1:${await closedPort()}/v3/transactionalSMS/send` }),
    );
    expect(await row(unreachable.id)).toMatchObject({ status: 'queued', attempts: 1 });
    await asSystem(db, (tx) =>
      tx.updateTable('outbox').set({ status: 'failed' }).where('id', '=', unreachable.id).execute(),
    );

    provider.next({ kind: 'hang' });
    const silent = await queue(text());
    await deliverDue(deps({ timeoutMs: 300 }));
    // The request left: it may have been sent, so it waits for a person instead of a retry.
    expect(await row(silent.id)).toMatchObject({ status: 'uncertain', attempts: 1 });
  });

  it('keeps text messages in the outbox without a provider, even when mail goes out', async () => {
    const noSms = createMailer({ smtpUrl: 'smtp://set', from: FROM, ratePerMinute: 60 });
    const { id } = await queue(text(), noSms);
    expect((await row(id)).status).toBe('held');
    // A process with mail only never claims a text message, whatever its state.
    await asSystem(db, (tx) =>
      tx.updateTable('outbox').set({ status: 'queued' }).where('id', '=', id).execute(),
    );
    await deliverDue({ ...deps(), transport: smtpTransport('smtp://127.0.0.1:9'), sms: null });
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(provider.received).toHaveLength(0);
  });

  it("keeps the demo shop's texts in its outbox even with a provider configured", async () => {
    const demo = await signUpOwner(testClient(testServices(database())), { slug: DEMO.slug });
    const { id } = await asSystem(db, (tx) =>
      queueShopSms(tx, withSms, demo.merchant.id, {
        idempotencyKey: uuidv7(),
        message: text(),
        now: clock,
      }),
    );
    expect(await deliverDue(deps())).toBe(0);
    expect(provider.received).toEqual([]);
    expect((await row(id)).status).toBe('held');
  });
});
