import { uuidv7 } from 'uuidv7';
import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertImportUpload } from '../../repositories/import-uploads.ts';
import type { MerchantScope } from '../scope.ts';
import { readBytes } from './read-upload.ts';
import { IMPORT_MAX_BYTES } from './upload-limits.ts';

/**
 * Keeps an uploaded CSV/XLSX file until its import ends, once it is known to be readable as a
 * table (an empty, damaged or binary file is refused now, with the reader's reason).
 */
export async function uploadImport(
  scope: MerchantScope,
  input: { fileName: string; bytes: Uint8Array },
): Promise<string> {
  if (input.bytes.length > IMPORT_MAX_BYTES) {
    throw new AppError(
      'import_file_too_large',
      `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB; import it with \`habitue import\``,
      { limitBytes: IMPORT_MAX_BYTES, limitMiB: IMPORT_MAX_BYTES / 1024 / 1024 },
    );
  }
  await readBytes(input.bytes);
  const id = uuidv7();
  await withMerchant(scope.db, scope.merchantId, (tx) =>
    insertImportUpload(tx, {
      merchantId: scope.merchantId,
      id,
      fileName: input.fileName,
      file: input.bytes,
      createdBy: `${scope.actor.type}:${scope.actor.id ?? ''}`,
      now: scope.now,
    }),
  );
  return id;
}
