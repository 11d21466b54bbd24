import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRolesText, ROLES_FILE } from '../../scripts/write-roles.ts';

describe('docs/roles.md', () => {
  it('is rendered from the permission table as it is now', async () => {
    const committed = existsSync(ROLES_FILE) ? readFileSync(ROLES_FILE, 'utf8') : '';
    if (committed !== (await generateRolesText())) {
      expect.fail(
        'docs/roles.md is stale: run `npm run roles` (or `npm run api-types`) and commit it',
      );
    }
  });
});
