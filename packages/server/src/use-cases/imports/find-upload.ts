import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { findImportUpload, type ImportUploadRow } from '../../repositories/import-uploads.ts';

/** An upload of this merchant, or 404. */
export async function findUpload(tx: Tx, merchantId: string, id: string): Promise<ImportUploadRow> {
  const upload = await findImportUpload(tx, merchantId, id);
  if (!upload) throw notFound('Import');
  return upload;
}

/** Its choices can change, and it can be tried or started, only before it runs or after a refusal. */
export function assertEditable(upload: ImportUploadRow): void {
  if (upload.status === 'uploaded' || upload.status === 'refused') return;
  throw new AppError('import_not_editable', `This import is ${upload.status}; it cannot change`, {
    importStatus: upload.status,
  });
}
