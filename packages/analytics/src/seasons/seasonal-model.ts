import type { PurchaseCountModel } from '../models/purchase-count-model.ts';
import type { SeasonalClock } from './seasonal-clock.ts';

/**
 * A purchase model fitted on the seasonal time scale, forecasting in calendar time from
 * `fromDay`: E[Y(t) | history] over the next t calendar units is the fitted model's over the
 * operational time those units cover (the same for every customer, who all stand at `fromDay`).
 *
 * @example
 * const forecast = seasonalModel(bgNbd, clock, summary.windowEndDay, 7);
 * forecast.conditionalExpectedPurchases(params, history, 17); // the next 17 weeks, December included
 */
export function seasonalModel<P>(
  model: PurchaseCountModel<P>,
  clock: SeasonalClock,
  fromDay: number,
  daysPerUnit: number,
): PurchaseCountModel<P> {
  const start = clock.at(fromDay);
  const operational = (t: number) => (clock.at(fromDay + t * daysPerUnit) - start) / daysPerUnit;
  return {
    ...model,
    name: model.name,
    fit: (data, options) => model.fit(data, options),
    logLikelihood: (params, data) => model.logLikelihood(params, data),
    probabilityAlive: (params, customer) => model.probabilityAlive(params, customer),
    expectedPurchases: (params, t) => model.expectedPurchases(params, t),
    conditionalExpectedPurchases: (params, customer, t) =>
      model.conditionalExpectedPurchases(params, customer, operational(t)),
    // The clock warps t only, so the gradients in the parameters pass through. Both are set
    // explicitly (the spread above would carry an unwarped conditional one).
    probabilityAliveWithLogGradient: model.probabilityAliveWithLogGradient
      ? (params, customer, logGradient) =>
          model.probabilityAliveWithLogGradient!(params, customer, logGradient)
      : undefined,
    conditionalExpectedPurchasesWithLogGradient: model.conditionalExpectedPurchasesWithLogGradient
      ? (params, customer, t, logGradient) =>
          model.conditionalExpectedPurchasesWithLogGradient!(
            params,
            customer,
            operational(t),
            logGradient,
          )
      : undefined,
  };
}
