import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { changeImportMapping } from '../../../use-cases/imports/change-import-mapping.ts';
import { discardImport } from '../../../use-cases/imports/discard-import.ts';
import { dryRunImport } from '../../../use-cases/imports/dry-run-import.ts';
import { getImport } from '../../../use-cases/imports/get-import.ts';
import { getImportMapping } from '../../../use-cases/imports/get-import-mapping.ts';
import { importReportCsv } from '../../../use-cases/imports/import-report-csv.ts';
import { listImports } from '../../../use-cases/imports/list-imports.ts';
import { previewImport } from '../../../use-cases/imports/preview-import.ts';
import { startImport } from '../../../use-cases/imports/start-import.ts';
import { uploadImport } from '../../../use-cases/imports/upload-import.ts';
import { IMPORT_MAX_BYTES } from '../../../use-cases/imports/upload-limits.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  ImportMappingSchema,
  ImportReportSchema,
  ImportSchema,
  MappingBody,
  PreviewSchema,
  presentImport,
  presentPreview,
  UploadBody,
} from './imports.schemas.ts';

const tags = ['Imports'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/imports',
  tags,
  summary: 'The latest imports of customers and purchase history, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }) },
  responseSchema: z.object({
    items: z.array(ImportSchema),
    maxFileBytes: z.number().int().openapi({ description: 'The largest file an upload takes' }),
  }),
  responseDescription: 'Imports, newest first, and the upload limit',
});

const upload = jsonRoute({
  method: 'post',
  path: '/api/v1/imports',
  tags,
  summary:
    'Upload a CSV/XLSX file of customers and purchases (kept until it is imported); ' +
    '413 `import_file_too_large` past the limit, 422 `import_file_unreadable` with its `reason`',
  request: jsonBody(UploadBody),
  status: 201,
  responseSchema: ImportSchema,
  responseDescription: 'Uploaded; next: its mapping',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/imports/{id}',
  tags,
  summary: 'One import: its state, the step being written while it runs, and its report',
  request: { params: IdParams },
  responseSchema: ImportSchema,
  responseDescription: 'The import',
});

const mapping = jsonRoute({
  method: 'get',
  path: '/api/v1/imports/{id}/mapping',
  tags,
  summary: "The file's columns with sample values and the field each one is given (guessed)",
  request: { params: IdParams },
  responseSchema: ImportMappingSchema,
  responseDescription: 'Columns, fields to choose from, and what prevents the import',
});

const changeMapping = jsonRoute({
  method: 'put',
  path: '/api/v1/imports/{id}/mapping',
  tags,
  summary:
    "Choose a column's field (null: leave it out), or the header's row; other columns are guessed",
  request: { params: IdParams, ...jsonBody(MappingBody) },
  responseSchema: ImportMappingSchema,
  responseDescription: 'The mapping as it now stands',
});

const preview = jsonRoute({
  method: 'get',
  path: '/api/v1/imports/{id}/preview',
  tags,
  summary: 'The first 20 rows as they will be stored, with their problems',
  request: { params: IdParams },
  responseSchema: PreviewSchema,
  responseDescription: 'Rows typed by the mapping',
});

const dryRun = jsonRoute({
  method: 'post',
  path: '/api/v1/imports/{id}/dry-run',
  tags,
  summary: 'Do the whole import and roll it back: what it would add, every row left out and why',
  request: { params: IdParams },
  responseSchema: ImportReportSchema,
  responseDescription: 'The report (also as CSV: GET …/report)',
});

const report = createRoute({
  method: 'get',
  path: '/api/v1/imports/{id}/report',
  tags,
  summary: 'The rows the last dry run or import left out, as CSV (fr: `;` and BOM; en: `,`)',
  security: SECURITY,
  request: {
    params: IdParams,
    query: z.object({ locale: z.enum(['fr', 'en']).default('fr') }),
  },
  responses: {
    200: {
      description: 'One row per problem',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...STANDARD_ERRORS,
  },
});

const run = jsonRoute({
  method: 'post',
  path: '/api/v1/imports/{id}/run',
  tags,
  summary:
    'Import in the background (job runner); follow it with GET /api/v1/imports/{id}. ' +
    'With row problems, nothing is written unless `validRowsOnly`',
  request: {
    params: IdParams,
    ...jsonBody(z.object({ validRowsOnly: z.boolean().default(false) })),
  },
  status: 202,
  responseSchema: ImportSchema,
  responseDescription: 'Queued',
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/imports/{id}',
  tags,
  summary: 'Forget an upload and its file (what was imported stays)',
  security: SECURITY,
  request: { params: IdParams },
  responses: { 204: { description: 'Forgotten' }, ...STANDARD_ERRORS },
});

export function registerImportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listImports(merchantScope(c), c.req.valid('query').limit);
    const items = rows.map((upload) => presentImport({ upload, jobStatus: null }));
    return c.json({ items, maxFileBytes: IMPORT_MAX_BYTES }, 200);
  });
  app.openapi(upload, async (c) => {
    const { fileName, content } = c.req.valid('json');
    const scope = merchantScope(c);
    const id = await uploadImport(scope, { fileName, bytes: Buffer.from(content, 'base64') });
    return c.json(presentImport(await getImport(scope, id)), 201);
  });
  app.openapi(get, async (c) => {
    return c.json(presentImport(await getImport(merchantScope(c), c.req.valid('param').id)), 200);
  });
  app.openapi(mapping, async (c) => {
    return c.json(await getImportMapping(merchantScope(c), c.req.valid('param').id), 200);
  });
  app.openapi(changeMapping, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(
      await changeImportMapping(merchantScope(c), id, {
        columns: body.columns,
        ...(body.headerRow === undefined ? {} : { headerRow: body.headerRow }),
      }),
      200,
    );
  });
  app.openapi(preview, async (c) => {
    const rows = await previewImport(merchantScope(c), c.req.valid('param').id);
    return c.json(presentPreview(rows), 200);
  });
  app.openapi(dryRun, async (c) => {
    return c.json(await dryRunImport(merchantScope(c), c.req.valid('param').id), 200);
  });
  app.openapi(report, async (c) => {
    const { id } = c.req.valid('param');
    const { fileName, csv } = await importReportCsv(
      merchantScope(c),
      id,
      c.req.valid('query').locale,
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
    });
  });
  app.openapi(run, async (c) => {
    const { id } = c.req.valid('param');
    const scope = merchantScope(c);
    await startImport(scope, id, c.req.valid('json'));
    return c.json(presentImport(await getImport(scope, id)), 202);
  });
  app.openapi(remove, async (c) => {
    await discardImport(merchantScope(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
