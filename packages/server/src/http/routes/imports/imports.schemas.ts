import {
  IMPORT_FIELDS,
  type ImportField,
  type PreviewRow,
  parseImportField,
} from '@habitue/import';
import { z } from '@hono/zod-openapi';
import type { ImportState } from '../../../use-cases/imports/get-import.ts';
import type { ImportMapping } from '../../../use-cases/imports/get-import-mapping.ts';
import { IMPORT_STEPS } from '../../../use-cases/imports/import-customers-and-purchases.ts';
import type { ImportReport } from '../../../use-cases/imports/import-report.ts';
import { IMPORT_MAX_BYTES } from '../../../use-cases/imports/upload-limits.ts';

const FIELD_DOC = `One of ${IMPORT_FIELDS.join(', ')}, or openingBalance:<programId>`;
const Field = z.string().max(80).openapi({ example: 'customerRef', description: FIELD_DOC });
const Localized = z.object({ fr: z.string(), en: z.string() });

export const UploadBody = z.object({
  fileName: z.string().trim().min(1).max(255).openapi({ example: 'clients.csv' }),
  content: z.base64().openapi({
    description: `The file's bytes in base64 (CSV, TSV or XLSX; at most ${IMPORT_MAX_BYTES} bytes)`,
  }),
});

export const ImportStatus = z.enum([
  'uploaded',
  'queued',
  'running',
  'imported',
  'refused',
  'failed',
]);

const Counts = z.object({
  customersAdded: z.number().int(),
  customersKnown: z.number().int(),
  purchasesAdded: z.number().int(),
  purchasesKnown: z.number().int(),
  refundsAdded: z.number().int(),
  cancellationsWithoutSale: z.object({ count: z.number().int(), amountCents: z.number().int() }),
  openingBalancesAdded: z.number().int(),
  openingBalancesKnown: z.number().int(),
  consentsAdded: z.number().int(),
  tagsAdded: z.number().int(),
});

const MappingProblem = z
  .object({
    code: z.enum([
      'column-not-in-file',
      'field-mapped-twice',
      'column-mapped-twice',
      'no-customer-column',
      'purchase-needs-date',
      'purchase-needs-amount',
    ]),
    column: z.string().optional(),
    field: z.string().optional(),
  })
  .openapi('ImportMappingProblem');

const Notice = z.enum(['amount-is-unit-price', 'before-tax-amount']).openapi({
  description:
    'amount-is-unit-price: the amount column is a unit price next to a quantity, read as ' +
    'quantity × unit price; before-tax-amount: the amount is before tax (no TTC column)',
});

const RowProblem = z.object({
  line: z.number().int(),
  field: z.string().nullable(),
  problem: z.string().openapi({ example: 'unreadable-date' }),
});

export const ImportReportSchema = z
  .object({
    kind: z.enum(['dry-run', 'import']),
    outcome: z.enum([
      'imported',
      'dry-run',
      'row-problems',
      'unknown-programs',
      'mapping-problems',
    ]),
    at: z.string(),
    rowsRead: z.number().int(),
    counts: Counts.nullable(),
    withoutCustomer: z.object({ rows: z.number().int(), amountCents: z.number().int() }),
    consentsWithoutProof: z.number().int(),
    notices: z.array(Notice),
    mappingProblems: z.array(MappingProblem),
    unknownPrograms: z.array(z.string()),
    rowProblemCount: z.number().int(),
    rowProblems: z.array(RowProblem).openapi({ description: 'The first 10 000, by line' }),
  })
  .openapi('ImportReport');

export const ImportSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    fileSize: z.number().int(),
    status: ImportStatus,
    step: z
      .enum(['reading', ...IMPORT_STEPS])
      .nullable()
      .openapi({ description: 'While running: the part being written' }),
    validRowsOnly: z.boolean(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    // The last dry run, or the import once it has run.
    report: z.union([ImportReportSchema, z.null()]),
  })
  .openapi('Import');

export const ImportMappingSchema = z
  .object({
    headerRow: z.number().int().nullable(),
    columns: z.array(
      z.object({
        number: z.number().int(),
        header: z.string(),
        samples: z.array(z.string()),
        field: Field.nullable(),
        chosen: z.boolean().openapi({ description: 'Chosen by the owner (else guessed)' }),
      }),
    ),
    fields: z.array(z.object({ field: Field, programName: Localized.nullable() })),
    problems: z.array(MappingProblem),
    notices: z.array(Notice),
  })
  .openapi('ImportMapping');

/** A field the reader knows (its own list, or a program's opening balance). */
const KnownField = Field.refine((f) => parseImportField(f) !== null, {
  message: 'Unknown field',
}).transform((f) => f as ImportField);

export const MappingBody = z.object({
  columns: z
    .array(z.object({ column: z.number().int().min(1).max(1000), field: KnownField.nullable() }))
    .max(1000),
  headerRow: z.number().int().min(1).max(1_000_000).nullable().optional(),
});

export const PreviewSchema = z
  .object({
    rows: z.array(
      z.object({
        line: z.number().int(),
        cells: z.array(z.string()),
        row: z
          .object({
            customerRef: z.string().nullable(),
            firstName: z.string().nullable(),
            lastName: z.string().nullable(),
            email: z.string().nullable(),
            phone: z.string().nullable(),
            birthday: z
              .object({
                day: z.number().int(),
                month: z.number().int(),
                year: z.number().int().nullable(),
              })
              .nullable(),
            emailConsent: z.boolean().nullable(),
            smsConsent: z.boolean().nullable(),
            consentDate: z.string().nullable(),
            consentSource: z.string().nullable(),
            tags: z.array(z.string()),
            date: z.string().nullable().openapi({ example: '2024-03-05' }),
            amountCents: z.number().int().nullable(),
            quantity: z.number().nullable(),
            unitPriceCents: z.number().int().nullable(),
            invoice: z.string().nullable(),
            item: z.string().nullable(),
            openingBalances: z.record(z.string(), z.number().int()),
          })
          .nullable(),
        problems: z.array(RowProblem.omit({ line: true })),
      }),
    ),
  })
  .openapi('ImportPreview');

const DAY_MS = 86_400_000;
const isoDay = (day: number | null) =>
  day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);

export function presentImport({ upload, jobStatus }: ImportState): z.infer<typeof ImportSchema> {
  const stuck =
    jobStatus === 'failed' && (upload.status === 'queued' || upload.status === 'running');
  return {
    id: upload.id,
    fileName: upload.file_name,
    fileSize: upload.file_size,
    status: stuck ? 'failed' : upload.status,
    step: (upload.step as z.infer<typeof ImportSchema>['step']) ?? null,
    validRowsOnly: upload.valid_rows_only,
    createdAt: upload.created_at.toISOString(),
    finishedAt: upload.finished_at?.toISOString() ?? null,
    report: (upload.report as ImportReport | null) ?? null,
  };
}

export const presentMapping = (m: ImportMapping): z.infer<typeof ImportMappingSchema> => m;

export function presentPreview(rows: PreviewRow[]): z.infer<typeof PreviewSchema> {
  return {
    rows: rows.map(({ line, cells, row, problems }) => ({
      line,
      cells,
      problems,
      row:
        row === null
          ? null
          : {
              customerRef: row.customerRef,
              firstName: row.firstName,
              lastName: row.lastName,
              email: row.email,
              phone: row.phone,
              birthday: row.birthday,
              emailConsent: row.emailConsent,
              smsConsent: row.smsConsent,
              consentDate: isoDay(row.consentDay),
              consentSource: row.consentSource,
              tags: row.tags,
              date: isoDay(row.day),
              amountCents: row.amountCents,
              quantity: row.quantity,
              unitPriceCents: row.unitPriceCents,
              invoice: row.invoice,
              item: row.item,
              openingBalances: row.openingBalances,
            },
    })),
  };
}
