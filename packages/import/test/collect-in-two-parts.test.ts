import { describe, expect, it } from 'vitest';
import {
  collectTransactionsInTwoParts,
  type PartReading,
  readTextPart,
  type TextPartJob,
} from '../src/collect-in-two-parts.ts';
import {
  type CollectedTransactions,
  type CollectOptions,
  collectTransactions,
} from '../src/collect-transactions.ts';
import { readTable } from '../src/read-table.ts';

const OPTIONS: CollectOptions = { overrides: {}, asOfDay: null, keepDuplicates: false };

/**
 * A till export of `rows` sales with everything a reader must count the same wherever it starts:
 * title lines, customers coming back throughout, sales without a customer, blank lines, quoted
 * ids holding the delimiter, broken rows, bad dates and amounts, exact duplicates far apart
 * (so across the two halves), and rows after the as-of day when one is given.
 */
function tillExport(rows: number, eol = '\r\n'): string {
  const lines = ['Export caisse du magasin', '', 'N° client;Date;Montant TTC'];
  for (let i = 0; i < rows; i++) {
    // Customers from the first rows on, and new ones only in the second half.
    const customer = `C${(i * 7919) % (i < 2000 ? 613 : 1229)}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + ((i >> 5) % 12)).padStart(2, '0');
    const amount = `${(i * 37) % 200},${String(i % 100).padStart(2, '0')}`;
    if (i % 97 === 0) lines.push(`;${day}/${month}/2024;${amount}`);
    else if (i % 89 === 0) lines.push(`"Dupont; ${i % 5}";${day}/${month}/2024;${amount}`);
    else if (i % 83 === 0) lines.push(`${customer};${day}/${month}`);
    else if (i % 79 === 0) lines.push(`${customer};le ${day};${amount}`);
    else if (i % 73 === 0) lines.push(`${customer};${day}/${month}/2024;beaucoup`);
    else if (i % 71 === 0) lines.push('');
    else if (i % 67 === 0) lines.push(`${customer};${day}/${month}/2025;${amount}`);
    else lines.push(`${customer};${day}/${month}/2024;${amount}`);
  }
  // The same sales again, exported twice: duplicates of rows of the first half in the second.
  for (let i = 0; i < 40; i++) lines.push(lines[10 + i * 3]!);
  return lines.join(eol) + eol;
}

/** The second half read in this thread, its job and result copied as a worker's would be. */
function inThread(use: { started: boolean; stopped: boolean }) {
  return (job: TextPartJob): PartReading => ({
    result: Promise.resolve().then(() => {
      use.started = true;
      return structuredClone(readTextPart(structuredClone(job)));
    }),
    stop: () => {
      use.stopped = true;
    },
  });
}

/** What a reader's result says, in plain data. */
function plain(c: CollectedTransactions) {
  return { ...c, skipped: c.skipped.list(), skippedInOrder: c.skipped.inOrder() };
}

async function bothWays(text: string, options: Partial<CollectOptions> = {}) {
  // The halves are joined only when the first stops exactly where the second starts.
  const table = await readTable(new TextEncoder().encode(text));
  const one = collectTransactions(table, { ...OPTIONS, ...options });
  const use = { started: false, stopped: false };
  const two = await collectTransactionsInTwoParts(
    table,
    { ...OPTIONS, ...options },
    inThread(use),
    0,
  );
  return { one: plain(one), two: plain(two), use };
}

describe('collectTransactionsInTwoParts', () => {
  it('gives what one reader gives: rows, customer indices, skipped rows and their lines', async () => {
    const { one, two, use } = await bothWays(tillExport(3000));
    expect(use).toEqual({ started: true, stopped: false });
    expect(one.skipped.map((s) => s.reason).sort()).toEqual([
      'broken-row',
      'duplicate',
      'invalid-amount',
      'invalid-date',
    ]);
    expect(one.withoutCustomer.rows).toBeGreaterThan(0);
    expect(two).toEqual(one);
  });

  it('the same with an as-of day, line feeds alone and duplicates kept', async () => {
    const asOfDay = Date.UTC(2024, 11, 31) / 86_400_000;
    for (const options of [{ asOfDay }, { keepDuplicates: true }]) {
      const { one, two, use } = await bothWays(tillExport(3000, '\n'), options);
      expect(use).toEqual({ started: true, stopped: false });
      expect(two).toEqual(one);
    }
  });

  it('reads on alone when the middle falls inside a quoted cell spanning lines', async () => {
    const lines = tillExport(3000).split('\r\n');
    const middle = lines.length >> 1;
    // A note of many lines around the middle: the split's line feed is inside its quotes.
    const note = Array.from({ length: 400 }, (_, i) => `ligne ${i}`).join('\n');
    lines[middle] = `C1;02/02/2024;3,00;"${note}"`;
    const { one, two, use } = await bothWays(lines.join('\r\n'));
    expect(use.stopped).toBe(true);
    expect(two).toEqual(one);
  });

  it('reads on alone when the other thread fails', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport(3000)));
    const one = plain(collectTransactions(table, OPTIONS));
    const failing = (): PartReading => ({
      result: Promise.reject(new Error('worker gone')),
      stop: () => {},
    });
    expect(plain(await collectTransactionsInTwoParts(table, OPTIONS, failing, 0))).toEqual(one);
  });

  it('reads a whitespace-separated file in two parts too', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `  ${(i * 31) % 400}  1997${String(1 + (i % 12)).padStart(2, '0')}15   ${i % 9}  ${(i % 50) + 0.5}`,
    );
    const { one, two, use } = await bothWays(`${lines.join('\n')}\n`, {
      overrides: { customer: '1', date: '2', amount: '4' },
    });
    expect(use).toEqual({ started: true, stopped: false });
    expect(one.transactions.day.length).toBe(3000);
    expect(two).toEqual(one);
  });

  it('reads a small file in one part', async () => {
    const table = await readTable(new TextEncoder().encode(tillExport(3000)));
    const use = { started: false, stopped: false };
    await collectTransactionsInTwoParts(table, OPTIONS, inThread(use));
    expect(use).toEqual({ started: false, stopped: false });
  });
});
