import type { components } from '../../api/schema.d.ts';

type Entry = components['schemas']['PriorityEntry'];
export type Contribution = Entry['components'][number];

export type ReasonKey = `${Contribution['component']}.${Contribution['level']}`;

/** How the reasons' values are written: money, a share, or years. */
export type ReasonFormat = {
  cents: (cents: number) => string;
  percent: (ratio: number) => string;
};

/**
 * The message key and values that put one component of a score into words.
 * @example
 * reason({ component: 'payment', level: 'low', raw: 0.5, … }, format)
 * // { key: 'payment.low', values: { share: '50 %' } }
 */
export function reason(
  c: Contribution,
  format: ReasonFormat,
): { key: ReasonKey; values: Record<string, string | number> } {
  const key = `${c.component}.${c.level}` as ReasonKey;
  switch (c.component) {
    case 'volume':
    case 'disputes':
      return { key, values: { amount: format.cents(c.raw) } };
    case 'growth':
      return { key, values: { ratio: format.percent(c.raw) } };
    case 'payment':
      return { key, values: { share: format.percent(c.raw) } };
    case 'profitability':
      return { key, values: { rate: format.percent(c.raw) } };
    case 'relationship':
      return { key, values: { years: Math.floor(c.raw) } };
  }
}

/** The reasons worth saying, strongest first: the main one and what else brings most points. */
export function mainReasons(entry: Pick<Entry, 'components' | 'mainReason'>, count = 2) {
  const main = entry.components.find((c) => c.component === entry.mainReason.component);
  const others = entry.components
    .filter((c) => c !== main && c.points > 0)
    .sort((a, b) => b.points - a.points);
  return [...(main ? [main] : []), ...others].slice(0, count);
}

/** Late payers and costly disputes are worth saying even when they bring few points. */
export function warnings(entry: Pick<Entry, 'components'>) {
  return entry.components.filter(
    (c) => (c.component === 'payment' || c.component === 'disputes') && c.level === 'low',
  );
}
