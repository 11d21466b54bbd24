/** The forecast checked against the last period of the history (docs/analytics/backtest.md). */
export { type BacktestOptions, backtestForecast } from './backtest-forecast.ts';
export type { Backtest, BacktestDecile, BacktestPeriod } from './backtest-types.ts';
export { normalisedGini } from './normalised-gini.ts';
