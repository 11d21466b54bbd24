import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture } from '../robustness/merchant-fixture.ts';
import { signInMember } from '../team-members.ts';

/** The tenant walk's fixture: its customer answered 4 and « Service lent (<label>) ». */
describeEachBackend('a customer’s survey answers', (database) => {
  it('shows the score, its band and each question with its answer, to owners and managers', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'Avis');
    const path = `/api/v1/customers/${f.customerId}/survey-answers`;
    const r = await client.request('GET', path, { cookie: f.cookie });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.items).toEqual([
      {
        id: expect.any(String),
        surveyId: f.surveyId,
        surveyTitle: 'Votre avis Avis',
        answeredAt: expect.any(String),
        channel: 'contact',
        npsScore: 4,
        npsCategory: 'detractor',
        answers: [
          { questionId: 'q1', kind: 'nps', label: 'Recommanderiez-vous Avis ?', answer: 4 },
          { questionId: 'q2', kind: 'text', label: 'Pourquoi ?', answer: 'Service lent (Avis)' },
        ],
      },
    ]);
    const other = await client.request(
      'GET',
      `/api/v1/customers/${f.duplicateCustomerId}/survey-answers`,
      { cookie: f.cookie },
    );
    expect(other.body.items).toEqual([]);
    const manager = await signInMember(client, { cookie: f.cookie }, 'manager');
    expect((await client.request('GET', path, manager)).status).toBe(200);
    const staff = await signInMember(client, { cookie: f.cookie }, 'staff');
    expect((await client.request('GET', path, staff)).status).toBe(403);
    expect((await client.request('GET', path, { apiKey: f.apiKey })).status).toBe(403);
  });

  it('follows a merge to the survivor, and loses the comment, not the score, to an erasure', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'AvisFusion');
    const survivor = f.duplicateCustomerId;
    const merged = await client.request('POST', `/api/v1/customers/${survivor}/merge`, {
      cookie: f.cookie,
      body: { duplicateId: f.customerId },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const path = `/api/v1/customers/${survivor}/survey-answers`;
    const after = await client.request('GET', path, { cookie: f.cookie });
    expect(after.body.items.map((a: { npsScore: number }) => a.npsScore)).toEqual([4]);

    const erased = await client.request('POST', `/api/v1/customers/${survivor}/erase`, {
      cookie: f.cookie,
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const anonymous = await client.request('GET', path, { cookie: f.cookie });
    expect(anonymous.body.items).toHaveLength(1);
    expect(anonymous.body.items[0]).toMatchObject({ npsScore: 4, npsCategory: 'detractor' });
    expect(anonymous.body.items[0].answers).toEqual([
      expect.objectContaining({ questionId: 'q1', answer: 4 }),
      expect.objectContaining({ questionId: 'q2', answer: null }),
    ]);
  });
});
