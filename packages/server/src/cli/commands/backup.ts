import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { backUpMerchant } from '../../use-cases/backup/back-up-merchant.ts';
import {
  BackupError,
  decryptBackup,
  encryptBackup,
  isEncrypted,
} from '../../use-cases/backup/backup-file.ts';
import { restoreMerchant } from '../../use-cases/backup/restore-merchant.ts';
import type { Io } from '../io.ts';

async function readPassphrase(file: string | undefined): Promise<string | null> {
  if (!file) return null;
  const text = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  if (!text) throw new BackupError(`the passphrase file ${file} is empty`);
  return text;
}

/** `habitue backup --merchant SLUG --out FILE [--passphrase-file F]` */
export async function runBackupCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      merchant: { type: 'string' },
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.merchant || !values.out) {
    io.stderr.write(
      'Usage: habitue backup --merchant <slug> --out <file> [--passphrase-file <file>]\n',
    );
    return 2;
  }
  try {
    const passphrase = await readPassphrase(values['passphrase-file']);
    const storage = await openStorage(loadConfig().database, { command: 'habitue backup' });
    try {
      const backup = await backUpMerchant(storage.db, values.merchant, new Date());
      const plain = Buffer.from(`${backup.lines.join('\n')}\n`);
      // 0600: the file holds personal data and password digests.
      await writeFile(values.out, passphrase ? encryptBackup(plain, passphrase) : plain, {
        mode: 0o600,
      });
      io.stdout.write(
        `Backed up ${backup.header.merchant.name} (${backup.rows} rows) to ${values.out}` +
          `${passphrase ? ', encrypted' : ' — not encrypted: it holds personal data, keep it safe or use --passphrase-file'}\n`,
      );
      return 0;
    } finally {
      await storage.close();
    }
  } catch (error) {
    if (error instanceof BackupError) {
      io.stderr.write(`habitue backup: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** `habitue restore FILE [--passphrase-file F]` */
export async function runRestoreCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'passphrase-file': { type: 'string' } },
  });
  if (positionals.length !== 1) {
    io.stderr.write('Usage: habitue restore <file> [--passphrase-file <file>]\n');
    return 2;
  }
  try {
    let file: Buffer = await readFile(positionals[0]!);
    if (isEncrypted(file)) {
      const passphrase = await readPassphrase(values['passphrase-file']);
      if (!passphrase) throw new BackupError('the backup is encrypted: give --passphrase-file');
      file = decryptBackup(file, passphrase);
    }
    const storage = await openStorage(loadConfig().database, { command: 'habitue restore' });
    try {
      const restored = await restoreMerchant(storage.db, file.toString('utf8'));
      io.stdout.write(`Restored ${restored.merchant.name} (${restored.rows} rows)\n`);
      return 0;
    } finally {
      await storage.close();
    }
  } catch (error) {
    if (error instanceof BackupError) {
      io.stderr.write(`habitue restore: ${error.message}\n`);
      return 1;
    }
    if ((error as { code?: string }).code === 'ENOENT') {
      io.stderr.write(`habitue restore: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
