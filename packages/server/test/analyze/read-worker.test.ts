import {
  type CollectOptions,
  collectTransactions,
  collectTransactionsInTwoParts,
  type PartReading,
  readTable,
  type TextPartJob,
} from '@habitue/import';
import { describe, expect, it } from 'vitest';
import { readPartInWorker, startPartReader } from '../../src/cli/analyze/read-worker.ts';

const OPTIONS: CollectOptions = { overrides: {}, asOfDay: null, keepDuplicates: false };

/** 4,000 till lines: returning customers, new ones late in the file, a bad date, a duplicate. */
function tillExport(): string {
  const lines = ['N° client;Date;Montant TTC'];
  for (let i = 0; i < 4000; i++) {
    const customer = `C${(i * 7919) % (i < 3000 ? 701 : 1409)}`;
    const date =
      i % 501 === 0 ? 'hier' : `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2024`;
    lines.push(`${customer};${date};${(i * 37) % 300},${String(i % 100).padStart(2, '0')}`);
  }
  lines.push(lines[5]!);
  return `${lines.join('\r\n')}\r\n`;
}

describe('readPartInWorker', () => {
  it('reads the second half in a worker thread: the same as one reader', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    const one = collectTransactions(table, OPTIONS);
    let part: unknown = null;
    let stopped = false;
    const watched = (job: TextPartJob): PartReading => {
      const reading = readPartInWorker(job);
      reading.result.then((p) => {
        part = p;
      });
      const stop = () => {
        stopped = true;
        reading.stop();
      };
      return { result: reading.result, stop };
    };
    const two = await collectTransactionsInTwoParts(table, OPTIONS, watched, 0);
    // The worker's rows were joined, not read again here.
    expect(stopped).toBe(false);
    expect(part).toMatchObject({ rowsRead: expect.any(Number) });
    expect(two.skipped.list()).toEqual(one.skipped.list());
    expect(one.skipped.list().map((s) => s.reason)).toEqual(['invalid-date', 'duplicate']);
    expect({ ...two, skipped: null }).toEqual({ ...one, skipped: null });
  });

  it('a worker that cannot read its part fails its reading, and the file is read here', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    // A plan the worker cannot clone back into a reader: its reading rejects.
    const reading = readPartInWorker({
      text: 'a;b\n',
      format: table.format,
      plan: null as never,
    });
    await expect(reading.result).rejects.toThrow();
    const failing = () => reading;
    const one = collectTransactions(table, OPTIONS);
    const two = await collectTransactionsInTwoParts(table, OPTIONS, failing, 0);
    expect({ ...two, skipped: two.skipped.list() }).toEqual({
      ...one,
      skipped: one.skipped.list(),
    });
  });

  it('a worker started before the file is read reads the part it is given; unused, it is stopped', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    const one = collectTransactions(table, OPTIONS);
    const reader = startPartReader();
    const two = await collectTransactionsInTwoParts(table, OPTIONS, reader.read, 0);
    reader.release(); // it was given a part: it finishes and exits on its own
    expect({ ...two, skipped: two.skipped.list() }).toEqual({
      ...one,
      skipped: one.skipped.list(),
    });
    const unused = startPartReader();
    unused.release();
    // Released without a part, the worker is stopped: a reading asked of it then fails.
    const late = unused.read({ text: 'a;b\n', format: table.format, plan: one as never });
    await expect(late.result).rejects.toThrow(/exited/);
  });
});
