import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { automationShop } from './automation-fixtures.ts';

const emailConsent = {
  channel: 'email',
  granted: true,
  source: 'counter',
  wordingVersion: 'fr-2026-11',
};

describeEachBackend('automations API: state, wording, next week, results', (database) => {
  it('lists every automation off, edits one, previews next week, and measures it against its control group', async () => {
    const shop = await automationShop(database, '2026-12-01T09:00:00Z');
    const { client } = shop;
    const list = await client.request('GET', '/api/v1/automations', shop.auth);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([
      'welcome',
      'thank-you',
      'birthday',
      'reward-ready',
      'points-expiring',
      'tier-reached',
      'we-miss-you',
      'maintenance-reminder',
      'club-renewal',
    ]);
    expect(list.body.items.every((a: { enabled: boolean }) => !a.enabled)).toBe(true);

    const wrong = await client.request('PATCH', '/api/v1/automations/birthday', {
      ...shop.auth,
      body: { body: 'Bonjour {{prénom}}' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'body', code: 'unknown_merge_field' });
    const missing = await client.request('PATCH', '/api/v1/automations/maintenance-reminder', {
      ...shop.auth,
      body: { enabled: true },
    });
    expect(missing.status).toBe(409);
    expect(missing.body.code).toBe('automation_needs_parameters');
    expect(
      (await client.request('PATCH', '/api/v1/automations/nope', { ...shop.auth, body: {} }))
        .status,
    ).toBe(404);

    await buildStampCard(client, shop.auth);
    const people: Array<{ id: string; firstName: string }> = [];
    for (let i = 0; i < 12; i += 1) {
      people.push(
        await buildCustomer(client, shop.auth, {
          firstName: `Client${i}`,
          email: `client${i}@example.fr`,
          birthday: '12-03',
          consents: [emailConsent],
        }),
      );
    }
    const preview = await client.request('GET', '/api/v1/automations/birthday/preview', shop.auth);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ from: '2026-12-02', to: '2026-12-08', count: 12 });
    expect(preview.body.firstNames).toHaveLength(10);
    expect(preview.body.sample.subject).toMatch(/^Joyeux anniversaire Client\d+ !$/);
    const edited = await client.request(
      'GET',
      `/api/v1/automations/birthday/preview?subject=${encodeURIComponent('Bon anniversaire {{prenom}}')}`,
      shop.auth,
    );
    expect(edited.body.sample.subject).toMatch(/^Bon anniversaire Client\d+$/);

    const on = await client.request('PATCH', '/api/v1/automations/birthday', {
      ...shop.auth,
      body: { enabled: true, controlShare: 0.5, subject: 'Bon anniversaire {{prenom}} !' },
    });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ enabled: true, controlShare: 0.5, customWording: true });

    await shop.runner.runDue();
    shop.clock.set('2026-12-03T08:00:30Z');
    await shop.runner.runDue();
    const sends = await shop.sends('birthday');
    const sent = sends.filter((s) => s.status === 'queued');
    const control = sends.filter((s) => s.status === 'control');
    expect(sent.length + control.length).toBe(12);
    expect(control.length).toBeGreaterThan(0);
    expect(sent.length).toBeGreaterThan(0);
    expect((await shop.outbox()).map((m) => m.subject)).toEqual(
      sent.map(
        (s) => `Bon anniversaire ${people.find((p) => p.id === s.customer_id)?.firstName} !`,
      ),
    );

    // Everyone messaged comes back within the month; nobody in the control group does.
    shop.clock.set('2026-12-10T10:00:00Z');
    await shop.signIn();
    for (const s of sent) {
      const r = await purchase(client, shop.auth, { customerId: s.customer_id, amountCents: 1000 });
      expect(r.status).toBe(201);
    }
    shop.clock.set('2027-01-03T10:00:00Z');
    await shop.signIn();
    const results = await client.request('GET', '/api/v1/automations/birthday/results', shop.auth);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({
      messages: { held: sent.length },
      control: control.length,
      pendingMeasure: 0,
      sentGroup: {
        customers: sent.length,
        cameBack: sent.length,
        revenueCents: sent.length * 1000,
      },
      controlGroup: { customers: control.length, cameBack: 0 },
    });
    expect(results.body.difference.cameBackShare.difference).toBe(1);

    const listed = await client.request('GET', '/api/v1/automations', shop.auth);
    const birthday = listed.body.items.find((a: { id: string }) => a.id === 'birthday');
    expect(birthday.lastRun).toMatchObject({ status: 'succeeded', error: null });
    // The runner has not run since 3 December: the next run it knows of is the 4th.
    expect(birthday.nextRunAt).toBe('2026-12-04T08:00:00.000Z');

    const now = await client.request('POST', '/api/v1/automations/run', shop.auth);
    expect(now.status).toBe(202);
    expect(now.body).toEqual({ day: '2027-01-03', enqueued: 1 });
  });
});
