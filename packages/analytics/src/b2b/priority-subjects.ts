import type { PriorityInput } from '../priority/components.ts';
import { daysBetween, type PaymentQuality } from './payment-quality.ts';

/** What the shop knows of one customer, for the priority list. Money in cents. */
export interface CustomerPriorityFacts {
  readonly customerId: string;
  /** Net spend over the last 12 months. */
  readonly annualSpendCents: number;
  /** What a model expects over the next 12 months; null without a model (a flat forecast is assumed). */
  readonly predictedAnnualCents: number | null;
  /** Net spend since the first purchase. */
  readonly netSpendCents: number;
  /** 'YYYY-MM-DD', null before any purchase. */
  readonly firstPurchaseOn: string | null;
  /** Every cost of serving them (time, concessions, late payments), all time. */
  readonly servingCostCents: number;
  /** What complaints, disputes and late payments cost over the last 12 months (seed 004). */
  readonly conflictCostCents: number;
}

/** A business account: its contacts are counted together, as one customer. */
export interface AccountPriorityFacts {
  readonly accountId: string;
  readonly contactIds: readonly string[];
  readonly payment: PaymentQuality;
  /** What it could buy more each year (purchase potential), cents. */
  readonly potentialCents: number;
}

export type PrioritySubject =
  | { readonly type: 'customer'; readonly id: string }
  | { readonly type: 'account'; readonly id: string };

/** `customer:<id>` or `account:<id>`: the id the priority list ranks. */
export const subjectKey = (subject: PrioritySubject) => `${subject.type}:${subject.id}`;

/**
 * The priority list's inputs, one per account (its contacts summed) and one per customer who
 * is no account's contact. Payment quality comes from an account's invoices (a customer paid
 * at the counter pays on time); the profitability is the margin minus the cost of serving,
 * as a share of what they spent; an account's potential adds to its forecast.
 * @example
 * prioritySubjects([lea, nadia], [{ accountId: 'hotel', contactIds: ['nadia'], payment, potentialCents: 100_000 }],
 *   { marginRate: 0.3, today: '2026-12-06' });
 * // [{ customerId: 'account:hotel', … }, { customerId: 'customer:lea', … }]
 */
export function prioritySubjects(
  customers: readonly CustomerPriorityFacts[],
  accounts: readonly AccountPriorityFacts[],
  settings: { readonly marginRate: number; readonly today: string },
): PriorityInput[] {
  const byId = new Map(customers.map((c) => [c.customerId, c]));
  const inAccount = new Set(accounts.flatMap((a) => a.contactIds));
  const input = (
    key: string,
    facts: readonly CustomerPriorityFacts[],
    payment: PaymentQuality | null,
    potentialCents: number,
  ): PriorityInput => {
    const sum = (pick: (c: CustomerPriorityFacts) => number) =>
      facts.reduce((total, c) => total + pick(c), 0);
    const annual = sum((c) => c.annualSpendCents);
    const net = sum((c) => c.netSpendCents);
    const first = facts
      .map((c) => c.firstPurchaseOn)
      .filter((d): d is string => d !== null)
      .sort()[0];
    return {
      customerId: key,
      annualVolumeCents: annual,
      predictedAnnualValueCents:
        sum((c) => c.predictedAnnualCents ?? c.annualSpendCents) + potentialCents,
      onTimePaymentShare: payment?.lateShare == null ? 1 : 1 - payment.lateShare,
      averageDaysLate: payment?.averageDaysLate ?? 0,
      marginRate:
        net > 0
          ? (net * settings.marginRate - sum((c) => c.servingCostCents)) / net
          : settings.marginRate,
      relationshipYears: first === undefined ? 0 : daysBetween(first, settings.today) / 365.25,
      disputeCostCents: sum((c) => c.conflictCostCents),
    };
  };
  const accountInputs = accounts.map((a) =>
    input(
      subjectKey({ type: 'account', id: a.accountId }),
      a.contactIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
      a.payment,
      a.potentialCents,
    ),
  );
  const customerInputs = customers
    .filter((c) => !inAccount.has(c.customerId))
    .map((c) => input(subjectKey({ type: 'customer', id: c.customerId }), [c], null, 0));
  return [...accountInputs, ...customerInputs];
}
