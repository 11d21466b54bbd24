import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import type { MerchantScope } from '../scope.ts';
import { findUpload } from './find-upload.ts';
import type { ImportReport } from './import-report.ts';
import { type ImportRowProblemCode, rowProblemReason } from './row-problem-texts.ts';

const HEADERS = {
  fr: ['Ligne', 'Champ', 'Code', 'Problème'],
  en: ['Line', 'Field', 'Code', 'Problem'],
} as const;

/**
 * The rows the last dry run or import left out, one per line, as a CSV made for the
 * person's spreadsheet: French (`;`, UTF-8 with BOM, for Excel) or English (`,`).
 */
export async function importReportCsv(
  scope: MerchantScope,
  id: string,
  locale: 'fr' | 'en',
): Promise<{ fileName: string; csv: string }> {
  const upload = await withMerchant(scope.db, scope.merchantId, (tx) =>
    findUpload(tx, scope.merchantId, id),
  );
  const report = upload.report as ImportReport | null;
  if (report === null) throw notFound('Import report');
  const separator = locale === 'fr' ? ';' : ',';
  const lines = [
    HEADERS[locale],
    ...report.rowProblems.map((p) => [
      String(p.line),
      p.field ?? '',
      p.problem,
      rowProblemReason(locale, p.problem as ImportRowProblemCode),
    ]),
  ].map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator));
  const base = upload.file_name.replace(/\.[^.]*$/, '');
  return {
    fileName: `${base}-${locale === 'fr' ? 'rapport' : 'report'}.csv`,
    csv: `${locale === 'fr' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`,
  };
}

/** Quoted when needed; a cell a spreadsheet would run as a formula is neutralised. */
function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
