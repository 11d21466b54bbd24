import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture } from '../robustness/merchant-fixture.ts';

/** The fixture's customer is on the follow-up list (by hand, and as a detractor); its duplicate is not. */
describeEachBackend('merging a customer on the follow-up list', (database) => {
  it('puts the survivor, with its name, on the items about the duplicate', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'MergeFollowUp');
    const survivor = f.duplicateCustomerId;
    const merged = await client.request('POST', `/api/v1/customers/${survivor}/merge`, {
      cookie: f.cookie,
      body: { duplicateId: f.customerId },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const list = await client.request('GET', '/api/v1/follow-up', { cookie: f.cookie });
    const items: { id: string; customer: { id: string; firstName: string | null } }[] =
      list.body.items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.map((i) => i.customer.id)).toEqual(items.map(() => survivor));
    expect(items.find((i) => i.id === f.followUpItemId)?.customer.firstName).toBe(
      'Client MergeFollowUp bis',
    );
    // Done from the list, it records the interaction on the survivor.
    const done = await client.request('POST', `/api/v1/follow-up/${f.followUpItemId}/done`, {
      cookie: f.cookie,
      body: { kind: 'call', outcome: 'Rappelée, tout va bien' },
    });
    expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
  });
});
