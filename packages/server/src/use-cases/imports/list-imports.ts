import { withMerchant } from '../../db/tenant.ts';
import { listImportUploads } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';

/** The latest imports, newest first, to pick up one still running or read a past report. */
export function listImports(scope: MerchantScope, limit: number) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    listImportUploads(tx, scope.merchantId, limit),
  );
}
