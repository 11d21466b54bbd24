import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../src/models/bg-nbd/index.ts';
import { betaGeometricObjective } from '../../src/models/bg-nbd/likelihood.ts';
import {
  compressRepeatPurchases,
  thinnedRepeatPurchases,
  thinnedRows,
} from '../../src/models/compress.ts';
import { fitLogParameters } from '../../src/models/fit-log-parameters.ts';
import { paretoNbdObjective } from '../../src/models/pareto-nbd/objective.ts';
import { fitParetoNbdModel } from '../../src/models/pareto-nbd/pareto-nbd.ts';
import { prepareRepeatPurchaseFit, startingRateScale } from '../../src/models/prepare-fit.ts';
import { createRandom } from '../../src/random/prng.ts';
import { beta, exponential, gamma } from '../../src/random/samplers.ts';

/** BG/NBD customers over two years, times in whole days counted in weeks (as a shop's are). */
function simulatedHistories(customers: number) {
  const random = createRandom(2026);
  const frequency = new Float64Array(customers);
  const recency = new Float64Array(customers);
  const T = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    const rate = gamma(random, 0.6, 4); // purchases per week
    const dropout = beta(random, 1.2, 6);
    const days = 1 + Math.floor(random.next() * 730);
    let t = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      t += exponential(random, rate);
      if (t * 7 >= days) break;
      // Purchase days, as a summary counts them: a second purchase on a day adds nothing.
      if (Math.floor(t * 7) > last) {
        x++;
        last = Math.floor(t * 7);
      }
      if (random.next() < dropout) break;
    }
    frequency[c] = x;
    recency[c] = last / 7;
    T[c] = days / 7;
  }
  return { frequency, recency, T };
}

const histories = simulatedHistories(80_000);
const compressed = compressRepeatPurchases(histories);

describe('thinned rows', () => {
  it('keep every k-th row with k times its weight, k = ⌊rows / 5,000⌋, from 20,000 rows', () => {
    const rows = (n: number) => ({
      columns: [Float64Array.from({ length: n }, (_, i) => i)],
      weights: new Float64Array(n).fill(2),
    });
    expect(thinnedRows(rows(19_999))).toBeNull();
    const thinned = thinnedRows(rows(23_001));
    expect(thinned?.columns[0]?.length).toBe(5_751); // k = 4
    expect(thinned?.columns[0]?.slice(0, 3)).toEqual(Float64Array.of(0, 4, 8));
    expect(thinned?.columns[0]?.at(-1)).toBe(23_000);
    expect(thinned?.weights.every((w) => w === 8)).toBe(true);
  });
});

describe('a fit started on thinned rows', () => {
  it.each([
    [
      'BG/NBD',
      () => fitBgNbd(histories),
      betaGeometricObjective(compressed, { dropoutAtFirstPurchase: false }),
      [1, startingRateScale(compressed), 1, 1],
    ],
    [
      'Pareto/NBD',
      () => fitParetoNbdModel(histories),
      paretoNbdObjective(compressed, { remaining: 1e12, exhausted: false, evaluations: 0 })
        .objective,
      [1, startingRateScale(compressed), 1, startingRateScale(compressed)],
    ],
  ] as const)(
    '%s: the full objective’s optimum in far fewer full evaluations',
    (_, fit, objective, start) => {
      expect(compressed.weights.length).toBeGreaterThan(20_000);
      expect(thinnedRepeatPurchases(compressed)).not.toBeNull();
      const thinnedFit = fit();
      const direct = fitLogParameters({
        objective,
        start: [...start],
        toParams: (theta) => [...theta],
      });
      if (!thinnedFit.ok || !direct.ok)
        throw new Error(
          `a fit failed: ${JSON.stringify([thinnedFit.ok || thinnedFit.message, direct.ok || direct.message])}`,
        );
      const params = Object.values(thinnedFit.params);
      for (const [i, value] of params.entries()) {
        expect(Math.abs(value / direct.params[i]! - 1)).toBeLessThan(1e-5);
      }
      expect(Math.abs(thinnedFit.logLikelihood - direct.logLikelihood)).toBeLessThan(1e-6);
      expect(thinnedFit.optimizer.evaluations).toBeLessThan(direct.optimizer.evaluations / 2);
    },
  );
});

describe('the data of several fits', () => {
  it('are compressed once per data object (the pipeline fits three models on one)', () => {
    const first = prepareRepeatPurchaseFit(histories);
    const again = prepareRepeatPurchaseFit(histories);
    const copy = prepareRepeatPurchaseFit({ ...histories, T: histories.T.slice() });
    if (!first.ok || !again.ok || !copy.ok) throw new Error('not prepared');
    expect(again.data).toBe(first.data);
    expect(copy.data).not.toBe(first.data);
    expect(copy.data).toEqual(first.data);
  });
});
