import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { getActionEvaluation } from '../../../use-cases/reports/evaluate-actions.ts';
import { getMonthlyReport } from '../../../use-cases/reports/get-monthly-report.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  EvaluationQuery,
  EvaluationResult,
  MonthlyReportQuery,
  MonthlyReportResult,
} from './reports.schemas.ts';

const tags = ['Reports'];

const evaluation = jsonRoute({
  method: 'get',
  path: '/api/v1/analytics/action-evaluation',
  tags,
  summary:
    'New, loyal and referred customers and revenue per customer, month by month (docs/analytics/action-evaluation.md)',
  request: { query: EvaluationQuery },
  responseSchema: EvaluationResult,
  responseDescription: 'The months, oldest first',
});

const monthlyReport = jsonRoute({
  method: 'get',
  path: '/api/v1/reports/monthly',
  tags,
  summary:
    'The monthly report: the month’s figures against the month before, the goals, the follow-up list',
  request: { query: MonthlyReportQuery },
  responseSchema: MonthlyReportResult,
  responseDescription: 'The report',
});

export function registerReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(evaluation, async (c) => {
    const result = await getActionEvaluation(merchantScope(c), c.req.valid('query'));
    return c.json(result as z.infer<typeof EvaluationResult>, 200);
  });
  app.openapi(monthlyReport, async (c) => {
    const result = await getMonthlyReport(merchantScope(c), c.req.valid('query'));
    return c.json(result as z.infer<typeof MonthlyReportResult>, 200);
  });
}
