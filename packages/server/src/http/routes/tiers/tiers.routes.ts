import type { TierLadder } from '@habitue/loyalty';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { getTierLadder } from '../../../use-cases/tiers/get-tier-ladder.ts';
import { removeTierLadder } from '../../../use-cases/tiers/remove-tier-ladder.ts';
import { saveTierLadder } from '../../../use-cases/tiers/save-tier-ladder.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { TierLadderBody, TierLadderResult } from './tiers.schemas.ts';

const PATH = '/api/v1/tier-ladder';

const get = jsonRoute({
  method: 'get',
  path: PATH,
  tags: ['Programs'],
  summary: "The shop's tier ladder (Bronze → Argent → Or), or nulls when it has none",
  responseSchema: TierLadderResult,
  responseDescription: 'The ladder',
});

const put = jsonRoute({
  method: 'put',
  path: PATH,
  tags: ['Programs'],
  summary: 'Set the tier ladder: 2–5 levels, criteria any-of (spend, visits, seniority), benefits',
  description:
    'A new version each time. Levels are computed from purchases net of refunds, never from ' +
    'the points balance. Refused with 422 `invalid_tier_ladder`, the setting at fault in ' +
    '`errors[].field` (e.g. `levels.2.criteria.spendCents`) and why in `errors[].code` ' +
    '(`not_increasing`, `lowest_has_criteria`, `benefit_decreases`, …).',
  request: jsonBody(TierLadderBody),
  responseSchema: TierLadderResult,
  responseDescription: 'Saved',
});

const remove = jsonRoute({
  method: 'delete',
  path: PATH,
  tags: ['Programs'],
  summary: 'Stop tiers: cards show no level and points are earned at ×1',
  responseSchema: TierLadderResult,
  responseDescription: 'Removed',
});

export function registerTierRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const result = await getTierLadder(merchantScope(c));
    return c.json(result as z.infer<typeof TierLadderResult>, 200);
  });
  app.openapi(put, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await saveTierLadder(tx, scope, body as TierLadder),
    })) as never;
  });
  app.openapi(remove, async (c) => {
    const scope = merchantScope(c);
    return runWrite(c, scope, {}, async (tx) => ({
      status: 200,
      body: await removeTierLadder(tx, scope),
    })) as never;
  });
}
