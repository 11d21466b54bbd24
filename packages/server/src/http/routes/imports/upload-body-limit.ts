import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../../errors/app-error.ts';
import { IMPORT_MAX_BYTES } from '../../../use-cases/imports/upload-limits.ts';

/** An upload carries the file in base64 (4 bytes per 3) plus its name. */
const UPLOAD_BODY_BYTES = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4096;

const uploadLimit = bodyLimit({
  maxSize: UPLOAD_BODY_BYTES,
  onError: () => {
    const mib = IMPORT_MAX_BYTES / 1024 / 1024;
    throw new AppError(
      'import_file_too_large',
      `The file is larger than ${mib} MiB; import it with \`habitue import\``,
      { limitBytes: IMPORT_MAX_BYTES, limitMiB: mib },
    );
  },
});

/**
 * The API's body limit, but the import's file upload gets the import's own (larger) one:
 * `apiLimit` for every other request.
 */
export function withImportUploadLimit(apiLimit: MiddlewareHandler): MiddlewareHandler {
  return (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/v1/imports'
      ? uploadLimit(c, next)
      : apiLimit(c, next);
}
