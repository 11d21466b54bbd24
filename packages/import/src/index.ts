// The spreadsheet reader shared by `habitue analyze`, `habitue import` and the web import:
// bytes in → a table → columns chosen from the headers → typed rows, and every row left out
// with its reason.
export {
  type ColumnChoice,
  type ColumnNotice,
  type ColumnOverrides,
  chooseColumns,
} from './choose-columns.ts';
export {
  collectTransactionsInTwoParts,
  type PartReading,
  readTextPart,
  type TextPartJob,
  TWO_PARTS_FROM_CHARS,
} from './collect-in-two-parts.ts';
export {
  type CollectedPart,
  type CollectedTransactions,
  type CollectOptions,
  collectTransactions,
} from './collect-transactions.ts';
export { decodeText } from './decode-text.ts';
export { delimitedTable } from './delimited-table.ts';
export {
  groupPurchases,
  type ImportedPurchase,
  PurchaseGrouper,
  type PurchaseLine,
  type PurchaseLineConflict,
} from './fields/group-purchases.ts';
export {
  IMPORT_FIELDS,
  type ImportField,
  type OpeningBalanceField,
  openingBalanceProgram,
  type PlainImportField,
  parseImportField,
} from './fields/import-fields.ts';
export {
  type ColumnMapping,
  type FieldMapping,
  type MappingProblem,
  mapColumns,
} from './fields/map-columns.ts';
export {
  type ColumnMapOption,
  type MapOptionProblem,
  parseMapOption,
} from './fields/parse-map-option.ts';
export { type PreviewRow, previewRows } from './fields/preview-rows.ts';
export {
  type ImportCustomer,
  type ImportFile,
  type ImportFileReader,
  type ImportReadOptions,
  importFileReader,
  type RowProblem,
  readImportFile,
} from './fields/read-import-file.ts';
export {
  type Birthday,
  type FieldProblem,
  type ImportRow,
  type ImportRowFormats,
  readImportRow,
} from './fields/read-import-row.ts';
export { RowIdentities, rowContent } from './fields/row-identity.ts';
export { findHeaderRow } from './find-header-row.ts';
export {
  type ColumnRole,
  headerRank,
  KNOWN_HEADERS,
  normalizeHeader,
  type TaxBasis,
  taxBasis,
} from './header-names.ts';
export { type DateStyle, inferDateStyle } from './infer-date-style.ts';
export { inferCancellation, inferDayOrder, inferDecimalSeparator } from './infer-formats.ts';
export { lineAmount, type ReadValue } from './line-amount.ts';
export { type DayOrder, epochDay, formatDay, parseDateCell } from './parse-date.ts';
export { type DecimalSeparator, parseLocaleNumber, parsePlainRange } from './parse-number.ts';
export { ReadError, type ReadErrorCode, type ReadErrorParams } from './read-error.ts';
export { readTable } from './read-table.ts';
export { type ParsedRow, type RowFormats, type RowReader, rowReader } from './row-reader.ts';
export { type SkippedReason, SkippedRows, type SkipReason } from './skipped-rows.ts';
export { type Delimiter, sniffDelimiter } from './sniff-delimiter.ts';
export type { Cell, RowPosition, RowView, Table, TableFormat, TextRowView } from './table.ts';
