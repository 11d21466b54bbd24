import { readFile } from 'node:fs/promises';
import { AnalyzeError } from './analyze-error.ts';
import { decodeText } from './decode-text.ts';
import { delimitedTable } from './delimited-table.ts';
import { sniffDelimiter } from './sniff-delimiter.ts';
import type { Table } from './table.ts';

/** Reads a CSV/TSV/whitespace text file or an XLSX workbook, whatever its extension says. */
export async function readTable(path: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AnalyzeError(code === 'EISDIR' ? 'not-a-file' : 'file-not-found', { path });
  }
  if (bytes.length === 0) throw new AnalyzeError('file-empty', { path });
  if (isZip(bytes)) {
    try {
      // exceljs takes ~0.5 s to load: only when the file is a workbook.
      const { readXlsxTable } = await import('./xlsx-table.ts');
      return await readXlsxTable(bytes);
    } catch {
      throw new AnalyzeError('unreadable-xlsx', { path });
    }
  }
  if (looksBinary(bytes)) throw new AnalyzeError('unreadable-file', { path });
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new AnalyzeError('file-empty', { path });
  const delimiter = sniffDelimiter(text);
  return delimitedTable(text, delimiter, {
    kind: delimiter === 'whitespace' ? 'whitespace' : 'delimited',
    encoding,
    ...(delimiter === 'whitespace' ? {} : { delimiter }),
  });
}

/** XLSX files are ZIP archives ("PK\3\4"). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A NUL byte in the first kilobytes: an old .xls, a PDF, an image — not a text table. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
