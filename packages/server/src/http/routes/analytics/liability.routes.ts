import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { liabilityTable } from '../../../use-cases/liability/liability-table.ts';
import { reportLiability } from '../../../use-cases/liability/report-liability.ts';
import type { AppEnv } from '../../types.ts';
import { SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { TABLE_FILE_CONTENT, tableFileResponse } from '../table-file.ts';

const Query = z.object({
  format: z.enum(['json', 'csv', 'xlsx']).default('json').openapi({
    description: '`json` (default), or a file: `csv` (see `locale`) or `xlsx`',
  }),
  locale: z.enum(['fr', 'en']).default('fr'),
});

const Month = z.object({
  month: z.string().openapi({ example: '2026-11' }),
  outstandingUnits: z.number(),
  openVouchers: z.number(),
  atCostCents: z.number(),
  useProbability: z.number(),
  voucherUseProbability: z.number(),
  provisionCents: z.number(),
  contractLiabilityCents: z.number(),
  trailingSalesCents: z.number(),
  trailingRewardCostCents: z.number(),
});

const Liability = z
  .object({
    asOf: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    months: z.array(z.string()),
    programs: z.array(
      z.object({
        programId: z.string(),
        name: z.object({ fr: z.string(), en: z.string() }),
        unit: z.enum(['stamps', 'points']),
        archived: z.boolean(),
        unitCostCents: z.number(),
        unitRetailCents: z.number(),
        months: z.array(Month),
      }),
    ),
    totals: z.array(
      z.object({
        month: z.string(),
        atCostCents: z.number(),
        provisionCents: z.number(),
        contractLiabilityCents: z.number(),
      }),
    ),
  })
  .openapi('Liability');

const liability = createRoute({
  method: 'get',
  path: '/api/v1/analytics/liability',
  tags: ['Analytics'],
  summary:
    'What the shop owes in stamps, points and vouchers, by month: at cost price, as the PCG provision and as the IFRS 15 contract liability',
  security: SECURITY,
  request: { query: Query },
  responses: {
    200: {
      description: 'The last 12 months, per program (docs/analytics/liability.md)',
      content: {
        'application/json': { schema: Liability },
        ...TABLE_FILE_CONTENT,
      },
    },
    ...STANDARD_ERRORS,
  },
});

export function registerLiabilityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(liability, async (c) => {
    const { format, locale } = c.req.valid('query');
    const scope = merchantScope(c);
    const report = await reportLiability(scope);
    if (format === 'json') {
      return c.json({ ...report, asOf: report.asOf.toISOString() }, 200);
    }
    const table = liabilityTable(report, locale);
    const day = scope.now.toISOString().slice(0, 10);
    return tableFileResponse(table, format, locale, `liability-${day}`) as never;
  });
}
