import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApiText, OPENAPI_FILE } from '../../../scripts/write-openapi.ts';

describe('the committed OpenAPI document (docs/openapi.json)', () => {
  it('is what the app serves at /api/openapi.json', async () => {
    const generated = await generateOpenApiText();
    const committed = existsSync(OPENAPI_FILE) ? readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed !== generated) {
      expect.fail(
        `docs/openapi.json is stale: the API changed (${changedOperations(committed, generated)}). ` +
          'Run `npm run openapi` and commit docs/openapi.json.',
      );
    }
  });
});

/** "+ POST /api/v1/purchases, - GET /api/v1/old": the operations that appeared or went away. */
function changedOperations(committed: string, generated: string): string {
  const operations = (text: string) => {
    try {
      const doc = JSON.parse(text) as { paths?: Record<string, Record<string, unknown>> };
      return new Set(
        Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
          Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
        ),
      );
    } catch {
      return new Set<string>();
    }
  };
  const before = operations(committed);
  const after = operations(generated);
  const changes = [
    ...[...after].filter((op) => !before.has(op)).map((op) => `+ ${op}`),
    ...[...before].filter((op) => !after.has(op)).map((op) => `- ${op}`),
  ];
  return changes.length > 0 ? changes.join(', ') : 'schemas or descriptions differ';
}
