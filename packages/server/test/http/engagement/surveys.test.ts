import { expect, it } from 'vitest';
import { RateLimiter } from '../../../src/auth/rate-limiter.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';

const NPS = {
  title: 'Votre avis compte',
  intro: 'Deux questions, trente secondes.',
  questions: [
    { kind: 'nps', label: 'Recommanderiez-vous la Boulangerie Martin à un proche ?' },
    { kind: 'text', label: 'Qu’est-ce qui vous ferait changer de note ?' },
  ],
};

describeEachBackend('surveys: NPS and questionnaires answered on the public page', (database) => {
  const setUp = async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(
      client,
      { cookie: owner.cookie },
      { firstName: 'Chloé', email: 'chloe.durand@example.org' },
    );
    const created = await client.request('POST', '/api/v1/surveys', {
      cookie: owner.cookie,
      body: NPS,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const survey = created.body;
    const token = new URL(survey.publicUrl).pathname.split('/').at(-1)!;
    const answer = (body: Record<string, unknown>) =>
      client.request('POST', `/api/v1/public/surveys/${token}/answers`, { body });
    return { client, owner, customer, survey, token, answer };
  };

  it('a detractor answers from their personal link once; the results and the follow-up list show it', async () => {
    const { client, owner, customer, survey, token, answer } = await setUp();
    expect(survey).toMatchObject({ status: 'open', responses: 0 });
    expect(survey.questions.map((q: { id: string; kind: string }) => `${q.id}:${q.kind}`)).toEqual([
      'q1:nps',
      'q2:text',
    ]);
    const link = await client.request(
      'GET',
      `/api/v1/surveys/${survey.id}/link?customerId=${customer.id}`,
      { cookie: owner.cookie },
    );
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const invite = new URL(link.body.url).searchParams.get('invite')!;
    expect(link.body.url).toContain(`/s/${token}?invite=`);

    const page = await client.request(
      'GET',
      `/api/v1/public/surveys/${token}?invite=${encodeURIComponent(invite)}`,
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      survey: { title: 'Votre avis compte', open: true },
      respondent: { firstName: 'Chloé', alreadyAnswered: false },
    });
    // The public page names no one else and carries no ids or contacts.
    expect(JSON.stringify(page.body)).not.toContain(customer.id);
    expect(JSON.stringify(page.body)).not.toContain('chloe.durand');

    const first = await answer({ invite, answers: { q1: 3, q2: 'Pain rassis deux fois' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toEqual({ firstName: 'Chloé' });
    // Once per customer and survey, whatever the way in: the first answer stands.
    const again = await answer({ invite, answers: { q1: 10 } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('survey_already_answered');
    const byEmail = await answer({ email: 'Chloe.Durand@example.org', answers: { q1: 10 } });
    expect(byEmail.body.code).toBe('survey_already_answered');
    const reread = await client.request(
      'GET',
      `/api/v1/public/surveys/${token}?invite=${encodeURIComponent(invite)}`,
    );
    expect(reread.body.respondent.alreadyAnswered).toBe(true);

    const results = await client.request('GET', `/api/v1/surveys/${survey.id}`, {
      cookie: owner.cookie,
    });
    expect(results.status).toBe(200);
    expect(results.body.responses).toBe(1);
    expect(results.body.results[0]).toMatchObject({
      kind: 'nps',
      answered: 1,
      nps: { score: -100, detractors: 1, promoters: 0 },
    });
    expect(results.body.results[0].nps.distribution[3]).toBe(1);
    expect(results.body.results[1].comments).toMatchObject([
      { text: 'Pain rassis deux fois', firstName: 'Chloé', npsScore: 3, customerId: customer.id },
    ]);

    const list = await client.request('GET', '/api/v1/follow-up', { cookie: owner.cookie });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      reason: 'detractor',
      status: 'open',
      customer: { id: customer.id, firstName: 'Chloé' },
      details: { surveyId: survey.id, score: 3, comment: 'Pain rassis deux fois' },
    });
  });

  it('a promoter creates no follow-up; a customer found by the phone they type can answer', async () => {
    const { client, owner, answer } = await setUp();
    await buildCustomer(
      client,
      { cookie: owner.cookie },
      { firstName: 'Hugo', phone: '06 39 98 12 34' },
    );
    const r = await answer({ phone: '+33 6 39 98 12 34', answers: { q1: 9 } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.firstName).toBe('Hugo');
    const list = await client.request('GET', '/api/v1/follow-up', { cookie: owner.cookie });
    expect(list.body.items).toEqual([]);
  });

  it('refuses in the person’s terms: unknown contact, bad answers, a forged link, a closed survey', async () => {
    const { client, owner, customer, survey, answer } = await setUp();
    const unknown = await answer({ email: 'personne@example.org', answers: { q1: 5 } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('survey_respondent_unknown');
    const nobody = await answer({ answers: { q1: 5 } });
    expect(nobody.status).toBe(422);
    expect(nobody.body.errors[0]).toMatchObject({ field: 'email', code: 'required' });
    const bad = await answer({ email: 'chloe.durand@example.org', answers: { q1: 12, q7: 'x' } });
    expect(bad.status).toBe(422);
    expect(
      bad.body.errors.map((f: { field: string; code: string }) => `${f.field}:${f.code}`),
    ).toEqual(['answers.q7:unknown_question', 'answers.q1:out_of_range']);
    const forged = await answer({ invite: `${customer.id}.${'A'.repeat(43)}`, answers: { q1: 9 } });
    expect(forged.status).toBe(404);
    const closed = await client.request('PATCH', `/api/v1/surveys/${survey.id}`, {
      cookie: owner.cookie,
      body: { status: 'closed' },
    });
    expect(closed.body).toMatchObject({ status: 'closed' });
    const late = await answer({ email: 'chloe.durand@example.org', answers: { q1: 9 } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('survey_closed');
    // Nothing was recorded by any of these.
    const results = await client.request('GET', `/api/v1/surveys/${survey.id}`, {
      cookie: owner.cookie,
    });
    expect(results.body.responses).toBe(0);
  });

  it('a questionnaire before launch: choices counted, a second NPS question refused', async () => {
    const { client, owner } = await setUp();
    const twoNps = await client.request('POST', '/api/v1/surveys', {
      cookie: owner.cookie,
      body: { title: 'x', questions: [NPS.questions[0], NPS.questions[0]] },
    });
    expect(twoNps.status).toBe(422);
    expect(twoNps.body.errors[0]).toMatchObject({ field: 'questions.1', code: 'one_nps_only' });
    const created = await client.request('POST', '/api/v1/surveys', {
      cookie: owner.cookie,
      body: {
        title: 'Quelles récompenses aimeriez-vous ?',
        questions: [
          {
            kind: 'choice',
            label: 'Ce qui vous ferait plaisir',
            options: ['Un café offert', 'Une remise de 10 %', 'Un cadeau d’anniversaire'],
            multiple: true,
          },
          { kind: 'scale', label: 'Votre intérêt pour une carte', min: 1, max: 5 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const token = new URL(created.body.publicUrl).pathname.split('/').at(-1)!;
    const r = await client.request('POST', `/api/v1/public/surveys/${token}/answers`, {
      body: {
        email: 'chloe.durand@example.org',
        answers: { q1: ['Un cadeau d’anniversaire', 'Un café offert'], q2: 4 },
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const results = await client.request('GET', `/api/v1/surveys/${created.body.id}`, {
      cookie: owner.cookie,
    });
    expect(results.body.results[0].counts).toEqual([
      { option: 'Un café offert', count: 1 },
      { option: 'Une remise de 10 %', count: 0 },
      { option: 'Un cadeau d’anniversaire', count: 1 },
    ]);
    expect(results.body.results[1]).toMatchObject({ kind: 'scale', mean: 4 });
    const list = await client.request('GET', '/api/v1/surveys', { cookie: owner.cookie });
    expect(list.body.items.map((s: { responses: number }) => s.responses)).toEqual([1, 0]);
  });

  it('surveys are for owners and managers: staff are refused', async () => {
    const { client, owner, survey } = await setUp();
    const staff = await signInStaff(client, owner);
    for (const [method, path] of [
      ['GET', '/api/v1/surveys'],
      ['GET', `/api/v1/surveys/${survey.id}`],
    ] as const) {
      const r = await client.request(method, path, { cookie: staff.cookie });
      expect(r.status, `${method} ${path}`).toBe(403);
    }
    const create = await client.request('POST', '/api/v1/surveys', {
      cookie: staff.cookie,
      body: NPS,
    });
    expect(create.status).toBe(403);
  });
  it('the customer’s export holds their answers and follow-ups; erasure removes what they wrote, the marks stay', async () => {
    const { client, owner, customer, survey, answer } = await setUp();
    const first = await answer({
      email: 'chloe.durand@example.org',
      answers: { q1: 2, q2: 'Chloé Durand trouve le pain trop cuit' },
    });
    expect(first.status).toBe(201);
    const list = await client.request('GET', '/api/v1/follow-up', { cookie: owner.cookie });
    const done = await client.request('POST', `/api/v1/follow-up/${list.body.items[0].id}/done`, {
      cookie: owner.cookie,
      body: { kind: 'call', outcome: 'Chloé rassurée' },
    });
    expect(done.status).toBe(200);
    const exported = await client.request('GET', `/api/v1/customers/${customer.id}/export`, {
      cookie: owner.cookie,
    });
    expect(exported.status).toBe(200);
    expect(exported.body.surveyAnswers).toMatchObject([
      {
        surveyId: survey.id,
        surveyTitle: 'Votre avis compte',
        npsScore: 2,
        channel: 'contact',
        answers: { q1: 2, q2: 'Chloé Durand trouve le pain trop cuit' },
      },
    ]);
    expect(exported.body.followUps).toMatchObject([
      { reason: 'detractor', status: 'done', outcome: 'Chloé rassurée' },
    ]);

    const erased = await client.request('POST', `/api/v1/customers/${customer.id}/erase`, {
      cookie: owner.cookie,
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const results = await client.request('GET', `/api/v1/surveys/${survey.id}`, {
      cookie: owner.cookie,
    });
    expect(results.body.results[0].nps).toMatchObject({ responses: 1, detractors: 1 });
    expect(results.body.results[1].comments).toEqual([]);
    const after = await client.request('GET', '/api/v1/follow-up', { cookie: owner.cookie });
    expect(JSON.stringify(after.body)).not.toContain('Chloé');
    expect(JSON.stringify(after.body)).not.toContain('pain trop cuit');
  });
  it('guessing is slowed down: unknown tokens, forged invitations and typed contacts count per address', async () => {
    const client = testClient(
      testServices(database(), {
        cardLimiter: new RateLimiter(3, 60_000),
        config: {
          publicUrl: 'http://habitue.test',
          sessionTtlHours: 24,
          cookieSecure: false,
          trustProxy: 1,
        },
      }),
    );
    const owner = await signUpOwner(client);
    const created = await client.request('POST', '/api/v1/surveys', {
      cookie: owner.cookie,
      body: NPS,
    });
    const token = new URL(created.body.publicUrl).pathname.split('/').at(-1)!;
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const page = `/api/v1/public/surveys/${token}`;
    // Reading the real page is not a guess.
    for (let i = 0; i < 4; i++)
      expect((await client.request('GET', page, from('203.0.113.9'))).status).toBe(200);
    const statuses = [
      (
        await client.request(
          'GET',
          '/api/v1/public/surveys/guessguessguessguess',
          from('203.0.113.9'),
        )
      ).status,
      (await client.request('GET', `${page}?invite=forged`, from('203.0.113.9'))).status,
      (
        await client.request('POST', `${page}/answers`, {
          ...from('203.0.113.9'),
          body: { email: 'quelquun@example.org', answers: { q1: 5 } },
        })
      ).status,
      (await client.request('GET', page, from('203.0.113.9'))).status,
    ];
    expect(statuses).toEqual([404, 200, 422, 429]);
    // Another address is not held back.
    expect((await client.request('GET', page, from('198.51.100.4'))).status).toBe(200);
  });
});
