import { describe, expect, it } from 'vitest';
import { analyzeJson, runAnalyze, writeFixture } from './run-analyze.ts';

/**
 * 40 regulars (every week to every few months) who all keep coming until the last day: nobody is seen to leave, so BG/NBD's
 * a and Pareto/NBD's s run to 0. The fit is that limit, reported as fitted with a warning in
 * the report's language — never a failure, never an English optimiser message in French.
 */
function regularsCsv(): string {
  const lines = ['client;date;montant'];
  for (let c = 0; c < 40; c++) {
    let visit = 0;
    for (let d = c * 2; d < 365; d += 5 * 2 ** (c % 5) + ((visit * 7 + c) % 11)) {
      const date = new Date(Date.UTC(2024, 0, 1) + d * 86_400_000);
      const euros = 8 + ((c * 13 + visit * 5) % 17);
      lines.push(`K${c};${date.getUTCDate()}/${date.getUTCMonth() + 1}/2024;${euros},50`);
      visit++;
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('a shop where nobody leaves', () => {
  const path = writeFixture('regulars.csv', regularsCsv());

  it('reports the no-dropout limit as the fitted model, with its likelihood, in French', async () => {
    const report = await analyzeJson([path]);
    for (const model of [report.models.bgnbd, report.models.paretonbd]) {
      if (model?.status !== 'fitted') throw new Error(`not fitted: ${JSON.stringify(model)}`);
      expect(model.warnings).toEqual([
        {
          code: 'no-dropout',
          message:
            'sur cette période, presque aucun client ne semble partir : les prévisions supposent qu’ils restent',
        },
      ]);
      expect(Number.isFinite(model.logLikelihood)).toBe(true);
    }
    expect(report.models.bgnbd).toMatchObject({ params: { a: 0 } });
    expect(report.models.paretonbd).toMatchObject({ params: { s: 0 } });
    expect(report.models.chosen).not.toBeNull();
    const someone = report.customers[0]!;
    expect(someone.pAlive).toBe(1);
    expect(someone.expectedPurchasesInterval![0]).toBeLessThan(someone.expectedPurchases!);
  });

  it('says so in English with --lang en', async () => {
    const report = await analyzeJson([path, '--lang', 'en']);
    expect(
      report.models.bgnbd?.status === 'fitted' && report.models.bgnbd.warnings[0]?.message,
    ).toBe('over this period, almost no customer seems to leave: the forecasts assume they stay');
  });

  it('prints the sentence, not an optimiser message, in the French report', async () => {
    const { stdout, code } = await runAnalyze([path]);
    expect(code).toBe(0);
    expect(stdout).toContain('presque aucun client ne semble partir');
    expect(stdout).not.toMatch(/gave up|optimiser|parameter left/);
  });
});

describe('--json intervals and standard errors', () => {
  it('puts standard errors on each fitted model and intervals next to each figure, in its unit', async () => {
    const report = await analyzeJson([
      writeFixture('regulars2.csv', regularsCsv()),
      '--margin',
      '0.3',
    ]);
    const spend = report.models.gammagamma;
    if (spend?.status === 'fitted')
      expect(Object.keys(spend.standardErrors ?? {})).toEqual(['p', 'q', 'gamma']);
    for (const c of report.customers) {
      const [low, high] = c.expectedPurchasesInterval!;
      expect(low).toBeLessThanOrEqual(c.expectedPurchases!);
      expect(high).toBeGreaterThanOrEqual(c.expectedPurchases!);
      if (c.clv !== null) {
        // Money like `clv`: currency units, not cents.
        expect(c.clvInterval![0]).toBeLessThanOrEqual(c.clv + 0.01);
        expect(c.clvInterval![1]).toBeGreaterThanOrEqual(c.clv - 0.01);
        expect(c.clvInterval![1]).toBeLessThan(c.clv * 10);
      }
    }
    expect(report.summary.forecast?.expectedPurchases.interval).toHaveLength(2);
    expect(report.summary.sufficiency).toMatchObject({ customers: 40, level: 'trend' });
  });
});
