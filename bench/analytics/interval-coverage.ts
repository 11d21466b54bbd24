/**
 * Coverage of the analytics pipeline's 80 % intervals over many simulated shops (the result is
 * recorded in docs/analytics/models.md). Slow: about 2 s per shop.
 *
 *   npx tsx bench/analytics/interval-coverage.ts [shops=200] [days=730] [arrivalsPerDay=1] [horizonDays=365.25]
 */
import { intervalCoverage } from '../../packages/analytics/test/pipeline/interval-coverage.ts';

const [shops = 200, days = 730, arrivalsPerDay = 1, horizonDays = 365.25] = process.argv
  .slice(2)
  .map(Number);
const started = performance.now();
const coverage = intervalCoverage({ shops, firstSeed: 1, days, arrivalsPerDay, horizonDays });
console.log(JSON.stringify({ days, arrivalsPerDay, horizonDays, ...coverage }, null, 2));
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
