import { describe, expect, it } from 'vitest';
import { runAnalyze, writeFixture } from './run-analyze.ts';

/** 40 customers over a year: enough for the models to fit. */
function shopCsv(): string {
  const lines = ['client;date;montant'];
  for (let c = 0; c < 40; c++) {
    const visits = 1 + (c % 6);
    for (let v = 0; v < visits; v++) {
      const day = 1 + ((c * 7 + v * 37) % 28);
      const month = 1 + ((c + v * 2) % 12);
      lines.push(`K${c};${day}/${month}/2024;${10 + c},${v}0`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('habitue analyze --json', () => {
  it('writes only the documented document on stdout', async () => {
    const path = writeFixture('shop.csv', shopCsv());
    const result = await runAnalyze([path, '--json', '--progress', '--margin', '0.3']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['summary', 'models', 'customers']);
    expect(Object.keys(report.models)).toEqual(['bgnbd', 'paretonbd', 'gammagamma', 'chosen']);
    expect(report.models.bgnbd.status).toBe('fitted');
    expect(report.summary.settings).toEqual({
      unit: 'week',
      horizon: '12m',
      monthlyDiscountRate: 0.01,
      margin: 0.3,
    });
    expect(report.customers).toHaveLength(40);
    for (const c of report.customers) {
      expect(Object.keys(c)).toEqual([
        'id',
        'frequency',
        'recency',
        'T',
        'monetary',
        'averageBasket',
        'revenue',
        'firstPurchase',
        'lastPurchase',
        'pAlive',
        'pAliveInterval',
        'expectedPurchases',
        'expectedPurchasesInterval',
        'expectedAvgSpend',
        'clv',
        'clvInterval',
        'rfm',
      ]);
      expect(c.pAlive).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(Object.keys(c.rfm)).toEqual(['r', 'f', 'm', 'segment']);
    }
    // Highest CLV first.
    const clvs = report.customers.map((c: { clv: number }) => c.clv);
    expect(clvs).toEqual([...clvs].sort((a, b) => b - a));
  });

  it('reports refused fits instead of inventing predictions', async () => {
    const path = writeFixture('tiny.csv', 'client;date;montant\nA;01/01/2024;3\nA;01/02/2024;4\n');
    const result = await runAnalyze([path, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.models.bgnbd).toMatchObject({ status: 'failed', reason: 'too-few-customers' });
    expect(report.models.chosen).toBeNull();
    expect(report.customers[0]).toMatchObject({ pAlive: null, clv: null });
  });
  it('writes one customer per line, whatever their ids contain', async () => {
    const ids = ['A},{"id":"B', 'C\\"},{"id":', '},\n{"id":', 'plain'];
    const quoted = (id: string) => `"${id.replaceAll('"', '""')}"`;
    const rows = ids.map((id, i) => `${quoted(id)};0${i + 1}/01/2024;1${i}`);
    const path = writeFixture('odd-ids.csv', `client;date;montant\n${rows.join('\n')}\n`);
    const result = await runAnalyze([path, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.customers.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    const lines = result.stdout.split('\n');
    const first = lines.indexOf('  "customers": [');
    const customerLines = lines.slice(first + 1, first + 1 + ids.length);
    expect(customerLines).toEqual(
      report.customers.map(
        (c: unknown, i: number) => `    ${JSON.stringify(c)}${i < ids.length - 1 ? ',' : ''}`,
      ),
    );
    expect(lines[first + 1 + ids.length]).toBe('  ]');
  });
});

describe('progress on stderr', () => {
  // Many rows (progress is reported every 65,536), few customers (no model fit: fast test).
  const big = () => {
    const rows = ['client;date;montant'];
    for (let i = 0; i < 140_000; i++) rows.push(`C${i % 10};${1 + (i % 28)}/03/2024;${i % 97}`);
    return writeFixture('big.csv', `${rows.join('\n')}\n`);
  };

  it('is shown with --progress, one line per step, never on stdout', async () => {
    const result = await runAnalyze([big(), '--json', '--progress']);
    expect(result.stderr).toMatch(/^Lecture du fichier… \d+ %\n/);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('is silent when stderr is not a terminal and --progress is not given', async () => {
    const result = await runAnalyze([big(), '--json']);
    expect(result.stderr).toBe('');
  });

  it('is redrawn in place on a terminal', async () => {
    const result = await runAnalyze([big(), '--json'], { ttyStderr: true });
    expect(result.stderr).toMatch(/^\rLecture du fichier… \d+ %/);
  });
});
