import { expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../analytics/analytics-settings.ts';
import { computeCustomerMetrics } from '../../analytics/customer-metrics.ts';
import { goingQuiet } from './going-quiet.ts';

const TODAY = 20_800; // days since 1970-01-01
const customer = (id: string) => ({
  id,
  first_name: id,
  last_name: null,
  email: null,
  company: null,
  customer_since: new Date((TODAY - 400) * 86_400_000),
  member_since: null,
});

/** A purchase every `every` days from `from` to `to` (inclusive), of `cents` each. */
function visits(id: string, from: number, to: number, every: number, cents: number) {
  const rows = [];
  for (let day = from; day <= to; day += every) {
    rows.push({ customer_id: id, day, amount_cents: cents });
  }
  return rows;
}

it('lists the big spenders whose visits stopped, not small spenders nor those still coming', async () => {
  const customers = [];
  const movements = [];
  for (let i = 0; i < 40; i++) {
    const id = `regular-${i}`;
    customers.push(customer(id));
    // Still coming, every 5 to 12 days, baskets of 6 to 14 €.
    movements.push(...visits(id, TODAY - 360 + i, TODAY - (i % 5), 5 + (i % 8), 600 + 20 * i));
  }
  customers.push(customer('big-quiet'), customer('small-quiet'));
  // A weekly regular spending 45 € a visit, silent for four months.
  movements.push(...visits('big-quiet', TODAY - 380, TODAY - 120, 7, 4_500));
  // The same rhythm at 2 € a visit: going quiet too, but not a customer to call first.
  movements.push(...visits('small-quiet', TODAY - 380, TODAY - 120, 7, 200));
  const metrics = computeCustomerMetrics({
    customers,
    movements: movements.sort((a, b) => a.day - b.day),
    dataVersion: 'test',
    dataAsOf: new Date(TODAY * 86_400_000),
    timeZone: 'Europe/Paris',
    now: new Date(TODAY * 86_400_000 + 12 * 3_600_000),
    asOfDay: TODAY,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  expect(metrics.predictions).not.toBeNull();
  const found = await goingQuiet.find!({
    // The reason reads the metrics only.
    tx: undefined as never,
    merchantId: 'test-merchant',
    now: new Date(TODAY * 86_400_000),
    timeZone: 'Europe/Paris',
    weekStartDay: TODAY - 3,
    today: TODAY,
    metrics,
  });
  expect(found.map((c) => c.customerId)).toEqual(['big-quiet']);
  expect(found[0]).toMatchObject({
    occasionKey: `going_quiet:big-quiet:${TODAY - 120 - ((TODAY - 120 - (TODAY - 380)) % 7)}`,
    details: { daysSinceLastVisit: 120 + ((TODAY - 120 - (TODAY - 380)) % 7) },
  });
  expect(found[0]!.details.pAlive).toBeLessThan(0.5);
});
