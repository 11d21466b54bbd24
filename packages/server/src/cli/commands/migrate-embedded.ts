import { loadConfig } from '../../config/config.ts';
import { attachEmbedded } from '../../db/embedded/attach-embedded.ts';
import { copyFromPglite } from '../../db/embedded/copy-from-pglite.ts';
import { hasLegacyPgliteData, legacyPgliteDir } from '../../db/embedded/legacy-pglite.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Io } from '../io.ts';

/**
 * `habitue migrate-embedded`: copies the PGlite database of an earlier release (in
 * HABITUE_DATA_DIR/pgdata) into the embedded PostgreSQL, leaving the old directory as it is.
 */
export async function runMigrateEmbeddedCommand(_argv: string[], io: Io): Promise<number> {
  const config = loadConfig();
  if (config.database.kind !== 'embedded') {
    throw new AppError(
      'validation_failed',
      'DATABASE_URL is set: migrate-embedded copies the embedded database of an earlier release into the embedded PostgreSQL. Unset DATABASE_URL to run it.',
    );
  }
  const { dataDir } = config.database;
  if (!hasLegacyPgliteData(dataDir)) {
    throw new AppError(
      'not_found',
      `No database of an earlier release in ${legacyPgliteDir(dataDir)}: there is nothing to copy.`,
    );
  }
  const started = performance.now();
  const attachment = await attachEmbedded(dataDir, {
    owner: { command: 'habitue migrate-embedded' },
    mustOwn: true,
    allowLegacyData: true,
    onEvent: (message) => io.stderr.write(`${message}\n`),
  });
  try {
    const cluster = attachment.cluster!;
    io.stdout.write(`Copying ${legacyPgliteDir(dataDir)} into the embedded PostgreSQL…\n`);
    const report = await copyFromPglite(
      dataDir,
      cluster.url,
      cluster.superuserUrl(cluster.credentials.database),
    );
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `Copied ${rows} rows from ${report.tables.length} tables (schema ${report.schemaVersion}, then brought up to date) in ${seconds} s.\n` +
        `The old directory ${legacyPgliteDir(dataDir)} is unchanged; delete it once you are happy. Start Habitué with: npx habitue start\n`,
    );
    return 0;
  } finally {
    await attachment.detach();
  }
}
