import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getCrossSellSuggestions } from '../../../use-cases/cross-sell/get-cross-sell-suggestions.ts';
import { listCrossSellRules } from '../../../use-cases/cross-sell/list-cross-sell-rules.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const TAGS = ['Cross-sell'];

const measures = {
  customers: z.number().int().openapi({ description: 'Customers behind the rule' }),
  confidence: z
    .number()
    .openapi({ description: 'Share of the antecedent’s buyers who then bought it' }),
  lift: z.number().openapi({
    description: 'Confidence ÷ the share of all customers who bought it; > 1: more than chance',
  }),
};

const suggestions = jsonRoute({
  method: 'get',
  path: '/api/v1/cross-sell/customers/{id}',
  tags: TAGS,
  summary: '"À proposer": what customers who bought what this customer bought usually buy next',
  request: { params: IdParams },
  responseSchema: z
    .object({
      items: z.array(
        z.object({
          item: z.string(),
          name: z.string(),
          because: z.string(),
          becauseName: z.string(),
          ...measures,
        }),
      ),
    })
    .openapi('CrossSellSuggestions'),
  responseDescription: 'Up to three items to offer',
});

const rules = jsonRoute({
  method: 'get',
  path: '/api/v1/cross-sell/rules',
  tags: TAGS,
  summary: 'The shop’s strongest "bought A, then B" rules, from the items on its receipts',
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(200)
        .default(50)
        .openapi({ param: { name: 'limit', in: 'query' } }),
    }),
  },
  responseSchema: z
    .object({
      customersWithItems: z.number().int(),
      rules: z.array(
        z.object({
          antecedent: z.string(),
          antecedentName: z.string(),
          consequent: z.string(),
          consequentName: z.string(),
          support: z.number(),
          ...measures,
        }),
      ),
    })
    .openapi('CrossSellRules'),
  responseDescription: 'Rules, strongest first',
});

export function registerCrossSellRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(suggestions, async (c) =>
    c.json(await getCrossSellSuggestions(merchantScope(c), c.req.valid('param').id), 200),
  );
  app.openapi(rules, async (c) =>
    c.json(await listCrossSellRules(merchantScope(c), c.req.valid('query')), 200),
  );
}
