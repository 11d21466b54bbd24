import { statSync } from 'node:fs';
import {
  type CollectedTransactions,
  collectTransactionsInTwoParts,
  ReadError,
  TWO_PARTS_FROM_CHARS,
} from '@habitue/import';
import { AnalyzeError } from './analyze-error.ts';
import { langOf, parseAnalyzeOptions } from './analyze-options.ts';
import { analyzeTransactions, buildAnalysis } from './build-analysis.ts';
import { listedCustomerColumns } from './customer-columns.ts';
import { writeCustomerCsv } from './customer-csv.ts';
import { startCustomersJsonWriter } from './customers-json-worker.ts';
import { errorMessage } from './error-messages.ts';
import { createProgress } from './progress.ts';
import { readFileTable } from './read-file-table.ts';
import { readPartInWorker, startPartReader } from './read-worker.ts';
import { renderTextReport } from './render-text-report.ts';
import { USAGE } from './usage.ts';
import { writeJsonReport } from './write-json-report.ts';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `habitue analyze FILE [options]`: a transactions file → customer-value report.
 * Returns the exit code: 0 done, 1 unusable file, 2 wrong command line.
 *
 * @example await runAnalyzeCommand(['ventes.csv', '--margin', '0.3'], process)
 */
export async function runAnalyzeCommand(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  try {
    const options = parseAnalyzeOptions(argv);
    if (options === 'help') {
      io.stdout.write(USAGE[lang]);
      return 0;
    }
    const progress = createProgress(io.stderr, { enabled: options.progress, lang });
    // A big text file is read in two halves at once, the second in a worker thread, started
    // first so that it is ready when its half is.
    const reader = isBig(options.file) ? startPartReader() : null;
    let collected: CollectedTransactions;
    try {
      const table = await readFileTable(options.file);
      collected = await collectTransactionsInTwoParts(
        table,
        {
          overrides: options.overrides,
          headerLine: options.headerLine,
          asOfDay: options.asOfDay,
          keepDuplicates: options.keepDuplicates,
          onProgress: progress.update,
        },
        reader ? reader.read : readPartInWorker,
      );
    } finally {
      reader?.release();
    }
    progress.done();
    if (options.output === 'csv') {
      const { full, analysis } = await analyzeTransactions(options.file, collected, options);
      writeCustomerCsv(io.stdout, collected.customerIds, full, analysis, options.parts.intervals);
      return 0;
    }
    if (options.output === 'json') {
      // A big customer list is laid out by two threads: the worker loads while the models fit.
      const writer =
        collected.customerIds.length >= SPLIT_JSON_FROM ? startCustomersJsonWriter() : null;
      try {
        const { report, full, analysis } = await analyzeTransactions(
          options.file,
          collected,
          options,
        );
        const { customerIds } = collected;
        const columns = listedCustomerColumns(
          customerIds,
          full,
          analysis.rfm,
          analysis.predictions,
        );
        await writeJsonReport(io.stdout, report(), columns, writer);
      } finally {
        writer?.release();
      }
      return 0;
    }
    const report = await buildAnalysis(options.file, collected, options);
    io.stdout.write(renderTextReport(report, options.lang, options.top));
    return 0;
  } catch (caught) {
    const error =
      caught instanceof ReadError ? AnalyzeError.fromReadError(caught, fileOf(argv)) : caught;
    if (!(error instanceof AnalyzeError)) throw error;
    io.stderr.write(`${errorMessage(error, lang)}\n`);
    return error.exitCode;
  }
}

/**
 * Customers from which the `--json` list is laid out by two threads: below, the second thread's
 * start (≈ 0.15 s of CPU to load the bundle) costs about what it saves.
 */
export const SPLIT_JSON_FROM = 40_000;

/** A file of at least as many bytes as a text read in two parts has characters. */
function isBig(path: string): boolean {
  try {
    return statSync(path).size >= TWO_PARTS_FROM_CHARS;
  } catch {
    return false; // reading it says why
  }
}

/** The FILE argument, for messages about a file that was read (options are valid by then). */
function fileOf(argv: readonly string[]): string {
  const options = parseAnalyzeOptions([...argv]);
  return options === 'help' ? '' : options.file;
}
