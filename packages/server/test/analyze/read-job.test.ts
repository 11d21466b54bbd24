import {
  type CollectOptions,
  collectTransactions,
  collectTransactionsInTwoParts,
  type PartReading,
  readTable,
  type TextPartJob,
} from '@habitue/import';
import { describe, expect, it } from 'vitest';
import { analyzeHelper } from '../../src/cli/analyze/analyze-helper.ts';
import type { HelperThread } from '../../src/cli/analyze/helper-thread.ts';
import { partReader } from '../../src/cli/analyze/read-job.ts';

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

/** A helper thread for one test, stopped after it whatever happens. */
async function withHelper<T>(test: (helper: HelperThread) => Promise<T>): Promise<T> {
  const helper = analyzeHelper();
  try {
    return await test(helper);
  } finally {
    helper.stop();
  }
}

describe('partReader', () => {
  it('reads the second half in the helper thread: the same as one reader', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    const one = collectTransactions(table, OPTIONS);
    await withHelper(async (helper) => {
      let part: unknown = null;
      let stopped = false;
      const watched = (job: TextPartJob): PartReading => {
        const reading = partReader(helper)(job);
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
      // The helper's rows were joined, not read again here.
      expect(stopped).toBe(false);
      expect(part).toMatchObject({ rowsRead: expect.any(Number) });
      expect(two.skipped.list()).toEqual(one.skipped.list());
      expect(one.skipped.list().map((s) => s.reason)).toEqual(['invalid-date', 'duplicate']);
      expect({ ...two, skipped: null }).toEqual({ ...one, skipped: null });
    });
  });

  it('a helper that cannot read its part fails its reading, the file is read here, and the helper goes on', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    const one = collectTransactions(table, OPTIONS);
    await withHelper(async (helper) => {
      // A plan the helper cannot read with: its reading rejects.
      const reading = partReader(helper)({
        text: 'a;b\n',
        format: table.format,
        plan: null as never,
      });
      await expect(reading.result).rejects.toThrow();
      const two = await collectTransactionsInTwoParts(table, OPTIONS, () => reading, 0);
      expect({ ...two, skipped: two.skipped.list() }).toEqual({
        ...one,
        skipped: one.skipped.list(),
      });
      // The same helper reads the next part it is given.
      const again = await collectTransactionsInTwoParts(table, OPTIONS, partReader(helper), 0);
      expect({ ...again, skipped: again.skipped.list() }).toEqual({
        ...one,
        skipped: one.skipped.list(),
      });
    });
  });

  it('a helper started before the file is read reads the part it is given; stopped, it reads no more', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport()));
    const one = collectTransactions(table, OPTIONS);
    const helper = analyzeHelper();
    helper.start();
    const two = await collectTransactionsInTwoParts(table, OPTIONS, partReader(helper), 0);
    helper.stop();
    expect({ ...two, skipped: two.skipped.list() }).toEqual({
      ...one,
      skipped: one.skipped.list(),
    });
    const late = partReader(helper)({ text: 'a;b\n', format: table.format, plan: one as never });
    await expect(late.result).rejects.toThrow(/stopped/);
  });
});
