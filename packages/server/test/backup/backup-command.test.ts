import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { databaseUrl, runHabitue } from '../import/cli-child.ts';
import { describeEachBackend, openTestDatabase } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const TIMEOUT = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'habitue-backup-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachBackend('habitue backup and restore on the command line', (database, kind) => {
  it(
    'writes an encrypted file and restores it only into a database without the shop',
    async () => {
      const client = testClient(testServices(database()));
      const owner = await signUpOwner(client);
      const customer = await buildCustomer(client, { cookie: owner.cookie });
      const url = await databaseUrl(database().db, kind);
      const out = join(dir, `${kind}.habitue`);
      const passphrase = join(dir, `${kind}.pass`);
      writeFileSync(passphrase, 'une phrase de passe assez longue\n');

      const backup = await runHabitue(
        [
          'backup',
          '--merchant',
          owner.merchant.slug,
          '--out',
          out,
          '--passphrase-file',
          passphrase,
        ],
        url,
        dir,
      );
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);
      expect(readFileSync(out).includes(Buffer.from(customer.cardToken))).toBe(false);

      const noPass = await runHabitue(['restore', out], url, dir);
      expect(noPass.code).toBe(1);
      expect(noPass.stderr).toMatch(/encrypted: give --passphrase-file/);
      const same = await runHabitue(['restore', out, '--passphrase-file', passphrase], url, dir);
      expect(same.code).toBe(1);
      expect(same.stderr).toMatch(/already holds the merchant/);

      const empty = await openTestDatabase(kind);
      try {
        const restored = await runHabitue(
          ['restore', out, '--passphrase-file', passphrase],
          await databaseUrl(empty.db, kind),
          dir,
        );
        expect(restored.stderr).toBe('');
        expect(restored.code).toBe(0);
        const { rows } = await sql<{ card_token: string }>`
          select card_token from customers where id = ${customer.id}`.execute(empty.db);
        expect(rows).toEqual([{ card_token: customer.cardToken }]);
      } finally {
        await empty.close();
      }
    },
    TIMEOUT,
  );
});
