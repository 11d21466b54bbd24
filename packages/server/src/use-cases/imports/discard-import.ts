import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { deleteImportUpload } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { findUpload } from './find-upload.ts';

/** Forgets an upload and its file (what was imported stays); not while it is being written. */
export function discardImport(scope: MerchantScope, id: string): Promise<void> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    if (upload.status === 'queued' || upload.status === 'running') {
      throw new AppError('import_not_editable', `This import is ${upload.status}`, {
        importStatus: upload.status,
      });
    }
    await deleteImportUpload(tx, scope.merchantId, id);
  });
}
