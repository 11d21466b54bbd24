import type { Selectable, Updateable } from 'kysely';
import type { ImportUploadsTable, JobStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type ImportUploadRow = Omit<Selectable<ImportUploadsTable>, 'file'>;
type Change = Omit<Updateable<ImportUploadsTable>, 'merchant_id' | 'id' | 'created_at'>;

/** Every column but the file's bytes, which only reading the file needs. */
const COLUMNS = [
  'merchant_id',
  'id',
  'file_name',
  'file_size',
  'maps',
  'header_line',
  'status',
  'valid_rows_only',
  'runs',
  'step',
  'job_id',
  'report',
  'created_by',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

export async function insertImportUpload(
  tx: Tx,
  row: {
    merchantId: string;
    id: string;
    fileName: string;
    file: Uint8Array;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto('import_uploads')
    .values({
      merchant_id: row.merchantId,
      id: row.id,
      file_name: row.fileName,
      file_size: row.file.length,
      file: Buffer.from(row.file),
      created_by: row.createdBy,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

/** One upload, locked for the caller's transaction when `forUpdate`. */
export async function findImportUpload(
  tx: Tx,
  merchantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ImportUploadRow | undefined> {
  let query = tx
    .selectFrom('import_uploads')
    .select(COLUMNS)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The uploaded bytes, or null once the import has ended. */
export async function importUploadFile(
  tx: Tx,
  merchantId: string,
  id: string,
): Promise<Uint8Array | null> {
  const row = await tx
    .selectFrom('import_uploads')
    .select('file')
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.file ? new Uint8Array(row.file) : null;
}

export async function listImportUploads(
  tx: Tx,
  merchantId: string,
  limit: number,
): Promise<ImportUploadRow[]> {
  return tx
    .selectFrom('import_uploads')
    .select(COLUMNS)
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function updateImportUpload(
  tx: Tx,
  merchantId: string,
  id: string,
  change: Change,
): Promise<void> {
  await tx
    .updateTable('import_uploads')
    .set(change)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteImportUpload(tx: Tx, merchantId: string, id: string): Promise<void> {
  await tx
    .deleteFrom('import_uploads')
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}

/** The state of an import's run on the job runner. */
export async function importJobStatus(
  tx: Tx,
  merchantId: string,
  jobId: string,
): Promise<JobStatus | null> {
  const row = await tx
    .selectFrom('jobs')
    .select('status')
    .where('merchant_id', '=', merchantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row?.status ?? null;
}
