import { type PreviewRow, previewRows } from '@habitue/import';
import { withMerchant } from '../../db/tenant.ts';
import type { MerchantScope } from '../scope.ts';
import { findUpload } from './find-upload.ts';
import { readUpload } from './read-upload.ts';
import { PREVIEW_ROWS } from './upload-limits.ts';

/** The first rows of the file as the import will store them, with their problems. */
export function previewImport(scope: MerchantScope, id: string): Promise<PreviewRow[]> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    const { table, file } = await readUpload(tx, upload);
    return previewRows(table, file, PREVIEW_ROWS);
  });
}
