import { roundRange } from '@habitue/analytics/round-range';
import { type Lang, LOCALES } from '../../i18n/format-message.ts';

/**
 * The two ends of an 80 % money interval (integer cents), rounded outwards to the precision the
 * range has and formatted without cents unless it is that narrow — so the screen says "entre
 * 180 € et 270 €", never a predicted value to the cent.
 *
 * @example
 * moneyRange([18_340, 26_170], 'fr', 'EUR'); // { low: '180 €', high: '270 €' }
 */
export function moneyRange(
  interval: readonly number[],
  lang: Lang,
  currency: string,
): { low: string; high: string } {
  const [low, high] = roundRange((interval[0] ?? 0) / 100, (interval[1] ?? 0) / 100);
  // Whole units when the range is a euro wide or more; otherwise the usual two decimals.
  const fraction = high - low >= 1 ? 0 : 2;
  const format = new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  });
  return { low: format.format(low), high: format.format(high) };
}
