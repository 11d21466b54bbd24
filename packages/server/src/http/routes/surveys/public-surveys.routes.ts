import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { answerSurvey, type Respondent } from '../../../use-cases/surveys/answer-survey.ts';
import { describePublicSurvey } from '../../../use-cases/surveys/describe-public-survey.ts';
import type { PublicSurveyDeps } from '../../../use-cases/surveys/public-survey.ts';
import type { AppEnv } from '../../types.ts';
import { clientAddress } from '../client-address.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { PublicSurvey, SurveyAnswer } from './surveys.schemas.ts';

/** A survey's public token: random, base64url. */
const TokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .openapi({ param: { name: 'token', in: 'path' }, example: 'q3V9dEw0xk2m1cYzT8bN4aLr' }),
});

const page = jsonRoute({
  method: 'get',
  path: '/api/v1/public/surveys/{token}',
  tags: ['Public'],
  summary: 'The public survey page: shop, questions, and with an invitation the first name',
  description:
    "Unknown tokens and invitations count against the caller's address; past the limit every look-up from that address is 429 `rate_limited`.",
  request: { params: TokenParams, query: z.object({ invite: z.string().max(200).optional() }) },
  public: true,
  responseSchema: PublicSurvey,
  responseDescription: 'What the survey page shows',
});

const answer = jsonRoute({
  method: 'post',
  path: '/api/v1/public/surveys/{token}/answers',
  tags: ['Public'],
  summary: 'A customer answers a survey (once: a second answer is 409 survey_already_answered)',
  description:
    'The customer is named by a personal invitation (`invite`), their card (`cardToken`) or the email or phone of their card. A 0–6 NPS answer puts them on the follow-up list.',
  request: { params: TokenParams, ...jsonBody(SurveyAnswer) },
  public: true,
  status: 201,
  responseSchema: z.object({ firstName: z.string().nullable() }),
  responseDescription: 'Answer recorded',
});

function deps(c: Context<AppEnv>): PublicSurveyDeps {
  const { db, now, cardLimiter } = c.get('services');
  const at = now();
  return {
    db,
    now: at,
    guard: { db, limiter: cardLimiter, key: `survey:${clientAddress(c)}`, nowMs: at.getTime() },
  };
}

export function registerPublicSurveyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(page, async (c) => {
    const view = await describePublicSurvey(
      deps(c),
      c.req.valid('param').token,
      c.req.valid('query').invite,
    );
    c.header('cache-control', 'no-store');
    return c.json(view, 200);
  });
  app.openapi(answer, async (c) => {
    const { invite, cardToken, email, phone, answers } = c.req.valid('json');
    const respondent: Respondent = invite
      ? { invite }
      : cardToken
        ? { cardToken }
        : { email, phone };
    const result = await answerSurvey(deps(c), c.req.valid('param').token, respondent, answers);
    return c.json(result, 201);
  });
}
