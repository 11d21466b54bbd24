import { type ImportFileReader, importFileReader, ReadError } from '@habitue/import';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { findMerchantBySlug } from '../../repositories/merchants.ts';
import { importCustomersAndPurchases } from '../../use-cases/imports/import-customers-and-purchases.ts';
import { AnalyzeError } from '../analyze/analyze-error.ts';
import { langOf } from '../analyze/analyze-options.ts';
import { errorMessage } from '../analyze/error-messages.ts';
import { readFileTable } from '../analyze/read-file-table.ts';
import type { Io } from '../io.ts';
import { IMPORT_USAGE, mappingProblemText, usageProblemText } from './import-messages.ts';
import { parseImportOptions } from './import-options.ts';
import { renderImportReport } from './render-import-report.ts';

/** Who writes an import from the command line, in the audit log and on the purchases. */
const CLI_ACTOR = { type: 'system', id: 'cli:import' } as const;

/**
 * `habitue import FILE --merchant SLUG [--dry-run] [--valid-rows-only] [--map COLUMN=FIELD …]
 * [--header-row N]`: the file read with the same reader as `habitue analyze` and written in
 * one transaction, its sales stored while the rest of it is read. Exit code: 0 done (nothing new is done too), 1 nothing written, 2 bad
 * command line. Works while the server runs (it reaches the same database).
 */
export async function runImportCommand(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  const options = parseImportOptions(argv);
  if (options === 'help') {
    io.stdout.write(IMPORT_USAGE[lang]);
    return 0;
  }
  if ('code' in options) {
    io.stderr.write(`habitue import: ${usageProblemText(lang, options)}\n\n${IMPORT_USAGE[lang]}`);
    return 2;
  }
  let reader: ImportFileReader;
  try {
    const table = await readFileTable(options.file);
    reader = importFileReader(table, { maps: options.maps, headerLine: options.headerLine });
  } catch (caught) {
    const error =
      caught instanceof ReadError ? AnalyzeError.fromReadError(caught, options.file) : caught;
    if (!(error instanceof AnalyzeError)) throw error;
    io.stderr.write(`${errorMessage(error, lang)}\n`);
    return 1;
  }
  const head = reader.head;
  if (head.mappingProblems.length > 0) {
    const fr = lang === 'fr';
    io.stderr.write(
      `${fr ? `${options.file} ne peut pas être importé` : `${options.file} cannot be imported`}${fr ? ' :' : ':'}\n` +
        head.mappingProblems.map((p) => `  ${mappingProblemText(lang, p)}\n`).join('') +
        `${fr ? 'Colonnes du fichier' : 'Columns of the file'}${fr ? ' : ' : ': '}${head.headers.join(', ')}\n`,
    );
    return 1;
  }
  const storage = await openStorage(loadConfig().database, { command: 'habitue import' });
  try {
    const merchant = await asSystem(storage.db, (tx) => findMerchantBySlug(tx, options.merchant));
    if (!merchant) {
      io.stderr.write(
        lang === 'fr'
          ? `habitue import : aucune boutique « ${options.merchant} » — rien n’a été écrit.\n`
          : `habitue import: no shop "${options.merchant}" — nothing was written.\n`,
      );
      return 1;
    }
    const result = await importCustomersAndPurchases(
      { db: storage.db, merchantId: merchant.id, actor: CLI_ACTOR, now: new Date() },
      reader,
      { dryRun: options.dryRun, validRowsOnly: options.validRowsOnly },
    );
    const report = renderImportReport(
      lang,
      { file: options.file, merchant: merchant.name, currency: merchant.currency },
      reader.finish(),
      result,
    );
    const done = result.status === 'imported' || result.status === 'dry-run';
    (done ? io.stdout : io.stderr).write(report);
    return done ? 0 : 1;
  } finally {
    await storage.close();
  }
}
