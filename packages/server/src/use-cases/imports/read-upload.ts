import {
  type ColumnMapOption,
  type ImportField,
  type ImportFile,
  type ImportFileReader,
  importFileReader,
  parseImportField,
  ReadError,
  readImportFile,
  readTable,
  type Table,
} from '@habitue/import';
import { z } from 'zod';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { type ImportUploadRow, importUploadFile } from '../../repositories/import-uploads.ts';

/** The owner's choice for one column (1-based): a field, or null to leave the column out. */
export type ColumnChoice = { column: number; field: ImportField | null };

const StoredChoices = z.array(
  z.object({ column: z.number().int().min(1), field: z.string().nullable() }),
);

/** The choices stored with an upload (fields re-checked: the list may have changed since). */
export function storedChoices(upload: Pick<ImportUploadRow, 'maps'>): ColumnChoice[] {
  const parsed = StoredChoices.safeParse(upload.maps);
  if (!parsed.success) return [];
  return parsed.data.flatMap(({ column, field }): ColumnChoice[] => {
    if (field === null) return [{ column, field: null }];
    const known = parseImportField(field);
    return known === null ? [] : [{ column, field: known }];
  });
}

/** Choices → the reader's options: `--map` by column number, and the columns left out. */
export function readerOptions(upload: Pick<ImportUploadRow, 'maps' | 'header_line'>) {
  const choices = storedChoices(upload);
  const maps: ColumnMapOption[] = choices.flatMap(({ column, field }) =>
    field === null ? [] : [{ column: String(column), field }],
  );
  const ignoredColumns = choices.filter((c) => c.field === null).map((c) => c.column - 1);
  return { maps, ignoredColumns, headerLine: upload.header_line };
}

/**
 * The uploaded file read with the owner's choices: the table and what the import would write.
 * Refused once the import has ended (the file is gone).
 */
export async function readUpload(
  tx: Tx,
  upload: ImportUploadRow,
): Promise<{ table: Table; file: ImportFile }> {
  const bytes = await importUploadFile(tx, upload.merchant_id, upload.id);
  if (bytes === null) throw notFound('Import file');
  const table = await readBytes(bytes);
  try {
    return { table, file: readImportFile(table, readerOptions(upload)) };
  } catch (error) {
    throw unreadable(error);
  }
}

/**
 * The uploaded file, to be read a slice at a time by the import that writes it (its sales
 * stored while the rest is read); the header and mapping are read already.
 */
export async function readUploadInSlices(
  tx: Tx,
  upload: ImportUploadRow,
): Promise<ImportFileReader> {
  const bytes = await importUploadFile(tx, upload.merchant_id, upload.id);
  if (bytes === null) throw notFound('Import file');
  const table = await readBytes(bytes);
  try {
    return importFileReader(table, readerOptions(upload));
  } catch (error) {
    throw unreadable(error);
  }
}

/** Bytes → a table, or the reader's reason as a problem the owner can act on. */
export async function readBytes(bytes: Uint8Array): Promise<Table> {
  try {
    return await readTable(bytes);
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown): unknown {
  if (!(error instanceof ReadError)) return error;
  return new AppError('import_file_unreadable', `The file cannot be read (${error.code})`, {
    reason: error.code,
  });
}
