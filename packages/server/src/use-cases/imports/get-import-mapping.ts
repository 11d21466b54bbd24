import {
  type ColumnNotice,
  IMPORT_FIELDS,
  type ImportField,
  type ImportFile,
  type MappingProblem,
  type Table,
} from '@habitue/import';
import type { Localized } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { withMerchant } from '../../db/tenant.ts';
import type { ImportUploadRow } from '../../repositories/import-uploads.ts';
import { listProgramRows } from '../../repositories/programs.ts';
import type { MerchantScope } from '../scope.ts';
import { findUpload } from './find-upload.ts';
import { readUpload, storedChoices } from './read-upload.ts';

/** Sample values shown under each column's name. */
const SAMPLES = 3;

export type ImportColumn = {
  /** 1-based, as in the file. */
  number: number;
  header: string;
  samples: string[];
  /** The field the import will read from it (the owner's choice, else the guess), or null. */
  field: ImportField | null;
  /** True when the owner chose (a field, or to leave the column out); false when guessed. */
  chosen: boolean;
};

/** A field a column can be given: the reader's own list, and an opening balance per program. */
export type FieldOption = { field: ImportField; programName: Localized | null };

export type ImportMapping = {
  headerRow: number | null;
  columns: ImportColumn[];
  fields: FieldOption[];
  problems: MappingProblem[];
  notices: ColumnNotice[];
};

/** The file's columns, the field each one is given, and what would stop the import. */
export function getImportMapping(scope: MerchantScope, id: string): Promise<ImportMapping> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    return describeMapping(tx, upload);
  });
}

export async function describeMapping(tx: Tx, upload: ImportUploadRow): Promise<ImportMapping> {
  const { table, file } = await readUpload(tx, upload);
  const programs = await listProgramRows(tx, upload.merchant_id, { includeArchived: false });
  const chosen = new Set(storedChoices(upload).map((c) => c.column));
  const fieldOf = new Map<number, ImportField>();
  for (const [field, index] of Object.entries(file.mapping)) {
    if (index !== undefined) fieldOf.set(index, field as ImportField);
  }
  const samples = sampleValues(table, file);
  return {
    headerRow: file.headerLine,
    columns: file.headers.map((header, index) => ({
      number: index + 1,
      header,
      samples: samples[index] ?? [],
      field: fieldOf.get(index) ?? null,
      chosen: chosen.has(index + 1),
    })),
    fields: [
      ...IMPORT_FIELDS.map((field): FieldOption => ({ field, programName: null })),
      ...programs.map((p) => ({
        field: `openingBalance:${p.id}` as ImportField,
        programName: p.name,
      })),
    ],
    problems: file.mappingProblems,
    notices: file.notices,
  };
}

/** The first non-empty values of each column below the header. */
function sampleValues(table: Table, file: ImportFile): string[][] {
  const samples: string[][] = file.headers.map(() => []);
  const headerLine = file.headerLine ?? 0;
  let seen = 0;
  table.forEachRow((row) => {
    if (row.line <= headerLine) return true;
    for (let i = 0; i < samples.length; i++) {
      const cell = row.cell(i);
      const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');
      const list = samples[i]!;
      if (text.trim() !== '' && list.length < SAMPLES && !list.includes(text)) list.push(text);
    }
    return ++seen < 200;
  });
  return samples;
}
