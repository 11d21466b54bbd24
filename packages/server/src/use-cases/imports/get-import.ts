import type { JobStatus } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { type ImportUploadRow, importJobStatus } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { findUpload } from './find-upload.ts';

export type ImportState = { upload: ImportUploadRow; jobStatus: JobStatus | null };

/** An import and the state of its run on the job runner (cheap: the file is not read). */
export function getImport(scope: MerchantScope, id: string): Promise<ImportState> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    const jobStatus =
      upload.job_id === null ? null : await importJobStatus(tx, scope.merchantId, upload.job_id);
    return { upload, jobStatus };
  });
}
