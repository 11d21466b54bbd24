import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { updateImportUpload } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { assertEditable, findUpload } from './find-upload.ts';
import { describeMapping, type ImportMapping } from './get-import-mapping.ts';
import type { ColumnChoice } from './read-upload.ts';

/**
 * The owner's choices for some columns (a field, or null to leave it out) and, optionally,
 * the header's line; the other columns are guessed. Returns the mapping as it now stands;
 * a choice the file cannot take (a field given twice…) is among its `problems`.
 */
export function changeImportMapping(
  scope: MerchantScope,
  id: string,
  input: { columns: ColumnChoice[]; headerRow?: number | null },
): Promise<ImportMapping> {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const upload = await findUpload(tx, scope.merchantId, id);
    assertEditable(upload);
    const numbers = input.columns.map((c) => c.column);
    if (new Set(numbers).size !== numbers.length) {
      throw new AppError('validation_failed', 'A column is given twice', {
        fields: [{ field: 'columns', message: 'A column is given twice', code: 'duplicate' }],
      });
    }
    const maps = JSON.stringify(input.columns);
    const headerLine = input.headerRow === undefined ? upload.header_line : input.headerRow;
    await updateImportUpload(tx, scope.merchantId, id, {
      maps,
      header_line: headerLine,
      updated_at: scope.now,
    });
    return describeMapping(tx, { ...upload, maps: input.columns, header_line: headerLine });
  });
}
