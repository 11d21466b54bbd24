import type { OpenAPIHono } from '@hono/zod-openapi';
import { getB2bThresholds } from '../../../use-cases/b2b-thresholds/get-b2b-thresholds.ts';
import { saveB2bThresholds } from '../../../use-cases/b2b-thresholds/save-b2b-thresholds.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { B2bThresholdsSchema } from './b2b-thresholds.schemas.ts';

const PATH = '/api/v1/b2b-thresholds';

const get = jsonRoute({
  method: 'get',
  path: PATH,
  tags: ['Programs'],
  summary: 'The volume discount for business accounts: steps and counted period',
  responseSchema: B2bThresholdsSchema,
  responseDescription: 'The steps (empty when the shop has none)',
});

const put = jsonRoute({
  method: 'put',
  path: PATH,
  tags: ['Programs'],
  summary: 'Set the volume discount for business accounts',
  description:
    "A contact of a business account gets the highest step its account's spend (all its " +
    'contacts, net of refunds, over `periodMonths` up to the purchase) has reached, in the ' +
    "till's quote (`kind: b2b_threshold`, labelled with the account's name). Steps that do not " +
    'climb are refused with 422 `validation_failed`, the step in `errors[].field` and why in ' +
    '`errors[].code` (`threshold_not_increasing`, `percent_not_increasing`).',
  request: jsonBody(B2bThresholdsSchema),
  responseSchema: B2bThresholdsSchema,
  responseDescription: 'Saved',
});

export function registerB2bThresholdRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const { periodMonths, steps } = await getB2bThresholds(merchantScope(c));
    return c.json({ periodMonths, steps: [...steps] }, 200);
  });
  app.openapi(put, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await saveB2bThresholds(tx, scope, body),
    })) as never;
  });
}
