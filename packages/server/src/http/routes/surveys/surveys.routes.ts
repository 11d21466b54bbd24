import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { SurveyRow } from '../../../repositories/surveys.ts';
import { changeSurvey } from '../../../use-cases/surveys/change-survey.ts';
import { createSurvey } from '../../../use-cases/surveys/create-survey.ts';
import { getSurveyResults } from '../../../use-cases/surveys/get-survey-results.ts';
import { listSurveys } from '../../../use-cases/surveys/list-surveys.ts';
import { getSurveyLink } from '../../../use-cases/surveys/survey-link.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { Survey, SurveyChanges, SurveyInput, SurveyWithResults } from './surveys.schemas.ts';

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/surveys',
  tags: ['Surveys'],
  summary: "The shop's surveys, newest first, with how many answered",
  responseSchema: z.object({ items: z.array(Survey) }),
  responseDescription: 'Surveys',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/surveys',
  tags: ['Surveys'],
  summary: 'Create an NPS survey or a short questionnaire (open at once)',
  request: jsonBody(SurveyInput),
  status: 201,
  responseSchema: Survey,
  responseDescription: 'Created',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/surveys/{id}',
  tags: ['Surveys'],
  summary: 'A survey with its results: NPS, distributions, option counts, comments',
  request: { params: IdParams },
  responseSchema: SurveyWithResults,
  responseDescription: 'The survey and its results',
});

const change = jsonRoute({
  method: 'patch',
  path: '/api/v1/surveys/{id}',
  tags: ['Surveys'],
  summary: 'Rename, reword the introduction, close or reopen a survey',
  request: { params: IdParams, ...jsonBody(SurveyChanges) },
  responseSchema: Survey,
  responseDescription: 'Changed',
});

const link = jsonRoute({
  method: 'get',
  path: '/api/v1/surveys/{id}/link',
  tags: ['Surveys'],
  summary: "A customer's personal link to the survey (to send them), or 404",
  request: { params: IdParams, query: z.object({ customerId: Uuid }) },
  responseSchema: z.object({ url: z.string() }),
  responseDescription: 'The personal link',
});

function present(row: SurveyRow, responses: number, publicUrl: string) {
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    status: row.status,
    questions: row.questions,
    publicUrl: `${publicUrl}/s/${row.public_token}`,
    responses,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { publicUrl } = c.get('services').config;
    const rows = await listSurveys(merchantScope(c));
    return c.json({ items: rows.map((r) => present(r, r.responses ?? 0, publicUrl)) }, 200);
  });
  app.openapi(create, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    const { publicUrl } = c.get('services').config;
    return runWrite(c, scope, input, async (tx) => ({
      status: 201,
      body: present(await createSurvey(tx, scope, input), 0, publicUrl),
    })) as never;
  });
  app.openapi(get, async (c) => {
    const { publicUrl } = c.get('services').config;
    const { survey, responses, results } = await getSurveyResults(
      merchantScope(c),
      c.req.valid('param').id,
    );
    return c.json({ ...present(survey, responses, publicUrl), results }, 200);
  });
  app.openapi(change, async (c) => {
    const scope = merchantScope(c);
    const id = c.req.valid('param').id;
    const changes = c.req.valid('json');
    const { publicUrl } = c.get('services').config;
    return runWrite(c, scope, { id, ...changes }, async (tx) => {
      const { survey, responses } = await changeSurvey(tx, scope, id, changes);
      return { status: 200, body: present(survey, responses, publicUrl) };
    }) as never;
  });
  app.openapi(link, async (c) => {
    const scope = merchantScope(c);
    const { publicUrl } = c.get('services').config;
    const url = await getSurveyLink(
      scope,
      publicUrl,
      c.req.valid('param').id,
      c.req.valid('query').customerId,
    );
    return c.json({ url }, 200);
  });
}
