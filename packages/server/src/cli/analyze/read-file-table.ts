import { readFile } from 'node:fs/promises';
import { ReadError, readTable, type Table } from '@habitue/import';
import { AnalyzeError } from './analyze-error.ts';

/** Reads a file from disk into a table; a missing or unusable file becomes an AnalyzeError. */
export async function readFileTable(path: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AnalyzeError(code === 'EISDIR' ? 'not-a-file' : 'file-not-found', { path });
  }
  try {
    return await readTable(bytes);
  } catch (error) {
    if (error instanceof ReadError) throw AnalyzeError.fromReadError(error, path);
    throw error;
  }
}
