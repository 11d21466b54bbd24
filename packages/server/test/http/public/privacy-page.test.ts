import { expect, it } from 'vitest';
import { RETENTION_YEARS } from '../../../src/use-cases/gdpr/retention-policy.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInMember } from '../team-members.ts';

describeEachBackend("the shop's privacy notice and page", (database) => {
  it('names the shop as controller with the address and contact its owner gives, and the retention rule', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client, { businessName: 'Café Lune' });
    const auth = { cookie: owner.cookie };
    const slug = owner.merchant.slug as string;

    const before = await client.request('GET', `/api/v1/public/privacy/${slug}`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      controller: { name: 'Café Lune', address: null, contactEmail: null },
      retentionYears: RETENTION_YEARS,
      policyPath: `/p/${slug}/confidentialite`,
    });

    const staff = await signInMember(client, auth, 'staff');
    const body = {
      address: '12 rue des Lilas, 69003 Lyon',
      contactEmail: 'rgpd@cafe-lune.example.fr',
    };
    expect(
      (await client.request('PUT', '/api/v1/privacy-settings', { ...staff, body })).status,
    ).toBe(403);
    const bad = await client.request('PUT', '/api/v1/privacy-settings', {
      ...auth,
      body: { ...body, contactEmail: 'pas un e-mail' },
    });
    expect(bad.status).toBe(422);
    const saved = await client.request('PUT', '/api/v1/privacy-settings', { ...auth, body });
    expect(saved.status).toBe(200);

    const after = await client.request('GET', `/api/v1/public/privacy/${slug}`);
    expect(after.body.controller).toEqual({ name: 'Café Lune', ...body });
    expect((await client.request('GET', '/api/v1/privacy-settings', staff)).body).toEqual(
      after.body,
    );
    const missing = await client.request('GET', '/api/v1/public/privacy/pas-une-boutique-connue');
    expect(missing.status).toBe(404);
  });
});
