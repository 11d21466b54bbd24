import { z } from 'zod';
import { withMerchant } from '../../db/tenant.ts';
import { defineJob } from '../../jobs/define-job.ts';
import { findImportUpload, updateImportUpload } from '../../repositories/import-uploads.ts';
import { importInTransaction } from './import-customers-and-purchases.ts';
import { importReport } from './import-report.ts';
import { readUploadInSlices } from './read-upload.ts';

/** Who writes an import started from the web page, on the purchases and in the audit log. */
const JOB_ACTOR = { type: 'system', id: 'job:import' } as const;

/**
 * The web import, run on the job runner: the file read again with the owner's choices and
 * written by the same use case as `habitue import` (its sales stored while it is read), in the
 * job's transaction — the customers,
 * purchases, report and the job's completion commit together, so a crash (even kill -9)
 * leaves nothing and the job runs again from the start. The step being written is committed
 * on its own as it starts, for the page's progress.
 */
export const runImportJob = defineJob({
  kind: 'import.run',
  payload: z.object({ importId: z.uuid() }),
  maxAttempts: 3,
  async handle({ tx, db, merchantId, now }, { importId }) {
    const upload = await findImportUpload(tx, merchantId, importId);
    if (!upload || upload.status === 'imported' || upload.status === 'refused') return;
    // Progress commits apart from `tx`, which must not touch the row before the end (it
    // would hold its lock while these wait for it).
    const setStep = (step: string) =>
      withMerchant(db, merchantId, (progress) =>
        updateImportUpload(progress, merchantId, importId, {
          status: 'running',
          step,
          updated_at: now,
        }),
      );
    await setStep('reading');
    const reader = await readUploadInSlices(tx, upload);
    const scope = { db, merchantId, actor: JOB_ACTOR, now };
    const result =
      reader.head.mappingProblems.length > 0
        ? null
        : await importInTransaction(tx, scope, reader, {
            validRowsOnly: upload.valid_rows_only,
            importId,
            onStep: setStep,
          });
    const imported = result?.status === 'imported';
    await updateImportUpload(tx, merchantId, importId, {
      status: imported ? 'imported' : 'refused',
      step: null,
      report: JSON.stringify(importReport('import', reader.finish(), result, now)),
      // Kept for another try after a refusal; an import that ended needs it no more.
      ...(imported ? { file: null, finished_at: now } : {}),
      updated_at: now,
    });
  },
});
