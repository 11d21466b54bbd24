import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeJson, CDNOW_DIR, runAnalyze } from './run-analyze.ts';

const SAMPLE = join(CDNOW_DIR, 'CDNOW_sample.txt');
const ARGS = [
  '--customer',
  '2',
  '--date',
  '3',
  '--amount',
  '5',
  '--unit',
  'week',
  '--models',
  'bgnbd',
];

describe('habitue analyze checks its forecast on the last horizon (CDNOW, 39 + 39 weeks)', () => {
  it('gives the backtest in --json: weeks 40–78 forecast from weeks 1–39, by month and decile', async () => {
    const report = await analyzeJson([
      SAMPLE,
      ...ARGS,
      '--horizon',
      '39w',
      '--as-of',
      '1998-06-30',
    ]);
    const b = report.summary.backtest;
    if (b.status !== 'done') throw new Error(JSON.stringify(b));
    expect(b).toMatchObject({
      calibrationEnd: '1997-09-30',
      asOf: '1998-06-30',
      horizonDays: 273,
      customers: 2357,
      model: 'bgNbd',
      seasonal: false,
      actualPurchases: 1882,
    });
    expect(b.predictedPurchases).toBeCloseTo(1653.4, 0);
    expect(b.months).toHaveLength(9);
    expect(b.deciles).toHaveLength(10);
    expect(b.gini).toBeGreaterThan(0.6);
    // 18 months of history: seasons estimated, but CDNOW's one repeated month (January) moves
    // too much between 1997 and 1998 to be trusted: a flat year.
    expect(report.summary.seasons.status).toBe('estimated');
    for (const f of report.summary.seasons.monthly ?? []) expect(f).toBeCloseTo(1, 6);
  });

  it('prints it in French, and says when the history is too short for it', async () => {
    const done = await runAnalyze([SAMPLE, ...ARGS, '--horizon', '39w', '--as-of', '1998-06-30']);
    expect(done.stdout).toContain('La prévision mise à l’épreuve');
    expect(done.stdout).toMatch(/1\s653 achats prévus, 1\s882 réalisés \(écart -12,1\s%\)/u);
    const short = await runAnalyze([SAMPLE, ...ARGS, '--horizon', '12m', '--as-of', '1998-06-30']);
    expect(short.stdout).toMatch(
      /il faut 730 jours d'historique \(deux fois l'horizon\), il y en a 546/u,
    );
  });
});
