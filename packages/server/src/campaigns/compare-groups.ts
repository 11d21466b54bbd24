import { type Difference, differenceOfMeans, differenceOfProportions } from './lift.ts';

/** What one customer did in the window after their message (or their turn, in the control group). */
export type Outcome = { visits: number; revenue_cents: number };

export type GroupFigures = {
  customers: number;
  cameBack: number;
  visits: number;
  revenueCents: number;
};

function figures(rows: readonly Outcome[]): GroupFigures {
  return {
    customers: rows.length,
    cameBack: rows.filter((r) => r.visits > 0).length,
    visits: rows.reduce((s, r) => s + r.visits, 0),
    revenueCents: rows.reduce((s, r) => s + r.revenue_cents, 0),
  };
}

const finite = (d: Difference) => ({
  difference: Number.isFinite(d.difference) ? d.difference : null,
  interval90: d.interval90,
});

/**
 * The messaged group against the control group: who came back, visits and revenue, and the
 * differences with their 90 % intervals (null without a control group). Campaigns and
 * automations report their results with it.
 * @example compareGroups([{ visits: 1, revenue_cents: 900 }], []) // { sentGroup: { customers: 1, cameBack: 1, … }, …, difference: null }
 */
export function compareGroups(messaged: readonly Outcome[], control: readonly Outcome[]) {
  const sent = figures(messaged);
  const held = figures(control);
  return {
    sentGroup: sent,
    controlGroup: held,
    difference:
      control.length === 0
        ? null
        : {
            cameBackShare: finite(
              differenceOfProportions(
                { successes: sent.cameBack, n: sent.customers },
                { successes: held.cameBack, n: held.customers },
              ),
            ),
            visitsPerCustomer: finite(
              differenceOfMeans(
                messaged.map((r) => r.visits),
                control.map((r) => r.visits),
              ),
            ),
            revenuePerCustomerCents: finite(
              differenceOfMeans(
                messaged.map((r) => r.revenue_cents),
                control.map((r) => r.revenue_cents),
              ),
            ),
          },
  };
}
