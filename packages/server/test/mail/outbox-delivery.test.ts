import { createServer } from 'node:net';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { DEMO } from '../../src/demo/seed-demo-shop.ts';
import { createMailer, type Mailer } from '../../src/mail/mailer.ts';
import type { MailMessage } from '../../src/mail/message.ts';
import { deliverDue, LEASE_MS } from '../../src/mail/outbox-delivery.ts';
import { queueAccountMail, queueShopMail } from '../../src/mail/queue-mail.ts';
import { smtpTransport } from '../../src/mail/smtp-transport.ts';
import { describeEachBackend } from '../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { type SmtpTestServer, startSmtpTestServer } from './smtp-test-server.ts';

const FROM = 'Boulangerie des Lilas <bonjour@lilas.example.fr>';

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    to: 'claire.faure@example.fr',
    subject: 'Votre carte de fidélité',
    text: 'Bonjour Claire,\nVotre 10e pain est offert.',
    kind: 'transactional',
    category: 'reward_ready',
    ...overrides,
  };
}

describeEachBackend('outbox delivery through a real SMTP server', (database) => {
  let smtp: SmtpTestServer;
  let db: Kysely<Database>;
  let shopId: string;
  let otherShopId: string;
  let clock: Date;
  const mailer: Mailer = createMailer({ smtpUrl: 'smtp://set', from: FROM, ratePerMinute: 2 });

  const deps = (url = smtp.url) => ({
    db,
    transport: smtpTransport(url),
    from: FROM,
    ratePerMinute: 2,
    now: () => clock,
  });
  const queue = (m: MailMessage, key = uuidv7(), merchantId = shopId) =>
    asSystem(db, (tx) =>
      queueShopMail(tx, mailer, merchantId, { idempotencyKey: key, message: m, now: clock }),
    );
  const row = (id: string) =>
    db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    db = database().db;
    const client = testClient(testServices(database()));
    shopId = (await signUpOwner(client)).merchant.id;
    otherShopId = (await signUpOwner(client)).merchant.id;
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    clock = new Date(Date.UTC(2026, 11, 6, 9) + Math.floor(Math.random() * 1e9) * 1000);
    smtp.received.length = 0;
    // Earlier tests' leftovers must not count against this one's rate or be sent in its rounds.
    await db.deleteFrom('outbox').execute();
    await db.deleteFrom('account_outbox').execute();
  });

  it('hands a queued message to the relay once, with its headers, and records it sent', async () => {
    const queued = await queue(
      message({ kind: 'marketing', unsubscribeUrl: 'https://lilas.example.fr/u/abc' }),
    );
    expect(queued.status).toBe('queued');
    expect(await deliverDue(deps())).toBe(1);
    expect(await deliverDue(deps())).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelope).toEqual({
      from: 'bonjour@lilas.example.fr',
      to: ['claire.faure@example.fr'],
    });
    expect(mail!.parsed.subject).toBe('Votre carte de fidélité');
    expect(mail!.parsed.text?.trim()).toBe('Bonjour Claire,\nVotre 10e pain est offert.');
    expect(mail!.parsed.messageId).toBe(`<${queued.id}@lilas.example.fr>`);
    const lines = Object.fromEntries(mail!.parsed.headerLines.map((h) => [h.key, h.line]));
    expect(lines['list-unsubscribe']).toBe('List-Unsubscribe: <https://lilas.example.fr/u/abc>');
    expect(lines['list-unsubscribe-post']).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(lines.from).toBe('From: Boulangerie des Lilas <bonjour@lilas.example.fr>');
    const stored = await row(queued.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lease_until: null });
    expect(stored.sent_at).toEqual(clock);
    expect(stored.last_reply).toMatch(/^250/);
  });

  it('queues a message once per idempotency key', async () => {
    const first = await queue(message(), 'reward:42');
    const again = await queue(message({ subject: 'autre' }), 'reward:42');
    expect(again).toMatchObject({ id: first.id, created: false });
    await deliverDue(deps());
    expect(smtp.received).toHaveLength(1);
  });

  it('carries no unsubscribe header on transactional mail', async () => {
    await queue(message());
    await deliverDue(deps());
    expect(smtp.received[0]!.parsed.headers.has('list-unsubscribe')).toBe(false);
  });

  it('retries a 4xx with back-off, then sends it once', async () => {
    const queued = await queue(message());
    smtp.next({ kind: 'reply', code: 451, message: '451 4.7.1 Greylisted, try again later' });
    await deliverDue(deps());
    let stored = await row(queued.id);
    expect(stored).toMatchObject({ status: 'queued', attempts: 1 });
    expect(stored.last_reply).toMatch(/451 4\.7\.1 Greylisted/);
    expect(stored.next_attempt_at.getTime()).toBe(clock.getTime() + 60_000);
    expect(await deliverDue(deps())).toBe(0); // not due yet
    clock = new Date(clock.getTime() + 61_000);
    await deliverDue(deps());
    stored = await row(queued.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
  });

  it('marks a 5xx failed with the relay reply and never retries it', async () => {
    const queued = await queue(message({ to: 'nobody@example.fr' }));
    smtp.next({ kind: 'reply', code: 550, message: '550 5.1.1 No such mailbox' });
    await deliverDue(deps());
    const stored = await row(queued.id);
    expect(stored.status).toBe('failed');
    expect(stored.last_reply).toMatch(/550 5\.1\.1 No such mailbox/);
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await deliverDue(deps())).toBe(0);
  });

  it('retries when the relay cannot be reached (nothing was handed over)', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const queued = await queue(message());
    await deliverDue(deps(`smtp://shop:secret@127.0.0.1:${closed}`));
    expect(await row(queued.id)).toMatchObject({ status: 'queued', attempts: 1 });
  });

  it('keeps retrying (never failing the message) while the relay refuses the login', async () => {
    const queued = await queue(message());
    await deliverDue(deps(smtp.url.replace('secret', 'wrong')));
    expect(await row(queued.id)).toMatchObject({ status: 'queued' });
  });

  it('does not resend a message whose connection broke after the data: it waits as uncertain', async () => {
    const queued = await queue(message());
    smtp.next({ kind: 'drop' });
    await deliverDue(deps());
    const stored = await row(queued.id);
    expect(stored.status).toBe('uncertain');
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await deliverDue(deps())).toBe(0);
    expect(smtp.seenData.filter((m) => m.messageId === stored.message_id)).toHaveLength(1);
  });

  it('turns an attempt whose sender died into uncertain once its lease ran out, and never sends it', async () => {
    const queued = await queue(message());
    await db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, lease_until: new Date(clock.getTime() + LEASE_MS) })
      .where('id', '=', queued.id)
      .execute();
    expect(await deliverDue(deps())).toBe(0);
    expect((await row(queued.id)).status).toBe('sending'); // the lease still holds
    clock = new Date(clock.getTime() + LEASE_MS + 1);
    expect(await deliverDue(deps())).toBe(0);
    const stored = await row(queued.id);
    expect(stored.status).toBe('uncertain');
    expect(stored.last_reply).toMatch(/not sent again automatically/);
    expect(smtp.received).toHaveLength(0);
  });

  it('sends at most the per-shop rate each minute, without holding up another shop', async () => {
    for (let i = 0; i < 3; i++) await queue(message({ subject: `A${i}` }));
    await queue(message({ subject: 'B0' }), uuidv7(), otherShopId);
    expect(await deliverDue(deps())).toBe(3);
    expect(smtp.received.map((m) => m.parsed.subject).sort()).toEqual(['A0', 'A1', 'B0']);
    clock = new Date(clock.getTime() + 30_000);
    expect(await deliverDue(deps())).toBe(0);
    clock = new Date(clock.getTime() + 31_000);
    expect(await deliverDue(deps())).toBe(1);
    expect(smtp.received.map((m) => m.parsed.subject)).toContain('A2');
  });

  it('sends account mail too, and forgets its single-use link once the relay has it', async () => {
    const queued = await asSystem(db, (tx) =>
      queueAccountMail(tx, mailer, {
        idempotencyKey: 'reset:1',
        message: message({ category: 'password_reset', text: 'https://x/reset#token=SECRET' }),
        now: clock,
      }),
    );
    await deliverDue(deps());
    expect(smtp.received[0]!.parsed.text).toContain('token=SECRET');
    const stored = await db
      .selectFrom('account_outbox')
      .selectAll()
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('sent');
    expect(stored.text_body).not.toContain('SECRET');
  });

  it("keeps the demo shop's messages in its outbox even with SMTP configured", async () => {
    const client = testClient(testServices(database()));
    const demo = await signUpOwner(client, { slug: DEMO.slug });
    const held = await queue(message(), 'demo:1', demo.merchant.id);
    expect(held.status).toBe('held');
    expect(await deliverDue(deps())).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps messages in the outbox, held, when no SMTP server is configured', async () => {
    const embedded = createMailer({ smtpUrl: null, from: FROM, ratePerMinute: 60 });
    const held = await asSystem(db, (tx) =>
      queueShopMail(tx, embedded, shopId, { idempotencyKey: 'x', message: message(), now: clock }),
    );
    expect(held.status).toBe('held');
    expect(await deliverDue(deps())).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });
});
