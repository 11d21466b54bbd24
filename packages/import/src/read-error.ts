/** Why a file's content cannot be read as a table; each caller words it for its own people. */
export type ReadErrorCode =
  | 'file-empty'
  | 'unreadable-xlsx'
  | 'unreadable-file'
  | 'columns-not-found'
  | 'column-not-in-file'
  | 'headerless-needs-indices'
  | 'header-row-not-in-file';

export type ReadErrorParams = Record<string, string | number | readonly string[]>;

/** An expected failure of the reader (a file that cannot be used), never a bug. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly params: ReadErrorParams = {},
  ) {
    super(code);
    this.name = 'ReadError';
  }
}
