import { collectTransactions } from '@habitue/import';
import { describe, expect, it } from 'vitest';
import type { AnalysisReport, CustomerReport } from '../../src/cli/analyze/analysis-report.ts';
import { parseAnalyzeOptions } from '../../src/cli/analyze/analyze-options.ts';
import { analyzeTransactions } from '../../src/cli/analyze/build-analysis.ts';
import { amountText, CsvBytes } from '../../src/cli/analyze/csv-bytes.ts';
import { csvOfRows } from '../../src/cli/analyze/customer-csv.ts';
import { money } from '../../src/cli/analyze/key-figures.ts';
import { readFileTable } from '../../src/cli/analyze/read-file-table.ts';
import { analyzeJson, runAnalyze, writeFixture } from './run-analyze.ts';

/** 60 customers over two years: with a 6-month horizon, the backtest runs by default. */
function shopCsv(ids: (c: number) => string = (c) => `K${c}`): string {
  const lines = ['client;date;montant'];
  for (let c = 0; c < 60; c++) {
    const visits = 1 + (c % 7);
    for (let v = 0; v < visits; v++) {
      const day = 1 + ((c * 7 + v * 37) % 28);
      const month = 1 + ((c + v * 5) % 12);
      const year = 2023 + ((c + v) % 2);
      lines.push(`${ids(c)};${day}/${month}/${year};${10 + c},${v}0`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const SIX_MONTHS = ['--horizon', '6m'];

const figures = (c: CustomerReport) => [c.id, c.pAlive, c.expectedPurchases, c.clv, c.rfm];

/** The CSV back into cells (RFC 4180 quotes), header first. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\n')) {
    const cells: string[] = [];
    const cell = /("((?:[^"]|"")*)"|[^,]*)(,|$)/gy;
    while (cell.lastIndex < line.length) {
      const m = cell.exec(line);
      if (!m) break;
      cells.push(m[2] !== undefined ? m[2].replaceAll('""', '"') : m[1]!);
      if (m[3] === '') break;
    }
    if (line.endsWith(',')) cells.push('');
    rows.push(cells);
  }
  return rows;
}

/** A JSON report's customers as the CSV writes them. */
function expectedCsvRows(report: AnalysisReport, intervals: boolean): string[][] {
  const cell = (v: number | string | null | undefined) => (v == null ? '' : String(v));
  return report.customers.map((c) => {
    const row = [
      c.id.startsWith('=') ? `'${c.id}` : c.id,
      c.frequency,
      c.recency,
      c.T,
      c.monetary,
      c.averageBasket,
      c.revenue,
      c.firstPurchase,
      c.lastPurchase,
      c.pAlive,
      c.expectedPurchases,
      c.expectedAvgSpend,
      c.clv,
      c.rfm?.r,
      c.rfm?.f,
      c.rfm?.m,
      c.rfm?.segment,
    ];
    if (intervals) {
      row.push(...(c.pAliveInterval ?? [null, null]));
      row.push(...(c.expectedPurchasesInterval ?? [null, null]));
      row.push(...(c.clvInterval ?? [null, null]));
    }
    return row.map(cell);
  });
}

describe('habitue analyze --quick and its parts', () => {
  it('gives the same figures without seasons, backtest or intervals, and says what it left out', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    const full = await analyzeJson([path, '--no-seasons', ...SIX_MONTHS]);
    expect(full.summary.backtest.status).toBe('done');
    const quick = await analyzeJson([path, '--quick', ...SIX_MONTHS]);
    expect(quick.summary.backtest).toEqual({ status: 'off' });
    expect(quick.summary.seasons.status).toBe('off');
    expect(quick.customers.map(figures)).toEqual(full.customers.map(figures));
    expect(quick.summary.forecast?.clv?.value).toBe(full.summary.forecast?.clv?.value);
    expect(quick.summary.forecast?.clv?.interval).toBeNull();
    for (const c of quick.customers) {
      expect([c.pAliveInterval, c.expectedPurchasesInterval, c.clvInterval]).toEqual([
        null,
        null,
        null,
      ]);
    }
    expect(full.customers.some((c) => c.clvInterval !== null)).toBe(true);
  });

  it('leaves out each part alone', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    const noBacktest = await analyzeJson([path, '--no-backtest', ...SIX_MONTHS]);
    expect(noBacktest.summary.backtest.status).toBe('off');
    expect(noBacktest.customers.some((c) => c.clvInterval !== null)).toBe(true);
    const noIntervals = await analyzeJson([path, '--no-intervals', ...SIX_MONTHS]);
    expect(noIntervals.summary.backtest.status).toBe('done');
    expect(noIntervals.customers.every((c) => c.clvInterval === null)).toBe(true);
  });

  it('says in the report, in each language, that the forecast was not checked', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    const fr = await runAnalyze([path, '--quick']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain(
      'Prévision non vérifiée : analyse demandée sans cette vérification.',
    );
    const en = await runAnalyze([path, '--quick', '--lang', 'en']);
    expect(en.stdout).toContain(
      'The forecast is not checked: the analysis was asked without this check.',
    );
  });
});

describe('habitue analyze --csv', () => {
  it('writes the JSON customers, in the same order and digits, one line each', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    for (const extra of [[], ['--quick']]) {
      const json = await analyzeJson([path, ...extra]);
      const csv = await runAnalyze([path, '--csv', ...extra]);
      expect(csv.code).toBe(0);
      const [header, ...rows] = parseCsv(csv.stdout);
      expect(header!.slice(0, 3)).toEqual(['id', 'frequency', 'recency']);
      expect(header!.includes('clvLow')).toBe(extra.length === 0);
      expect(rows).toEqual(expectedCsvRows(json, extra.length === 0));
    }
  });

  it('quotes and neutralises ids a spreadsheet would misread', async () => {
    const awkward = (c: number) => (c === 3 ? '=1+1' : c === 5 ? 'Dupont, "Jo"' : `K${c}`);
    const path = writeFixture('awkward.csv', shopCsv(awkward));
    const json = await analyzeJson([path, '--quick']);
    const csv = await runAnalyze([path, '--csv', '--quick']);
    expect(csv.stdout).toContain('"Dupont, ""Jo"""');
    expect(csv.stdout).toContain("'=1+1,");
    const [, ...rows] = parseCsv(csv.stdout);
    expect(rows).toEqual(expectedCsvRows(json, false));
  });

  it('writes ids beyond ASCII in UTF-8, plain or quoted', async () => {
    const accented = (c: number) => (c === 2 ? 'Hélène Côté' : c === 4 ? 'Zoë, "𝄞"' : `K${c}`);
    const path = writeFixture('accented.csv', shopCsv(accented));
    const json = await analyzeJson([path, '--quick']);
    const csv = await runAnalyze([path, '--csv', '--quick']);
    expect(csv.stdout).toContain('\nHélène Côté,');
    expect(csv.stdout).toContain('\n"Zoë, ""𝄞""",');
    const [, ...rows] = parseCsv(csv.stdout);
    expect(rows).toEqual(expectedCsvRows(json, false));
  });

  it('hands the stream whole lines of UTF-8, in chunks, each chunk a buffer of its own', () => {
    const chunks: Uint8Array[] = [];
    const bytes = new CsvBytes({ write: (chunk) => chunks.push(chunk) });
    const line = `é${'x'.repeat(997)},`; // 1,000 bytes with its line break
    for (let i = 0; i < 600; i++) {
      bytes.text(line);
      bytes.endLine();
    }
    bytes.number(-12);
    bytes.byte(0x2c);
    bytes.number(2 ** 31);
    bytes.byte(0x2c);
    bytes.number(0.1 + 0.2);
    bytes.endLine();
    bytes.flush();
    expect(chunks.length).toBe(3);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(3);
    const texts = chunks.map((c) => Buffer.from(c).toString('utf8'));
    for (const text of texts) expect(text.endsWith('\n')).toBe(true);
    expect(texts.join('')).toBe(`${`${line}\n`.repeat(600)}-12,2147483648,0.30000000000000004\n`);
  });

  it('writes rows as RFC 4180 fields, numbers as String prints them', () => {
    const rows = [
      ['K1', 0.1 + 0.2, 3, null, '2024-01-05', 'champions'],
      ['Jean Dupont', -0, 1e21, 5e-7, null, 'lost'],
    ];
    expect(csvOfRows(rows)).toBe(
      'K1,0.30000000000000004,3,,2024-01-05,champions\nJean Dupont,0,1e+21,5e-7,,lost\n',
    );
  });

  it('prints an amount of cents as String prints it in units', () => {
    const cents = [0, -0, 0.4, -0.4, 5, -5, 10, 99, 100, 101, 110, 123_450, -123_456, 1e15, 2.5e21];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const magnitude = 10 ** (i % 16);
      cents.push(((seed / 2_147_483_648) * 2 - 1) * magnitude);
    }
    for (const c of cents) expect(amountText(c), String(c)).toBe(String(money(c)));
    expect([amountText(123_450), amountText(-5), amountText(120)]).toEqual([
      '1234.5',
      '-0.05',
      '1.2',
    ]);
  });

  it('does not compute the backtest the customer file has no place for', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    const backtestOf = async (output: string[]) => {
      const options = parseAnalyzeOptions([path, ...output, ...SIX_MONTHS]);
      if (options === 'help') throw new Error('unexpected help');
      const collected = collectTransactions(await readFileTable(path), {
        overrides: options.overrides,
        headerLine: options.headerLine,
        asOfDay: options.asOfDay,
        keepDuplicates: options.keepDuplicates,
      });
      const analysis = await analyzeTransactions(path, collected, options);
      return (await analysis.report()).summary.backtest.status;
    };
    expect(await backtestOf(['--json'])).toBe('done');
    expect(await backtestOf(['--csv'])).toBe('off');
  });

  it('refuses --json with --csv, in the person’s language', async () => {
    const path = writeFixture('two-years.csv', shopCsv());
    const fr = await runAnalyze([path, '--json', '--csv']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('soit --json, soit --csv, pas les deux');
    const en = await runAnalyze([path, '--json', '--csv', '--lang', 'en']);
    expect(en.stderr).toContain('either --json or --csv, not both');
  });
});
