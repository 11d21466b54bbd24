import { expect, it } from 'vitest';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { enqueueAutomationRuns } from '../../src/use-cases/automations/enqueue-automation-runs.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { automationShop, PUBLIC_URL } from './automation-fixtures.ts';

describeEachBackend('automations: the welcome after sign-up', (database) => {
  it('stays off until switched on, then welcomes each new member once, at 09:00 in the shop', async () => {
    // 08:00 in Paris on Sunday 6 December.
    const shop = await automationShop(database, '2026-12-06T07:00:00Z');
    const before = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Avant',
      email: 'avant@example.fr',
    });
    await shop.runner.runDue();
    // Off by default: a member who joins while it is off is never welcomed.
    shop.clock.set('2026-12-06T08:30:00Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);

    shop.clock.set('2026-12-06T09:00:00Z');
    await shop.enable('welcome');
    const claire = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Claire',
      email: 'claire@example.fr',
    });
    await buildCustomer(shop.client, shop.auth, { firstName: 'Sans', email: null });
    await buildCustomer(shop.client, shop.auth, {
      firstName: 'Connu',
      email: 'connu@example.fr',
      member: false,
    });
    const imported = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Importé',
      email: 'importe@example.fr',
    });
    await asSystem(database().db, (tx) =>
      tx.updateTable('customers').set({ imported: true }).where('id', '=', imported.id).execute(),
    );
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);

    // 09:00 in Paris on Monday 7 December: the daily run.
    shop.clock.set('2026-12-07T08:00:30Z');
    await shop.runner.runDue();
    const outbox = await shop.outbox();
    expect(outbox).toEqual([
      expect.objectContaining({
        to_address: 'claire@example.fr',
        subject: 'Bienvenue chez Boulangerie du Marché !',
        category: 'automation:welcome',
        kind: 'transactional',
        status: 'held',
        headers: {},
      }),
    ]);
    expect(outbox[0]?.text_body).toContain('Bonjour Claire,');
    expect(outbox[0]?.text_body).toContain(`${PUBLIC_URL}/c/`);
    const sends = await shop.sends('welcome');
    expect(sends).toEqual([
      expect.objectContaining({
        customer_id: claire.id,
        occasion_key: 'welcome',
        status: 'queued',
      }),
      expect.objectContaining({ status: 'skipped', skip_reason: 'no_address' }),
    ]);
    expect(sends.map((s) => s.customer_id)).not.toContain(before.id);

    // Reruns of the same day, a manual run and the next days send nothing again.
    for (const trigger of ['manual-1', 'manual-2']) {
      await withMerchant(database().db, shop.merchantId, (tx) =>
        enqueueAutomationRuns(
          tx,
          { merchantId: shop.merchantId, day: '2026-12-07', trigger, now: shop.clock.now() },
          { mailer: { nudge() {} } as never, publicUrl: PUBLIC_URL },
        ),
      );
    }
    shop.clock.set('2026-12-08T08:00:30Z');
    await shop.runner.runDue();
    shop.clock.set('2026-12-09T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toHaveLength(1);

    // The last run is visible with the jobs.
    await shop.signIn();
    const jobs = await shop.client.request('GET', '/api/v1/jobs?status=succeeded', shop.auth);
    expect(jobs.body.schedules).toContainEqual(
      expect.objectContaining({
        kind: 'automations.daily',
        nextRunAt: '2026-12-10T08:00:00.000Z',
      }),
    );
  });
});
