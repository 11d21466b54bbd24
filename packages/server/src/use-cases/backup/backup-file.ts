import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * The backup file: JSON lines. The first line is the header (format, version, the merchant,
 * the schema it was taken at); each next line is one row, `{ "t": table, "r": row }`, with
 * the row as PostgreSQL's own `to_jsonb` writes it, so restore reads it back with
 * `jsonb_populate_record` exactly, on any backend.
 *
 * With a passphrase the whole file is encrypted (it holds personal data and password
 * digests): AES-256-GCM with a key from scrypt, behind a magic line that says so.
 */
export const BACKUP_FORMAT = 'habitue-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  schema: string;
  merchant: { id: string; slug: string; name: string };
};

export type BackupLine = { t: string; r: Record<string, unknown> };

const MAGIC = Buffer.from('HABITUE-BACKUP-AES256GCM-SCRYPT\n');
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function keyFrom(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
}

/** magic ‖ salt (16) ‖ iv (12) ‖ ciphertext ‖ tag (16). */
export function encryptBackup(plain: Buffer, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(passphrase, salt), iv);
  cipher.setAAD(MAGIC);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, body, cipher.getAuthTag()]);
}

export function isEncrypted(file: Buffer): boolean {
  return file.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Throws `BackupError` on a wrong passphrase or a damaged file (GCM checks both). */
export function decryptBackup(file: Buffer, passphrase: string): Buffer {
  const salt = file.subarray(MAGIC.length, MAGIC.length + 16);
  const iv = file.subarray(MAGIC.length + 16, MAGIC.length + 28);
  const tag = file.subarray(file.length - 16);
  const body = file.subarray(MAGIC.length + 28, file.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(passphrase, salt), iv);
  decipher.setAAD(MAGIC);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new BackupError('wrong passphrase, or the file is damaged');
  }
}

/** A backup that cannot be taken or restored, with a sentence for the person at the terminal. */
export class BackupError extends Error {}
