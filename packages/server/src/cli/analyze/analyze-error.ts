import type { ReadError, ReadErrorCode } from '@habitue/import';

/** Why a file or the command line cannot be used; rendered in French or English in one place. */
export type AnalyzeErrorCode =
  | 'usage'
  | 'bad-option'
  | 'file-not-found'
  | 'not-a-file'
  | 'no-valid-rows'
  | ReadErrorCode;

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

  /** The reader's error about the file at `path`, to be worded for the owner. */
  static fromReadError(error: ReadError, path: string): AnalyzeError {
    return new AnalyzeError(error.code, { ...error.params, path });
  }

  /** 2 for a wrong command line (as most CLIs do), 1 for a file that cannot be used. */
  get exitCode(): number {
    return this.code === 'usage' || this.code === 'bad-option' ? 2 : 1;
  }
}
