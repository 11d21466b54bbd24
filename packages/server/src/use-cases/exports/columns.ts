/** How a cell is written: text stays text, numbers stay numbers, dates are dates. */
export type CellKind = 'text' | 'integer' | 'cents' | 'date' | 'datetime';

export type ExportLocale = 'fr' | 'en';

/** One column of an export: its key in the row, its header in both languages, its kind. */
export type ExportColumn<K extends string = string> = {
  key: K;
  label: { fr: string; en: string };
  kind: CellKind;
};

export type Cell = string | number | Date | null | undefined;
export type ExportRow = Record<string, Cell>;

/**
 * What a file is made of: its columns, the shop's time zone (dates are the shop's calendar
 * days) and its rows, read lazily so a large shop is never held in memory at once.
 */
export type ExportTable = {
  name: string;
  columns: readonly ExportColumn[];
  timeZone: string;
  rows: AsyncIterable<ExportRow>;
};
