import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMailer } from '../../src/mail/mailer.ts';
import { deliverDue } from '../../src/mail/outbox-delivery.ts';
import { smtpTransport } from '../../src/mail/smtp-transport.ts';
import { type SmtpTestServer, startSmtpTestServer } from '../mail/smtp-test-server.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  type Credentials,
  sessionCookie,
  signUpOwner,
  type TestClient,
  testClient,
  testServices,
} from '../support/test-app.ts';

const NEW_PASSWORD = 'brioche-tressee-2027';

/** A logger whose lines the test can read (the embedded default writes reset links there). */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function logIn(client: TestClient, email: string, password: string) {
  return client.request('POST', '/api/v1/auth/login', { body: { email, password } });
}

async function addCashier(client: TestClient, owner: Credentials) {
  const email = `caissier-${Date.now()}-${Math.random().toString(36).slice(2)}@example.fr`;
  const added = await client.request('POST', '/api/v1/staff', {
    ...owner,
    body: { email, role: 'staff', initialPassword: 'flan-parisien-2026' },
  });
  expect(added.status).toBe(201);
  return { email, password: 'flan-parisien-2026' };
}

describeEachBackend('password reset, change and sessions', (database) => {
  it('without SMTP: answers 202 for any email, logs the link for the operator, and the link works once', async () => {
    let now = new Date('2026-12-06T10:00:00Z');
    const { logger, lines } = capturedLogger();
    const client = testClient(testServices(database(), { logger, now: () => now }));
    const owner = await signUpOwner(client);
    const known = await client.request('POST', '/api/v1/auth/password-reset', {
      body: { email: owner.email.toUpperCase() },
    });
    const unknown = await client.request('POST', '/api/v1/auth/password-reset', {
      body: { email: 'personne@example.fr' },
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(lines.join('')).not.toContain('personne@example.fr');
    const logged = lines.find((l) => l.includes('Password reset link'));
    expect(logged).toContain(owner.email);
    const token = /reset-password#token=([\w-]+)/.exec(logged ?? '')?.[1];
    expect(token).toBeDefined();
    // Held in the account outbox: nothing left the machine.
    const held = await database()
      .db.selectFrom('account_outbox')
      .select(['status', 'to_address', 'category'])
      .where('to_address', '=', owner.email)
      .execute();
    expect(held).toEqual([{ status: 'held', to_address: owner.email, category: 'password_reset' }]);

    now = new Date(now.getTime() + 59 * 60_000);
    const confirm = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(confirm.status).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: owner.cookie })).status).toBe(
      401,
    );
    expect((await logIn(client, owner.email, owner.password)).status).toBe(401);
    expect((await logIn(client, owner.email, NEW_PASSWORD)).status).toBe(200);
    const reused = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'encore-un-autre-mot-2' },
    });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('invalid_link');
  });

  it('refuses a link older than one hour and a weak new password', async () => {
    let now = new Date('2026-12-06T10:00:00Z');
    const { logger, lines } = capturedLogger();
    const client = testClient(testServices(database(), { logger, now: () => now }));
    const owner = await signUpOwner(client);
    await client.request('POST', '/api/v1/auth/password-reset', { body: { email: owner.email } });
    const token = /#token=([\w-]+)/.exec(lines.join(''))?.[1];
    const weak = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'azertyuiop' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('weak_password');
    now = new Date(now.getTime() + 60 * 60_000 + 1);
    const late = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(late.status).toBe(410);
    expect((await logIn(client, owner.email, owner.password)).status).toBe(200);
  });

  it('changes a password only with the current one, and signs the other sessions out', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const cashier = await addCashier(client, owner);
    const phone = sessionCookie((await logIn(client, cashier.email, cashier.password)).headers);
    const till = sessionCookie((await logIn(client, cashier.email, cashier.password)).headers);
    const wrong = await client.request('POST', '/api/v1/auth/password', {
      cookie: till,
      body: { currentPassword: 'pas-le-bon', newPassword: NEW_PASSWORD },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    const weak = await client.request('POST', '/api/v1/auth/password', {
      cookie: till,
      body: { currentPassword: cashier.password, newPassword: 'court' },
    });
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    const changed = await client.request('POST', '/api/v1/auth/password', {
      cookie: till,
      body: { currentPassword: cashier.password, newPassword: NEW_PASSWORD },
    });
    expect(changed.status).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: till })).status).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: phone })).status).toBe(401);
    expect((await logIn(client, cashier.email, cashier.password)).status).toBe(401);
    expect((await logIn(client, cashier.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('lists one person’s sessions, ends one, and signs out everywhere', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const other = await signUpOwner(client);
    const second = sessionCookie(
      (
        await client.request('POST', '/api/v1/auth/login', {
          body: { email: owner.email, password: owner.password },
          headers: { 'user-agent': 'Mozilla/5.0 (iPhone)' },
        })
      ).headers,
    );
    const listed = await client.request('GET', '/api/v1/auth/sessions', { cookie: owner.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phone = listed.body.items.find((s: { current: boolean }) => !s.current);
    expect(phone).toMatchObject({
      userAgent: 'Mozilla/5.0 (iPhone)',
      merchantId: owner.merchant.id,
    });
    expect(JSON.stringify(listed.body)).not.toMatch(/id_hash|idHash/);

    // Someone else's session id is not found, and stays alive.
    const foreign = await client.request('DELETE', `/api/v1/auth/sessions/${phone.id}`, {
      cookie: other.cookie,
    });
    expect(foreign.status).toBe(404);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: second })).status).toBe(200);

    const ended = await client.request('DELETE', `/api/v1/auth/sessions/${phone.id}`, {
      cookie: owner.cookie,
    });
    expect(ended.status).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: second })).status).toBe(401);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: owner.cookie })).status).toBe(
      200,
    );

    const third = sessionCookie((await logIn(client, owner.email, owner.password)).headers);
    const everywhere = await client.request('DELETE', '/api/v1/auth/sessions', {
      cookie: owner.cookie,
    });
    expect(everywhere.status).toBe(204);
    expect(everywhere.headers.get('set-cookie')).toMatch(/habitue_session=;/);
    for (const cookie of [owner.cookie, third]) {
      expect((await client.request('GET', '/api/v1/auth/me', { cookie })).status).toBe(401);
    }
    expect((await client.request('GET', '/api/v1/auth/me', { cookie: other.cookie })).status).toBe(
      200,
    );
  });

  it('refuses password and session routes to API keys', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const key = await client.request('POST', '/api/v1/api-keys', {
      cookie: owner.cookie,
      body: { name: 'Caisse' },
    });
    const apiKey = key.body.key as string;
    expect((await client.request('GET', '/api/v1/auth/sessions', { apiKey })).status).toBe(403);
    expect((await client.request('DELETE', '/api/v1/auth/sessions', { apiKey })).status).toBe(403);
    const change = await client.request('POST', '/api/v1/auth/password', {
      apiKey,
      body: { currentPassword: 'x', newPassword: NEW_PASSWORD },
    });
    expect(change.status).toBe(403);
  });

  it('answers the session state without a 401, while /auth/me keeps its 401 for integrations', async () => {
    const client = testClient(testServices(database()));
    const anonymous = await client.request('GET', '/api/v1/auth/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ authenticated: false });
    const owner = await signUpOwner(client);
    const signedIn = await client.request('GET', '/api/v1/auth/session', { cookie: owner.cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({
      authenticated: true,
      role: 'owner',
      user: { email: owner.email },
      merchant: { id: owner.merchant.id },
    });
    expect((await client.request('GET', '/api/v1/auth/me')).status).toBe(401);
  });
});

describeEachBackend('account mail through a real SMTP server', (database) => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  const FROM = 'Habitué <no-reply@habitue.test>';
  const setup = () => {
    const services = testServices(database(), {
      mailer: createMailer({ smtpUrl: smtp.url, from: FROM, ratePerMinute: 60 }),
    });
    const deliver = () =>
      deliverDue({
        db: services.db,
        transport: smtpTransport(smtp.url),
        from: FROM,
        ratePerMinute: 60,
        now: services.now,
      });
    return { client: testClient(services), deliver };
  };
  const mailsTo = (email: string) =>
    smtp.received.filter((m) => m.envelope.to.includes(email.toLowerCase()));

  it('mails the reset link; the link sets the password', async () => {
    const { client, deliver } = setup();
    // Created while mail is off (201), the way an existing installation's owners were.
    const owner = await signUpOwner(testClient(testServices(database())));
    const asked = await client.request('POST', '/api/v1/auth/password-reset', {
      body: { email: owner.email, locale: 'en' },
    });
    expect(asked.status).toBe(202);
    await deliver();
    const [mail] = mailsTo(owner.email);
    expect(mail?.parsed.subject).toBe('Reset your Habitué password');
    const link = /http:\/\/habitue\.test\/reset-password#token=([\w-]+)/.exec(mail!.parsed.text!);
    expect(link).not.toBeNull();
    const confirm = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token: link![1], password: NEW_PASSWORD },
    });
    expect(confirm.status).toBe(204);
    expect((await logIn(client, owner.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('answers sign-up with 202 for new and known emails alike, and finishes it by mail', async () => {
    const { client, deliver } = setup();
    const existing = await signUpOwner(testClient(testServices(database())));
    const email = `nouvelle-${Date.now()}@example.fr`;
    const body = { password: 'pain-au-chocolat-42', businessName: 'Fromagerie Martin' };
    const fresh = await client.request('POST', '/api/v1/auth/signup', {
      body: { ...body, email },
    });
    const known = await client.request('POST', '/api/v1/auth/signup', {
      body: { ...body, email: existing.email },
    });
    expect(fresh.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(fresh.body);
    expect(fresh.body).toEqual({ status: 'check_your_email' });
    expect(fresh.headers.get('set-cookie')).toBeNull();
    expect((await logIn(client, email, body.password)).status).toBe(401);
    await deliver();

    const [reminder] = mailsTo(existing.email);
    expect(reminder?.parsed.subject).toBe('Vous avez déjà un compte Habitué');
    expect(reminder?.parsed.text).toContain('http://habitue.test/forgot-password');

    const [invitation] = mailsTo(email);
    expect(invitation?.parsed.subject).toBe(
      'Finalisez la création de « Fromagerie Martin » sur Habitué',
    );
    const token = /signup\/complete#token=([\w-]+)/.exec(invitation!.parsed.text!)?.[1];
    const completed = await client.request('POST', '/api/v1/auth/signup/complete', {
      body: { token },
    });
    expect(completed.status).toBe(201);
    expect(completed.body).toMatchObject({
      role: 'owner',
      merchant: { name: 'Fromagerie Martin' },
    });
    const cookie = sessionCookie(completed.headers);
    expect((await client.request('GET', '/api/v1/auth/me', { cookie })).status).toBe(200);
    const again = await client.request('POST', '/api/v1/auth/signup/complete', { body: { token } });
    expect(again.status).toBe(410);
    expect((await logIn(client, email, body.password)).status).toBe(200);
  });

  it('adds staff by invitation: the same answer for a new and an existing email; each joins from the link', async () => {
    const { client, deliver } = setup();
    const owner = await signUpOwner(testClient(testServices(database())));
    const elsewhere = await signUpOwner(testClient(testServices(database())));
    const newcomer = `nouveau-${Date.now()}@example.fr`;
    const answers = [];
    for (const email of [newcomer, elsewhere.email]) {
      const r = await client.request('POST', '/api/v1/staff', {
        cookie: owner.cookie,
        body: { email, role: 'staff', initialPassword: 'flan-parisien-2026' },
      });
      answers.push({ status: r.status, keys: Object.keys(r.body).sort(), code: r.body.status });
    }
    expect(answers[0]).toEqual({
      status: 202,
      keys: ['email', 'role', 'status'],
      code: 'invitation_sent',
    });
    expect(answers[1]).toEqual(answers[0]);
    const team = await client.request('GET', '/api/v1/staff', { cookie: owner.cookie });
    expect(team.body.items.map((m: { email: string }) => m.email)).toEqual([owner.email]);

    await deliver();
    const [toNewcomer] = mailsTo(newcomer);
    const [toExisting] = mailsTo(elsewhere.email);
    expect(toExisting?.parsed.subject).toBe(toNewcomer?.parsed.subject);
    const tokenOf = (text: string) => /join-team#token=([\w-]+)/.exec(text)?.[1];

    const fresh = tokenOf(toNewcomer!.parsed.text!);
    const seen = await client.request('POST', '/api/v1/auth/invitations/inspect', {
      body: { token: fresh },
    });
    expect(seen.body).toMatchObject({ email: newcomer, role: 'staff', hasAccount: false });
    const joined = await client.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: fresh, password: 'mille-feuille-vanille-3' },
    });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ role: 'staff', merchant: { id: owner.merchant.id } });

    const known = tokenOf(toExisting!.parsed.text!);
    expect(
      (await client.request('POST', '/api/v1/auth/invitations/inspect', { body: { token: known } }))
        .body.hasAccount,
    ).toBe(true);
    const wrong = await client.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: known, password: 'pas-son-mot-de-passe' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('wrong_password');
    const accepted = await client.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: known, password: elsewhere.password },
    });
    expect(accepted.status).toBe(201);
    const after = await client.request('GET', '/api/v1/staff', { cookie: owner.cookie });
    expect(after.body.items.map((m: { email: string }) => m.email).sort()).toEqual(
      [owner.email, newcomer, elsewhere.email].sort(),
    );
    // Their own business is untouched, and the link works once.
    expect((await logIn(client, elsewhere.email, elsewhere.password)).status).toBe(200);
    const again = await client.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: known, password: elsewhere.password },
    });
    expect(again.status).toBe(410);
  });

  it("shows the shop's messages to its owner, not to staff, and resends an uncertain one on purpose", async () => {
    const { client, deliver } = setup();
    const owner = await signUpOwner(testClient(testServices(database())));
    const email = `invite-${Date.now()}@example.fr`;
    smtp.next({ kind: 'drop' });
    await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email, role: 'manager' },
    });
    await deliver();
    const listed = await client.request('GET', '/api/v1/outbox', { cookie: owner.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.delivery).toBe('smtp');
    const [message] = listed.body.items;
    expect(message).toMatchObject({ to: email, status: 'uncertain', category: 'staff_invitation' });
    expect(message.text).toContain('/join-team#token=');

    const cashier = await addCashier(testClient(testServices(database())), owner);
    const staffCookie = sessionCookie(
      (await logIn(client, cashier.email, cashier.password)).headers,
    );
    expect((await client.request('GET', '/api/v1/outbox', { cookie: staffCookie })).status).toBe(
      403,
    );
    const other = await signUpOwner(testClient(testServices(database())));
    const foreign = await client.request('POST', `/api/v1/outbox/${message.id}/resend`, {
      cookie: other.cookie,
    });
    expect(foreign.status).toBe(404);

    const resent = await client.request('POST', `/api/v1/outbox/${message.id}/resend`, {
      cookie: owner.cookie,
    });
    expect(resent.status).toBe(204);
    await deliver();
    const ids = smtp.seenData.filter((m) => m.to && JSON.stringify(m.to).includes(email));
    expect(ids).toHaveLength(2);
    expect(ids[1]!.messageId).toBe(ids[0]!.messageId);
    const sentAgain = await client.request('POST', `/api/v1/outbox/${message.id}/resend`, {
      cookie: owner.cookie,
    });
    expect(sentAgain.status).toBe(409);
    expect(sentAgain.body.code).toBe('outbox_not_resendable');
  });
});
