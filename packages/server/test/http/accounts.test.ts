import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('accounts and sessions', (database) => {
  it('signs an owner up, keeps them signed in, and really ends the session on logout', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessName: 'Café Crème' });
    expect(owner.merchant).toMatchObject({
      name: 'Café Crème',
      slug: 'cafe-creme',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
    });
    const set = (
      await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      })
    ).headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    const me = await client.request('GET', '/api/v1/auth/me', { cookie: owner.cookie });
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('owner');
    const out = await client.request('POST', '/api/v1/auth/logout', { cookie: owner.cookie });
    expect(out.status).toBe(204);
    const after = await client.request('GET', '/api/v1/auth/me', { cookie: owner.cookie });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('rejects short and common passwords with a field error, and writes nothing', async () => {
    const client = testClient(testServices(database()));
    for (const [password, reason] of [
      ['court', 'too_short'],
      ['password123', 'too_common'],
      ['azertyuiop', 'too_common'],
    ]) {
      const r = await client.request('POST', '/api/v1/auth/signup', {
        body: { email: `weak-${reason}@example.fr`, password, businessName: 'Weak Password Shop' },
      });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('weak_password');
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'password', code: reason })]);
    }
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email: 'weak-too_short@example.fr', password: 'court' },
    });
    expect(login.status).toBe(401);
  });

  it('rate-limits failed logins with 429 and Retry-After, then lets the owner in after the window', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    const client = testClient(testServices(database(), { now: () => now }));
    const owner = await signUpOwner(client);
    const attempt = (password: string) =>
      client.request('POST', '/api/v1/auth/login', { body: { email: owner.email, password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).status).toBe(401);
    const limited = await attempt(owner.password);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    now = new Date(now.getTime() + 61_000);
    const ok = await attempt(owner.password);
    expect(ok.status).toBe(200);
    expect(sessionCookie(ok.headers)).toMatch(/^habitue_session=/);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const again = await client.request('POST', '/api/v1/auth/signup', {
      body: {
        email: owner.email.toUpperCase(),
        password: 'another-good-password',
        businessName: 'Second',
      },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });
});
