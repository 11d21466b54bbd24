import { ADJUSTMENT_SANITY_CAP } from '@habitue/loyalty';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AdjustmentPolicies } from '../../../use-cases/balances/adjustment-policy.ts';
import { getAdjustmentPolicy } from '../../../use-cases/balances/get-adjustment-policy.ts';
import { setAdjustmentPolicy } from '../../../use-cases/balances/set-adjustment-policy.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const rewards = z.number().int().min(0).max(ADJUSTMENT_SANITY_CAP);

const RoleLimit = z
  .object({
    perAdjustment: rewards.openapi({
      description:
        "Rewards' worth per adjustment: one card's stamps, or the cheapest reward's points",
    }),
    perDay: rewards.openapi({
      description: "Rewards' worth one customer may receive by hand from this role in 24 hours",
    }),
  })
  .openapi('AdjustmentLimit');

const Policy = z.object({ staff: RoleLimit, apiKeys: RoleLimit }).openapi('AdjustmentPolicy', {
  description: `Owners and managers are limited only by the sanity cap: ${ADJUSTMENT_SANITY_CAP} rewards' worth per adjustment`,
});

const PolicyInForce = Policy.extend({
  sanityCap: z.number().int().openapi({
    description:
      "The most any limit (and any owner's or manager's adjustment) may be, in rewards' worth",
  }),
}).openapi('AdjustmentPolicyInForce');

const present = (p: AdjustmentPolicies) => ({
  staff: p.staff,
  apiKeys: p.integration,
  sanityCap: ADJUSTMENT_SANITY_CAP,
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/adjustment-policy',
  tags: ['Counter'],
  summary: 'What cashiers and API keys may adjust by hand, in rewards’ worth',
  responseSchema: PolicyInForce,
  responseDescription: 'The limits in force',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/adjustment-policy',
  tags: ['Counter'],
  summary: 'Set what cashiers and API keys may adjust by hand (owner only)',
  request: jsonBody(Policy),
  responseSchema: PolicyInForce,
  responseDescription: 'The limits now in force',
});

export function registerAdjustmentPolicyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(present(await getAdjustmentPolicy(merchantScope(c))), 200));
  app.openapi(put, async (c) => {
    const { staff, apiKeys } = c.req.valid('json');
    const saved = await setAdjustmentPolicy(merchantScope(c), { staff, integration: apiKeys });
    return c.json(present(saved), 200);
  });
}
