import type { ColumnNotice, ImportField, ImportFile, MappingProblem } from '@habitue/import';
import type { ImportCounts, ImportResult } from './import-customers-and-purchases.ts';
import { REPORT_MAX_PROBLEMS } from './upload-limits.ts';

/** One row left out, and why (the reader's problem codes and the counter's checks). */
export type ReportRowProblem = {
  line: number;
  field: ImportField | string | null;
  problem: string;
};

/** What a dry run or an import found: the counts, and every row left out with its reason. */
export type ImportReport = {
  kind: 'dry-run' | 'import';
  outcome: 'imported' | 'dry-run' | 'row-problems' | 'unknown-programs' | 'mapping-problems';
  at: string;
  rowsRead: number;
  counts: ImportCounts | null;
  withoutCustomer: { rows: number; amountCents: number };
  consentsWithoutProof: number;
  notices: ColumnNotice[];
  mappingProblems: MappingProblem[];
  unknownPrograms: string[];
  /** All of them, even when only the first {@link REPORT_MAX_PROBLEMS} are kept. */
  rowProblemCount: number;
  rowProblems: ReportRowProblem[];
};

/** The file as read and what writing it gave → the report kept with the import. */
export function importReport(
  kind: ImportReport['kind'],
  file: ImportFile,
  result: ImportResult | null,
  now: Date,
): ImportReport {
  const stored = result !== null && 'rowProblems' in result ? result.rowProblems : [];
  const rowProblems: ReportRowProblem[] = [...file.rowProblems, ...stored].sort(
    (a, b) => a.line - b.line,
  );
  return {
    kind,
    outcome: result === null ? 'mapping-problems' : result.status,
    at: now.toISOString(),
    rowsRead: file.rowsRead,
    counts: result !== null && 'counts' in result ? result.counts : null,
    withoutCustomer: file.withoutCustomer,
    consentsWithoutProof: file.consentsWithoutProof,
    notices: file.notices,
    mappingProblems: file.mappingProblems,
    unknownPrograms: result?.status === 'unknown-programs' ? result.programs : [],
    rowProblemCount: rowProblems.length,
    rowProblems: rowProblems.slice(0, REPORT_MAX_PROBLEMS),
  };
}
