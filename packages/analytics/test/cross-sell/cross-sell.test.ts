import { describe, expect, it } from 'vitest';
import { nextItemRules, suggestNextItems } from '../../src/measures.ts';

const p = (customerId: string, at: string, ...items: string[]) => ({ customerId, at, items });

describe('nextItemRules', () => {
  // 5 customers; coupe bought by a, b, c, d (4), soin by a, b, d (3), brushing by c, e (2).
  const baskets = [
    p('a', '2026-01-01', 'coupe'),
    p('a', '2026-02-01', 'soin'),
    p('b', '2026-01-01', 'coupe', 'soin'),
    p('c', '2026-01-01', 'coupe'),
    p('c', '2026-02-01', 'brushing'),
    p('d', '2026-01-01', 'soin'),
    p('d', '2026-02-01', 'coupe'),
    p('e', '2026-01-01', 'brushing'),
    p('f', '2026-01-01'),
  ];

  it('counts a customer when the consequent came in the same purchase or later', () => {
    const rules = nextItemRules(baskets, { minCustomers: 1 });
    const pick = (a: string, b: string) =>
      rules.find((r) => r.antecedent === a && r.consequent === b);
    // coupe → soin: a (later), b (same basket); not d (soin before coupe). 2 of 4 coupe buyers.
    expect(pick('coupe', 'soin')).toEqual({
      antecedent: 'coupe',
      consequent: 'soin',
      customers: 2,
      support: 2 / 5,
      confidence: 2 / 4,
      lift: 2 / 4 / (3 / 5),
    });
    // soin → coupe: b (same basket) and d (later); not a (coupe before soin). 2 of 3.
    expect(pick('soin', 'coupe')).toMatchObject({
      customers: 2,
      confidence: 2 / 3,
      lift: 2 / 3 / (4 / 5),
    });
    expect(pick('coupe', 'brushing')).toMatchObject({
      customers: 1,
      confidence: 1 / 4,
      lift: 1 / 4 / (2 / 5),
    });
    // c bought brushing after coupe, never coupe after brushing.
    expect(pick('brushing', 'coupe')).toBeUndefined();
    expect(rules.map((r) => `${r.antecedent}>${r.consequent}`)).toEqual([
      'soin>coupe',
      'coupe>soin',
      'coupe>brushing',
    ]);
  });

  it('counts the same with thousands of distinct items (past the dense table)', () => {
    const many = Array.from({ length: 2_100 }, (_, i) => p(`x${i}`, '2026-01-01', `item-${i}`));
    const rules = nextItemRules([...baskets, ...many], { minCustomers: 2 });
    const n = 5 + 2_100;
    expect(rules.map((r) => [r.antecedent, r.consequent, r.customers, r.support])).toEqual([
      ['soin', 'coupe', 2, 2 / n],
      ['coupe', 'soin', 2, 2 / n],
    ]);
  });

  it('leaves out rules with fewer customers than the minimum', () => {
    expect(nextItemRules(baskets, { minCustomers: 2 }).map((r) => r.customers)).toEqual([2, 2]);
    expect(nextItemRules(baskets)).toEqual([]);
  });
});

describe('suggestNextItems', () => {
  // coupe by a, b, c (3 of 5), soin by a, b (2 of 5), always after the coupe.
  const rules = nextItemRules(
    [
      p('a', '2026-01-01', 'coupe'),
      p('a', '2026-02-01', 'soin'),
      p('b', '2026-01-01', 'coupe'),
      p('b', '2026-03-01', 'soin'),
      p('c', '2026-01-01', 'coupe'),
      p('d', '2026-01-01', 'brushing'),
      p('e', '2026-01-01', 'brushing'),
    ],
    { minCustomers: 2 },
  );

  it('offers what follows the customer’s items more than chance, never what they already bought', () => {
    expect(suggestNextItems(['coupe'], rules)).toEqual([
      { item: 'soin', because: 'coupe', confidence: 2 / 3, lift: 2 / 3 / (2 / 5), customers: 2 },
    ]);
    expect(suggestNextItems(['coupe', 'soin'], rules)).toEqual([]);
    expect(suggestNextItems(['brushing'], rules)).toEqual([]);
  });

  it('ignores rules that follow no more than chance', () => {
    const flat = [
      { antecedent: 'a', consequent: 'b', customers: 5, support: 0.5, confidence: 0.5, lift: 1 },
    ];
    expect(suggestNextItems(['a'], flat)).toEqual([]);
  });
});
