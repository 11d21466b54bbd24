import { decodeText } from './decode-text.ts';
import { delimitedTable } from './delimited-table.ts';
import { ReadError } from './read-error.ts';
import { sniffDelimiter } from './sniff-delimiter.ts';
import type { Table } from './table.ts';

/**
 * The bytes of a CSV/TSV/whitespace text file or an XLSX workbook → a table, whatever the
 * file's name says. Throws a {@link ReadError} for an empty, binary or damaged file.
 *
 * @example const table = await readTable(await readFile('ventes.csv'));
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new ReadError('file-empty');
  if (isZip(bytes)) {
    try {
      // exceljs takes ~0.5 s to load: only when the file is a workbook.
      const { readXlsxTable } = await import('./xlsx-table.ts');
      return await readXlsxTable(bytes);
    } catch {
      throw new ReadError('unreadable-xlsx');
    }
  }
  if (looksBinary(bytes)) throw new ReadError('unreadable-file');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new ReadError('file-empty');
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
