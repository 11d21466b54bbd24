import { statSync } from 'node:fs';
import { collectTransactionsInTwoParts, ReadError, TWO_PARTS_FROM_CHARS } from '@habitue/import';
import { AnalyzeError } from './analyze-error.ts';
import { analyzeHelper } from './analyze-helper.ts';
import { type AnalyzeOptions, langOf, parseAnalyzeOptions } from './analyze-options.ts';
import { analyzeTransactions, buildAnalysis } from './build-analysis.ts';
import { listedCustomerColumns } from './customer-columns.ts';
import { writeCustomerCsv } from './customer-csv.ts';
import { errorMessage } from './error-messages.ts';
import type { HelperThread } from './helper-thread.ts';
import { createProgress, type Progress } from './progress.ts';
import { readFileTable } from './read-file-table.ts';
import { partReader } from './read-job.ts';
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
    const helper = analyzeHelper();
    try {
      return await analyze(options, io, helper, progress);
    } finally {
      helper.stop();
    }
  } catch (caught) {
    const error =
      caught instanceof ReadError ? AnalyzeError.fromReadError(caught, fileOf(argv)) : caught;
    if (!(error instanceof AnalyzeError)) throw error;
    io.stderr.write(`${errorMessage(error, lang)}\n`);
    return error.exitCode;
  }
}

/**
 * Reads, analyses and writes, with `helper` as second thread: it reads the second half of a big
 * file, computes the backtest and lays out part of a big `--json` customer list.
 */
async function analyze(
  options: AnalyzeOptions,
  io: Io,
  helper: HelperThread,
  progress: Progress,
): Promise<number> {
  // A big text file is read in two halves at once, the second in the helper thread, started
  // first so that it is ready when its half is.
  if (isBig(options.file)) helper.start();
  const table = await readFileTable(options.file);
  const collected = await collectTransactionsInTwoParts(
    table,
    {
      overrides: options.overrides,
      headerLine: options.headerLine,
      asOfDay: options.asOfDay,
      keepDuplicates: options.keepDuplicates,
      onProgress: progress.update,
    },
    partReader(helper),
  );
  progress.done();
  if (options.output === 'csv') {
    const { full, analysis } = await analyzeTransactions(options.file, collected, options, helper);
    writeCustomerCsv(io.stdout, collected.customerIds, full, analysis, options.parts.intervals);
    return 0;
  }
  if (options.output === 'json') {
    const { report, full, analysis } = await analyzeTransactions(
      options.file,
      collected,
      options,
      helper,
    );
    const { customerIds } = collected;
    const columns = listedCustomerColumns(customerIds, full, analysis.rfm, analysis.predictions);
    // A big customer list is laid out by two threads.
    const second = customerIds.length >= SPLIT_JSON_FROM ? helper : null;
    await writeJsonReport(io.stdout, report, columns, second);
    return 0;
  }
  const report = await buildAnalysis(options.file, collected, options, helper);
  io.stdout.write(renderTextReport(report, options.lang, options.top));
  return 0;
}

/**
 * Customers from which the `--json` list is laid out by two threads. The threshold was measured
 * when the second thread was started for the list (≈ 0.15 s of CPU to load the bundle): below,
 * that cost about what it saved. A small file's helper may still be unstarted.
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
