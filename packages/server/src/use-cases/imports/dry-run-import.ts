import { withMerchant } from '../../db/tenant.ts';
import { updateImportUpload } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { assertEditable, findUpload } from './find-upload.ts';
import { importCustomersAndPurchases } from './import-customers-and-purchases.ts';
import { type ImportReport, importReport } from './import-report.ts';
import { readUpload } from './read-upload.ts';

/**
 * Everything the import would do, done and rolled back (the same use case as `habitue import
 * --dry-run`, with the valid rows only, so the counts say what importing them would add),
 * and every row left out with its reason. The report is kept with the import (CSV download).
 */
export async function dryRunImport(scope: MerchantScope, id: string): Promise<ImportReport> {
  const { upload, file } = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    assertEditable(upload);
    return { upload, ...(await readUpload(tx, upload)) };
  });
  const result =
    file.mappingProblems.length > 0
      ? null
      : await importCustomersAndPurchases(scope, file, {
          dryRun: true,
          validRowsOnly: true,
          importId: upload.id,
        });
  const report = importReport('dry-run', file, result, scope.now);
  await withMerchant(scope.db, scope.merchantId, (tx) =>
    updateImportUpload(tx, scope.merchantId, id, {
      report: JSON.stringify(report),
      updated_at: scope.now,
    }),
  );
  return report;
}
