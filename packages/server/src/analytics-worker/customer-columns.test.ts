import { expect, it } from 'vitest';
import type { AnalyticsCustomerRow } from '../repositories/analytics-history.ts';
import { appendRows, customerColumns } from './customer-columns.ts';

const row = (i: number, overrides: Partial<AnalyticsCustomerRow> = {}): AnalyticsCustomerRow => ({
  id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  first_name: `Zoé ${i}`,
  last_name: 'Dupont, fils',
  email: `zoe${i}@example.fr`,
  company: null,
  customer_since: new Date(Date.UTC(2025, 0, 1 + i, 9, 30)),
  member_since: i % 2 ? new Date(Date.UTC(2025, 5, 1, 12)) : null,
  ...overrides,
});

it('customers cross as columns and come back as the same rows, in order, with their index', async () => {
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => row(i)),
    // Null and empty are told apart; separators that are not NUL stay in the text.
    row(12, { first_name: '', last_name: null, email: null, company: 'SARL «\t;|»' }),
    row(13, { first_name: null, company: '' }),
  ];
  const columns = customerColumns(rows);
  const back: AnalyticsCustomerRow[] = [];
  const indices: [string, number][] = [];
  await appendRows(back, columns, (r, i) => indices.push([r.id, i]), 5);
  expect(back).toEqual(rows);
  expect(indices).toEqual(rows.map((r, i) => [r.id, i]));
});

it('appends after the rows already there, and nothing for no customer', async () => {
  const back = [row(0)];
  await appendRows(back, customerColumns([]), () => {});
  expect(back).toHaveLength(1);
  const indices: number[] = [];
  await appendRows(back, customerColumns([row(1)]), (_, i) => indices.push(i));
  expect(back.map((r) => r.id)).toEqual([row(0).id, row(1).id]);
  expect(indices).toEqual([1]);
});
