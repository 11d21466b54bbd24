import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeJson, CDNOW_DIR, runAnalyze } from './run-analyze.ts';

// Fader, Hardie & Lee (2005): the CDNOW 1/10 sample, 39-week calibration ending 1997-09-30.
const SAMPLE = join(CDNOW_DIR, 'CDNOW_sample.txt');
const SAMPLE_ARGS = ['--customer', '2', '--date', '3', '--amount', '5', '--unit', 'week'];
const CALIBRATION = ['--calibration-end', '1997-09-30'];

/** Relative closeness: "to ~3 significant digits". */
function expectNear(actual: number | undefined, expected: number, relative = 1e-3) {
  expect(Math.abs((actual ?? Number.NaN) - expected) / expected).toBeLessThan(relative);
}

describe('the CDNOW sample through the CLI', () => {
  it('gives the published BG/NBD and Pareto/NBD parameters', async () => {
    const report = await analyzeJson([SAMPLE, ...SAMPLE_ARGS, ...CALIBRATION]);
    const { bgnbd, paretonbd } = report.models;
    if (bgnbd?.status !== 'fitted' || paretonbd?.status !== 'fitted') throw new Error('fit failed');
    expectNear(bgnbd.params.r, 0.2426);
    expectNear(bgnbd.params.alpha, 4.4135);
    expectNear(bgnbd.params.a, 0.7929);
    expectNear(bgnbd.params.b, 2.4258);
    expectNear(bgnbd.logLikelihood, -9582.43, 1e-5);
    expectNear(paretonbd.params.r, 0.5534);
    expectNear(paretonbd.params.alpha, 10.5802);
    expectNear(paretonbd.params.s, 0.6061);
    expectNear(paretonbd.params.beta, 11.6656);
    // 39-week holdout: 1,882 repeat purchase days happened (distinct days, 1997-10-01 … 1998-06-30).
    expect(bgnbd.holdout).toMatchObject({ duration: 39, customers: 2357, actualPurchases: 1882 });
    expect(report.models.chosen?.by).toBe('holdout-error');
  });

  it('gives the published Gamma-Gamma parameters when duplicate lines are kept as purchases', async () => {
    const report = await analyzeJson([SAMPLE, ...SAMPLE_ARGS, ...CALIBRATION, '--keep-duplicates']);
    const { gammagamma } = report.models;
    if (gammagamma?.status !== 'fitted') throw new Error('fit failed');
    expectNear(gammagamma.params.p, 6.2488, 2e-3);
    expectNear(gammagamma.params.q, 3.7446, 2e-3);
    expectNear(gammagamma.params.gamma, 15.4477, 2e-3);
  });

  it('rebuilds the published calibration summary (cdnow_customers_summary.csv, customer 1)', async () => {
    const report = await analyzeJson([SAMPLE, ...SAMPLE_ARGS, '--as-of', '1997-09-30']);
    const first = report.customers.find((c) => c.id === '0001');
    expect(first).toMatchObject({ frequency: 2, monetary: 22.35 });
    expect(first?.recency).toBeCloseTo(30.43, 2);
    expect(first?.T).toBeCloseTo(38.86, 2);
    const repeat = report.customers.reduce((sum, c) => sum + c.frequency, 0);
    expect(repeat).toBe(2457);
  });

  it('prints a readable report in French by default', async () => {
    const result = await runAnalyze([SAMPLE, ...SAMPLE_ARGS, ...CALIBRATION]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lignes : 6\u202f919 lues, 6\u202f898 utilisées, 21 ignorées');
    expect(result.stdout).toMatch(/BG\/NBD +r = 0,2426 +alpha = 4,41/);
    expect(result.stdout).toContain('Clients à contacter');
    const appendix = result.stdout.indexOf('Annexe technique');
    expect(result.stdout.slice(0, appendix)).not.toContain('--margin');
    expect(result.stdout.slice(appendix)).toContain('pour la marge, relancer avec --margin');
  });
});

describe('the CDNOW master file', () => {
  it('is understood from its header alone', async () => {
    const report = await analyzeJson([join(CDNOW_DIR, 'CDNOW_master.txt'), '--keep-duplicates']);
    expect(report.summary.file.columns).toEqual({
      customer: 'customer_id',
      date: 'date',
      amount: 'dollar_value',
    });
    expect(report.summary).toMatchObject({ customers: 23_570, revenue: 2_500_315.63 });
    expect(report.summary.rows).toMatchObject({ read: 69_659, used: 69_659 });
  });
});
