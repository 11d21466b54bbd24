import type { Random } from '../random/prng.ts';
import { poisson } from '../random/samplers.ts';
import { calendarOf, yearlyFactor } from './business-clock.ts';
import type { ShopParameters } from './options.ts';

/**
 * First-visit times of new customers, in model days since `start`, ascending: a Poisson count per
 * day with intensity arrivalsPerDay × weekday weight × seasonal factor, each at a uniform moment
 * of its day.
 */
export function arrivalTimes(
  random: Random,
  params: Pick<ShopParameters, 'arrivalsPerDay' | 'weekdayWeights' | 'seasonality'>,
  start: number,
  horizonDays: number,
): number[] {
  const meanWeight = params.weekdayWeights.reduce((sum, w) => sum + w, 0) / 7;
  const times: number[] = [];
  for (let day = 0; day < horizonDays; day += 1) {
    const { weekday, dayOfYear } = calendarOf(start, day);
    const season = yearlyFactor(params.seasonality, dayOfYear);
    const intensity = (params.arrivalsPerDay * params.weekdayWeights[weekday]!) / meanWeight;
    const count = poisson(random, Math.max(0, intensity * season));
    const today = Array.from({ length: count }, () => day + random.next()).filter(
      (t) => t < horizonDays,
    );
    times.push(...today.sort((a, b) => a - b));
  }
  return times;
}
