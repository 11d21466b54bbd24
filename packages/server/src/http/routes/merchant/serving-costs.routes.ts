import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getServingCostSettings,
  setServingCostSettings,
} from '../../../use-cases/interactions/serving-cost-settings.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const ServingCostSettings = z
  .object({
    hourlyCostCents: z.number().int().min(0).max(100_000).nullable().openapi({
      description: "What an hour of the team's time costs the shop, wages and charges included",
    }),
    financingRateBp: z.number().int().min(0).max(10_000).nullable().openapi({
      description: 'What money waiting costs the shop per year, in basis points (800 = 8 %)',
    }),
  })
  .openapi('ServingCostSettings');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/serving-cost-settings',
  tags: ['Business'],
  summary: 'The rates that value the cost of serving customers (null: not given yet)',
  responseSchema: ServingCostSettings,
  responseDescription: 'Settings',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/serving-cost-settings',
  tags: ['Business'],
  summary: 'Set the hourly cost and the financing rate (owner only)',
  request: jsonBody(ServingCostSettings),
  responseSchema: ServingCostSettings,
  responseDescription: 'Saved',
});

export function registerServingCostRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(await getServingCostSettings(merchantScope(c)), 200));
  app.openapi(put, async (c) =>
    c.json(await setServingCostSettings(merchantScope(c), c.req.valid('json')), 200),
  );
}
