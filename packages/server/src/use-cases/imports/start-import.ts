import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import { updateImportUpload } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { assertEditable, findUpload } from './find-upload.ts';
import { readUpload } from './read-upload.ts';
import { runImportJob } from './run-import-job.ts';

/**
 * Queues the import on the job runner, which writes it in the background (it goes on after
 * the request, and after a restart) and keeps its report. A mapping the file cannot take is
 * refused now. `validRowsOnly`: import the valid rows when others have problems.
 */
export function startImport(
  scope: MerchantScope,
  id: string,
  input: { validRowsOnly: boolean },
): Promise<void> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    assertEditable(upload);
    const { file } = await readUpload(tx, upload);
    if (file.mappingProblems.length > 0) {
      throw new AppError('import_mapping_incomplete', 'The columns cannot be imported as mapped', {
        problems: file.mappingProblems,
      });
    }
    const runs = upload.runs + 1;
    const job = await enqueueJob(tx, runImportJob, {
      merchantId: scope.merchantId,
      payload: { importId: id },
      now: scope.now,
      key: `import:${id}:run:${runs}`,
    });
    await updateImportUpload(tx, scope.merchantId, id, {
      status: 'queued',
      valid_rows_only: input.validRowsOnly,
      runs,
      step: null,
      job_id: job.id,
      updated_at: scope.now,
    });
  });
}
