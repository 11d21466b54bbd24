import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE } from '../../../scripts/write-openapi.ts';

const TYPES_FILE = fileURLToPath(new URL('../../../../web/src/api/schema.d.ts', import.meta.url));

describe('the web app API types (packages/web/src/api/schema.d.ts)', () => {
  it('are generated from the committed OpenAPI document', async () => {
    const generated =
      COMMENT_HEADER + astToString(await openapiTS(readFileSync(OPENAPI_FILE, 'utf8')));
    const committed = readFileSync(TYPES_FILE, 'utf8');
    if (generated !== committed) {
      expect.fail(
        'packages/web/src/api/schema.d.ts is stale: run `npm run api-types` and commit it.',
      );
    }
  });
});
