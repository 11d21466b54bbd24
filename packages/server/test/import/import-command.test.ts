import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { databaseUrl, runHabitue } from './cli-child.ts';
import { countRows, newMerchant } from './import-file.ts';

const TIMEOUT = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'habitue-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const GOOD = `N° client;Prénom;Date;Montant\nC1;Léa;05/03/2024;12,50\nC2;Paul;06/03/2024;8,00\n`;
const WITH_BAD_ROW = `N° client;Date;Montant\nC1;05/03/2024;12,50\nC2;pas une date;8,00\n`;

describeEachBackend('habitue import on the command line', (database, kind) => {
  it(
    'exits 0 when done, and 0 again when a second import finds nothing new',
    async () => {
      const { db } = database();
      const merchant = await newMerchant(db, 'cli-done');
      const url = await databaseUrl(db, kind);
      const path = file('good.csv', GOOD);
      const first = await runHabitue(['import', path, '--merchant', 'cli-done'], url, dir);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Clients : 2 ajoutés, 0 déjà connus/);
      expect(first.stdout).toMatch(/Achats : 2 ajoutés, 0 déjà importés/);
      const again = await runHabitue(
        ['import', path, '--merchant', 'cli-done', '--lang', 'en'],
        url,
        dir,
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/Purchases: 0 added, 2 already imported/);
      expect(await countRows(db, merchant)).toMatchObject({ customers: 2, purchases: 2 });
    },
    TIMEOUT,
  );

  it(
    'exits 1 and writes nothing when rows have problems, unless --valid-rows-only is given',
    async () => {
      const { db } = database();
      const merchant = await newMerchant(db, 'cli-rows');
      const url = await databaseUrl(db, kind);
      const path = file('bad-row.csv', WITH_BAD_ROW);
      const refused = await runHabitue(['import', path, '--merchant', 'cli-rows'], url, dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/ligne 3 \(date\) : date illisible/);
      expect(refused.stderr).toMatch(/Rien n’a été importé/);
      expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0 });
      const valid = await runHabitue(
        ['import', path, '--merchant', 'cli-rows', '--valid-rows-only'],
        url,
        dir,
      );
      expect(valid.code).toBe(0);
      expect(await countRows(db, merchant)).toMatchObject({ customers: 1, purchases: 1 });
    },
    TIMEOUT,
  );

  it(
    'writes nothing in a dry run (exit 0)',
    async () => {
      const { db } = database();
      const merchant = await newMerchant(db, 'cli-dry');
      const url = await databaseUrl(db, kind);
      const path = file('dry.csv', GOOD);
      const dry = await runHabitue(
        ['import', path, '--merchant', 'cli-dry', '--dry-run'],
        url,
        dir,
      );
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(/Achats : 2 à ajouter/);
      expect(dry.stdout).toMatch(/rien n’a été écrit/);
      expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0 });
    },
    TIMEOUT,
  );

  it(
    'exits 1 for a file it cannot use or a shop that does not exist, 2 for a bad command line',
    async () => {
      const { db } = database();
      await newMerchant(db, 'cli-codes');
      const url = await databaseUrl(db, kind);
      const noCustomer = file('no-customer.csv', `Date;Montant\n05/03/2024;12,50\n`);
      const unusable = await runHabitue(
        ['import', noCustomer, '--merchant', 'cli-codes'],
        url,
        dir,
      );
      expect(unusable.code).toBe(1);
      expect(unusable.stderr).toMatch(/aucune colonne pour reconnaître le client/);
      const missing = await runHabitue(
        ['import', join(dir, 'absent.csv'), '--merchant', 'cli-codes'],
        url,
        dir,
      );
      expect(missing.code).toBe(1);
      const shop = await runHabitue(
        ['import', file('shop.csv', GOOD), '--merchant', 'nobody'],
        url,
        dir,
      );
      expect(shop.code).toBe(1);
      expect(shop.stderr).toMatch(/aucune boutique « nobody »/);
      const noMerchant = await runHabitue(['import', noCustomer], url, dir);
      expect(noMerchant.code).toBe(2);
      const badMap = await runHabitue(
        ['import', noCustomer, '--merchant', 'cli-codes', '--map', 'Date=when'],
        url,
        dir,
      );
      expect(badMap.code).toBe(2);
      expect(badMap.stderr).toMatch(/--map Date=when : champ inconnu/);
    },
    TIMEOUT,
  );
});
