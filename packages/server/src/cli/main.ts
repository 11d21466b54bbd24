import { ConfigError } from '../config/config.ts';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { LegacyDataError } from '../db/embedded/legacy-pglite.ts';
import { AppError } from '../errors/app-error.ts';
import type { Io } from './io.ts';

const USAGE = `Habitué — loyalty and customer value for small businesses

Usage: habitue <command> [options]

  start                         Run the server (default port 3000; PORT to change)
  migrate                       Bring the database schema up to date
  migrate-embedded              Copy the database of an earlier release (PGlite, in
                                HABITUE_DATA_DIR/pgdata) into the embedded PostgreSQL
  merchant create --name <name> [--slug <slug>] [--owner-email <email>]
                                Create a business (and its owner login, password printed once)
  api-key create --merchant <slug> --name <name>
                                Create an API key for a point-of-sale system (printed once)
  user reset-password --email <email>
                                Print a single-use password reset link (valid 1 hour)
  check-balances [--repair]     Prove every balance snapshot equals its ledger sum; with
                                --repair, rebuild those that do not
  demo [--seed <n>]             Create the demo shop with two years of history
  analyze <file> [options]      Customer-value report from a CSV/XLSX of transactions
                                (habitue analyze --help for its options)
  backup --merchant <slug> --out <file> [--passphrase-file <file>]
                                Write everything of one business to one file (encrypted
                                with a passphrase)
  restore <file> [--passphrase-file <file>]
                                Restore a business from a backup, same ids and card links
  import <file> --merchant <slug> [--dry-run] [--valid-rows-only] [--map COLUMN=FIELD …]
                                Import customers and purchase history (habitue import --help)

Configuration comes from environment variables (see README): DATABASE_URL, HABITUE_DATA_DIR, PORT,
SMTP_URL, MAIL_FROM…
`;

// Each command is imported only when run: `habitue analyze` must not pay for loading the
// server, the database drivers and the demo (about 2 s of start-up).
const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  start: async (argv, io) => (await import('./commands/start.ts')).runStartCommand(argv, io),
  migrate: async (argv, io) => (await import('./commands/migrate.ts')).runMigrateCommand(argv, io),
  'migrate-embedded': async (argv, io) =>
    (await import('./commands/migrate-embedded.ts')).runMigrateEmbeddedCommand(argv, io),
  merchant: async (argv, io) =>
    (await import('./commands/merchant.ts')).runMerchantCommand(argv, io),
  'api-key': async (argv, io) => (await import('./commands/api-key.ts')).runApiKeyCommand(argv, io),
  user: async (argv, io) => (await import('./commands/user.ts')).runUserCommand(argv, io),
  'check-balances': async (argv, io) =>
    (await import('./commands/check-balances.ts')).runCheckBalancesCommand(argv, io),
  demo: async (argv, io) => (await import('./commands/demo.ts')).runDemoCommand(argv, io),
  analyze: async (argv, io) => (await import('./analyze/command.ts')).runAnalyzeCommand(argv, io),
  backup: async (argv, io) => (await import('./commands/backup.ts')).runBackupCommand(argv, io),
  restore: async (argv, io) => (await import('./commands/backup.ts')).runRestoreCommand(argv, io),
  import: async (argv, io) => (await import('./import/command.ts')).runImportCommand(argv, io),
};

/** Runs one CLI command and returns its exit code; expected failures print one clear line. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
) {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof DataDirBusyError ||
      error instanceof LegacyDataError ||
      error instanceof AppError
    ) {
      io.stderr.write(`habitue ${name}: ${error.message}\n`);
      return 1;
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`habitue ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
