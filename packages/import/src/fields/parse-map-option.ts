import { type ImportField, parseImportField } from './import-fields.ts';

/** One `--map COLUMN=FIELD`: a header name (or a 1-based column number) and its field. */
export interface ColumnMapOption {
  column: string;
  field: ImportField;
}

/** Why a `--map` value cannot be used. */
export type MapOptionProblem = 'missing-equals' | 'missing-column' | 'unknown-field';

/**
 * `COLUMN=FIELD` → the column and its field. The split is at the last `=`: a header may contain
 * one ("Total=HT+TVA"), a field name never does.
 *
 * @example parseMapOption('N° client=customerRef') // { column: 'N° client', field: 'customerRef' }
 */
export function parseMapOption(
  text: string,
): { ok: true; value: ColumnMapOption } | { ok: false; problem: MapOptionProblem } {
  const equals = text.lastIndexOf('=');
  if (equals < 0) return { ok: false, problem: 'missing-equals' };
  const column = text.slice(0, equals).trim();
  if (column === '') return { ok: false, problem: 'missing-column' };
  const field = parseImportField(text.slice(equals + 1).trim());
  if (field === null) return { ok: false, problem: 'unknown-field' };
  return { ok: true, value: { column, field } };
}
