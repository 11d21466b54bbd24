import {
  type CustomerSummary,
  type RfmScore,
  type RfmSegment,
  topCustomersShare,
} from '@habitue/analytics';
import type { CollectedTransactions } from '@habitue/import';
import type { AnalysisSummary, SegmentReport } from './analysis-report.ts';
import type { AnalyzeOptions } from './analyze-options.ts';

/** Cents → currency units rounded to the cent. */
export const money = (cents: number) => Math.round(cents) / 100;

/** The `summary` part of the report: the file as understood, the rows, the key figures. */
export function keyFigures(
  path: string,
  collected: CollectedTransactions,
  full: CustomerSummary,
  rfm: readonly (RfmScore | null)[],
  period: AnalysisSummary['period'],
  options: AnalyzeOptions,
): AnalysisSummary {
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
    segments: segmentReports(rfm, full),
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
