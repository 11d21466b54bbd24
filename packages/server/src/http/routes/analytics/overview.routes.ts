import type { OpenAPIHono } from '@hono/zod-openapi';
import { getAnalyticsOverview } from '../../../use-cases/analytics/get-analytics-overview.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { Overview, OverviewQuery } from './overview.schemas.ts';

const overview = jsonRoute({
  method: 'get',
  path: '/api/v1/analytics/overview',
  tags: ['Analytics'],
  summary:
    "The owner's dashboard: retention, frequency, basket, CLV, revenue trend, RFM, Pareto, customers slipping away",
  request: { query: OverviewQuery },
  responseSchema: Overview,
  responseDescription: 'Every figure with its inputs and the key of its explanation',
});

export function registerOverviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(overview, async (c) => {
    const figures = await getAnalyticsOverview(merchantScope(c), c.req.valid('query'));
    return c.json(figures, 200);
  });
}
