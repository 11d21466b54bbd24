import { PRIORITY_COMPONENTS } from '@habitue/analytics';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getPriorityList } from '../../../use-cases/priority/get-priority-list.ts';
import { getPriorityWeights } from '../../../use-cases/priority/get-priority-weights.ts';
import { setPriorityWeights } from '../../../use-cases/priority/set-priority-weights.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const tags = ['Priority list'];
const Component = z.enum(PRIORITY_COMPONENTS);
const Level = z.enum(['high', 'medium', 'low']);

const Weight = z.number().min(0).max(100);
const Weights = z
  .object({
    volume: Weight,
    growth: Weight,
    payment: Weight,
    profitability: Weight,
    relationship: Weight,
    disputes: Weight,
  })
  .openapi('PriorityWeights', {
    description: 'Relative weights of the components (they need not add up to 1)',
  });

const Entry = z
  .object({
    rank: z.number().int(),
    subject: z.object({
      type: z.enum(['customer', 'account']),
      id: z.string(),
      name: z.string(),
    }),
    score: z.number().openapi({ description: '0–100' }),
    highPotential: z.boolean().openapi({ description: 'The potential component in the top third' }),
    mainReason: z.object({ component: Component, level: Level }),
    components: z.array(
      z.object({
        component: Component,
        raw: z.number().openapi({
          description:
            'volume: cents over 12 months; growth: forecast ÷ volume; payment: share on time; profitability: (margin − cost of serving) ÷ spend; relationship: years; disputes: cents over 12 months',
        }),
        normalised: z.number(),
        weight: z.number(),
        points: z.number(),
        level: Level,
      }),
    ),
  })
  .openapi('PriorityEntry');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/priority-list',
  tags,
  summary: 'Customers and business accounts ranked by the priority score, with its reasons',
  request: {
    query: z.object({
      highPotential: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: '"true": only those of high potential (« fort potentiel »)' }),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responseSchema: z.object({
    asOf: z.string(),
    weights: Weights,
    total: z.number().int().openapi({ description: 'How many are ranked, before the filter' }),
    items: z.array(Entry),
  }),
  responseDescription: 'The priority list',
});

const readWeights = jsonRoute({
  method: 'get',
  path: '/api/v1/priority-weights',
  tags,
  summary: "The shop's weights for the priority list",
  responseSchema: Weights,
  responseDescription: 'Weights',
});

const writeWeights = jsonRoute({
  method: 'put',
  path: '/api/v1/priority-weights',
  tags,
  summary: 'Move the weights of the priority list (null: back to the defaults)',
  request: jsonBody(z.object({ weights: z.union([Weights, z.null()]) })),
  responseSchema: Weights,
  responseDescription: 'The weights now in force',
});

const levelOf = (key: string) => key.split('.')[2] as 'high' | 'medium' | 'low';

export function registerPriorityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { highPotential, limit } = c.req.valid('query');
    const result = await getPriorityList(merchantScope(c), {
      highPotentialOnly: highPotential === 'true',
      limit,
    });
    return c.json(
      {
        ...result,
        items: result.items.map((e) => ({
          rank: e.rank,
          subject: e.subject,
          score: e.score,
          highPotential: e.highPotential,
          mainReason: {
            component: e.mainReasonKey.split('.')[1] as (typeof PRIORITY_COMPONENTS)[number],
            level: levelOf(e.mainReasonKey),
          },
          components: e.components.map((p) => ({
            component: p.component,
            raw: p.raw,
            normalised: p.normalised,
            weight: p.weight,
            points: p.points,
            level: levelOf(p.reasonKey),
          })),
        })),
      },
      200,
    );
  });
  app.openapi(readWeights, async (c) => c.json(await getPriorityWeights(merchantScope(c)), 200));
  app.openapi(writeWeights, async (c) => {
    const { weights } = c.req.valid('json');
    return c.json(await setPriorityWeights(merchantScope(c), weights), 200);
  });
}
