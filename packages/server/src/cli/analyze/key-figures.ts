import {
  type CustomerSummary,
  type CustomerValueAnalysis,
  type Estimate,
  type RfmScore,
  type RfmSegment,
  topCustomersShare,
} from '@habitue/analytics';
import type { CollectedTransactions } from '@habitue/import';
import type {
  AnalysisSummary,
  EstimateReport,
  ForecastReport,
  SegmentReport,
} from './analysis-report.ts';
import type { AnalyzeOptions } from './analyze-options.ts';
import { currencyOfAmounts } from './file-currency.ts';

/** An amount in cents as the report rounds it: to the cent. */
export const wholeCents = (cents: number) => Math.round(cents);
/** An amount in cents as the report writes it: currency units, rounded to the cent. */
export const money = (cents: number) => wholeCents(cents) / 100;

/** The `summary` part of the report: the file as understood, the rows, the key figures. */
export function keyFigures(
  path: string,
  collected: CollectedTransactions,
  full: CustomerSummary,
  analysis: CustomerValueAnalysis,
  period: AnalysisSummary['period'],
  options: AnalyzeOptions,
): Omit<AnalysisSummary, 'seasons' | 'backtest'> {
  const { columns, transactions } = collected;
  const amountColumn =
    columns.amount !== null
      ? columns.headers[columns.amount]!
      : columns.quantity !== null
        ? `${columns.headers[columns.price!]} × ${columns.headers[columns.quantity]}`
        : columns.headers[columns.price!]!;
  let refundRows = 0;
  let refundCents = 0;
  for (const cents of transactions.amountCents) {
    if (cents < 0) {
      refundRows++;
      refundCents -= cents;
    }
  }
  let customers = 0;
  let repeatCustomers = 0;
  let purchaseDays = 0;
  let revenueCents = 0;
  const revenues: number[] = [];
  for (let c = 0; c < full.customerCount; c++) {
    revenueCents += full.revenueCents[c]!;
    if (full.purchaseDays[c] === 0) continue;
    customers++;
    if (full.purchaseDays[c]! > 1) repeatCustomers++;
    purchaseDays += full.purchaseDays[c]!;
    revenues.push(Math.max(0, full.revenueCents[c]!));
  }
  return {
    file: {
      path,
      format: collected.format,
      columns: {
        customer: columns.headers[columns.customer]!,
        date: columns.headers[columns.date]!,
        amount: amountColumn,
      },
      headerLine: collected.headerLine,
      amountBasis: columns.taxBasis,
      invoiceColumn: columns.invoice === null ? null : columns.headers[columns.invoice]!,
      notices: columns.notices,
      dayOrder: collected.reader.dayOrder,
      dateStyle: collected.dateStyle,
      currency: currencyOfAmounts(amountColumn),
      decimalSeparator: collected.reader.decimalSeparator,
    },
    rows: {
      read: collected.rowsRead,
      used: transactions.day.length,
      skipped: collected.skipped.list(),
      refunds: { rows: refundRows, amount: money(refundCents) },
      withoutCustomer: {
        rows: collected.withoutCustomer.rows,
        amount: money(collected.withoutCustomer.amountCents),
      },
      receipts: collected.receipts,
      duplicatesKept: options.keepDuplicates,
    },
    period,
    settings: {
      unit: options.unit,
      horizon: options.horizon.text,
      monthlyDiscountRate: options.monthlyDiscountRate,
      margin: options.margin,
    },
    customers,
    repeatCustomers,
    purchaseDays,
    revenue: money(revenueCents),
    averageBasket: purchaseDays === 0 ? 0 : money(revenueCents / purchaseDays),
    purchaseDaysPerCustomer: customers === 0 ? 0 : purchaseDays / customers,
    top20RevenueShare: revenues.length === 0 ? null : topCustomersShare(revenues, 0.2),
    segments: segmentReports(analysis.rfm, full),
    sufficiency: analysis.sufficiency,
    forecast: forecastReport(analysis),
  };
}

/** The shop's totals over the horizon: counts as they are, money in currency units. */
function forecastReport({ predictions }: CustomerValueAnalysis): ForecastReport | null {
  if (!predictions) return null;
  const estimate = (e: Estimate, unit: (v: number) => number = (v) => v): EstimateReport => ({
    value: unit(e.value),
    interval:
      Number.isFinite(e.low) && Number.isFinite(e.high) ? [unit(e.low), unit(e.high)] : null,
  });
  const { totals } = predictions;
  return {
    customers: totals.customers,
    activeCustomers: estimate(totals.activeCustomers),
    expectedPurchases: estimate(totals.expectedPurchases),
    clv: totals.clvCents ? estimate(totals.clvCents, money) : null,
  };
}

/** Customers and revenue per RFM segment, biggest revenue first. */
function segmentReports(rfm: readonly (RfmScore | null)[], full: CustomerSummary): SegmentReport[] {
  const bySegment = new Map<RfmSegment, { customers: number; cents: number }>();
  let totalCents = 0;
  rfm.forEach((score, c) => {
    if (!score) return;
    const entry = bySegment.get(score.segment) ?? { customers: 0, cents: 0 };
    entry.customers++;
    entry.cents += full.revenueCents[c]!;
    totalCents += full.revenueCents[c]!;
    bySegment.set(score.segment, entry);
  });
  return [...bySegment]
    .map(([segment, { customers, cents }]) => ({
      segment,
      customers,
      revenue: money(cents),
      revenueShare: totalCents === 0 ? 0 : cents / totalCents,
    }))
    .sort((a, b) => b.revenue - a.revenue);
}
