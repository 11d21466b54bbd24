import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ExportTable } from '../../../use-cases/exports/columns.ts';
import { exportCustomers } from '../../../use-cases/exports/export-customers.ts';
import { exportLedger } from '../../../use-cases/exports/export-ledger.ts';
import { exportPurchases } from '../../../use-cases/exports/export-purchases.ts';
import type { AppEnv } from '../../types.ts';
import { CustomerValueQuery } from '../analytics/customer-values.schemas.ts';
import { SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { TABLE_FILE_CONTENT, tableFileResponse } from '../table-file.ts';

const FileQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv').openapi({
    description: '`csv`: for a spreadsheet (see `locale`); `xlsx`: real number and date cells',
  }),
  locale: z.enum(['fr', 'en']).default('fr').openapi({
    description:
      '`fr` (default): `;`, decimal comma, JJ/MM/AAAA, French headers; `en`: `,` and `.`, YYYY-MM-DD',
  }),
});

const CustomerFileQuery = FileQuery.extend(
  CustomerValueQuery.pick({ segment: true, tag: true, query: true, sort: true, order: true }).shape,
);

function fileRoute<Q extends z.ZodObject>(what: string, path: string, query: Q) {
  return createRoute({
    method: 'get',
    path,
    tags: ['Exports'],
    summary: `Export ${what} as CSV or XLSX, streamed`,
    security: SECURITY,
    request: { query },
    responses: {
      200: {
        description: `The file, one row per ${what.replace(/s$/, '')}`,
        content: TABLE_FILE_CONTENT,
      },
      ...STANDARD_ERRORS,
    },
  });
}

/** The file as the response: a download named after the table and the day. */
function send(table: ExportTable, query: z.infer<typeof FileQuery>, now: Date) {
  const day = now.toISOString().slice(0, 10);
  return tableFileResponse(table, query.format, query.locale, `${table.name}-${day}`);
}

/** Exports hold personal data: `data:export` (owners and managers, keys given the scope). */
export function registerExportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(fileRoute('customers', '/api/v1/exports/customers', CustomerFileQuery), async (c) => {
    const { format, locale, ...filters } = c.req.valid('query');
    const scope = merchantScope(c);
    const table = await exportCustomers(scope, filters, locale);
    return send(table, { format, locale }, scope.now) as never;
  });
  app.openapi(fileRoute('purchases', '/api/v1/exports/purchases', FileQuery), async (c) => {
    const query = c.req.valid('query');
    const scope = merchantScope(c);
    return send(await exportPurchases(scope), query, scope.now) as never;
  });
  app.openapi(fileRoute('ledger entries', '/api/v1/exports/ledger', FileQuery), async (c) => {
    const query = c.req.valid('query');
    const scope = merchantScope(c);
    return send(await exportLedger(scope, query.locale), query, scope.now) as never;
  });
}
