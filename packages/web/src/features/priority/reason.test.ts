import { describe, expect, it } from 'vitest';
import { type Contribution, mainReasons, reason, warnings } from './reason.ts';

const format = {
  cents: (c: number) => `${c / 100} €`,
  percent: (r: number) => `${Math.round(r * 100)} %`,
};
const part = (
  component: Contribution['component'],
  points: number,
  overrides: Partial<Contribution> = {},
): Contribution => ({
  component,
  raw: 1,
  normalised: 0.5,
  weight: 0.2,
  points,
  level: 'medium',
  ...overrides,
});

describe('reason', () => {
  it('words each component with its value', () => {
    expect(reason(part('volume', 0, { raw: 1_250_000, level: 'high' }), format)).toEqual({
      key: 'volume.high',
      values: { amount: '12500 €' },
    });
    expect(reason(part('payment', 0, { raw: 0.5, level: 'low' }), format)).toEqual({
      key: 'payment.low',
      values: { share: '50 %' },
    });
    expect(reason(part('relationship', 0, { raw: 3.96 }), format).values).toEqual({ years: 3 });
  });
});

describe('mainReasons and warnings', () => {
  const entry = {
    mainReason: { component: 'volume' as const, level: 'high' as const },
    components: [
      part('volume', 25, { level: 'high' }),
      part('growth', 5),
      part('payment', 0, { level: 'low' }),
      part('relationship', 8),
    ],
  };
  it('puts the main reason first, then what brings most points', () => {
    expect(mainReasons(entry).map((c) => c.component)).toEqual(['volume', 'relationship']);
  });
  it('always says a late payer is late', () => {
    expect(warnings(entry).map((c) => c.component)).toEqual(['payment']);
  });
});
