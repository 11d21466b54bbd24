import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listCustomerSurveyAnswers } from '../../../use-cases/surveys/list-customer-survey-answers.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Answer = z.union([z.number(), z.string(), z.array(z.string())]);

const CustomerSurveyAnswer = z
  .object({
    id: z.string(),
    surveyId: z.string(),
    surveyTitle: z.string(),
    answeredAt: z.string(),
    channel: z.enum(['link', 'card', 'contact']).openapi({
      description: 'Where it was answered: the survey link, the card page, a personal invitation',
    }),
    npsScore: z.number().int().nullable(),
    npsCategory: z.enum(['promoter', 'passive', 'detractor']).nullable(),
    answers: z.array(
      z.object({
        questionId: z.string(),
        kind: z.enum(['nps', 'scale', 'choice', 'text']),
        label: z.string(),
        answer: Answer.nullable().openapi({ description: 'null: not answered (or erased text)' }),
      }),
    ),
  })
  .openapi('CustomerSurveyAnswer');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/survey-answers',
  tags: ['Surveys'],
  summary:
    "What a customer answered to the shop's surveys, newest first: NPS score and band, each question with its answer (those of customers merged into them included)",
  request: { params: IdParams },
  responseSchema: z.object({ items: z.array(CustomerSurveyAnswer) }),
  responseDescription: 'Answers',
});

export function registerCustomerSurveyAnswerRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json(
      { items: await listCustomerSurveyAnswers(merchantScope(c), c.req.valid('param').id) },
      200,
    ),
  );
}
