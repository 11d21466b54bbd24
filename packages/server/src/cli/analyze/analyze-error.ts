/** Why a file or the command line cannot be used; rendered in French or English in one place. */
export type AnalyzeErrorCode =
  | 'usage'
  | 'bad-option'
  | 'file-not-found'
  | 'not-a-file'
  | 'file-empty'
  | 'unreadable-xlsx'
  | 'unreadable-file'
  | 'columns-not-found'
  | 'column-not-in-file'
  | 'headerless-needs-indices'
  | 'no-valid-rows';

export type AnalyzeErrorParams = Record<string, string | number | readonly string[]>;

/** An expected failure of `habitue analyze`: the message is for the shop owner, no stack. */
export class AnalyzeError extends Error {
  constructor(
    readonly code: AnalyzeErrorCode,
    readonly params: AnalyzeErrorParams = {},
  ) {
    super(code);
    this.name = 'AnalyzeError';
  }

  /** 2 for a wrong command line (as most CLIs do), 1 for a file that cannot be used. */
  get exitCode(): number {
    return this.code === 'usage' || this.code === 'bad-option' ? 2 : 1;
  }
}
