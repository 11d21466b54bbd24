import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the PGlite release (before the embedded PostgreSQL) kept its database. */
export function legacyPgliteDir(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

export function hasLegacyPgliteData(dataDir: string): boolean {
  return existsSync(join(legacyPgliteDir(dataDir), 'PG_VERSION'));
}

export function legacyPgliteMessage(dataDir: string): string {
  return (
    `${dataDir} holds the database of an earlier Habitué release (PGlite, in ${legacyPgliteDir(dataDir)}). ` +
    'Habitué now runs its own PostgreSQL; copy your data into it once with:\n' +
    '  npx habitue migrate-embedded\n' +
    'The old directory is left as it is (delete it yourself once you are happy). ' +
    `To start afresh instead, move ${legacyPgliteDir(dataDir)} away.`
  );
}

/** The data directory holds PGlite data from an earlier release and no PostgreSQL cluster yet. */
export class LegacyDataError extends Error {
  override name = 'LegacyDataError';
}
