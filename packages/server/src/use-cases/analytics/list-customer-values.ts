import type { RfmSegment } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { customerIdsWithTag } from '../../repositories/analytics-history.ts';
import type { MerchantScope } from '../scope.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import { type CustomerValue, customerValue } from './customer-value-row.ts';
import { type Freshness, freshness } from './freshness.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';

export type CustomerSort = 'value' | 'predictedValue' | 'risk' | 'lastVisit' | 'frequency';

export interface CustomerValueQuery {
  segment?: RfmSegment;
  tag?: string;
  query?: string;
  sort: CustomerSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The key each sort reads; customers without the figure (no purchase, no model) sort last. */
function sortKey(m: CustomerMetrics, sort: CustomerSort): (c: number) => number {
  const s = m.summary;
  switch (sort) {
    case 'value':
      // The figure the list shows as "annual value": spending over the last 12 months.
      return (c) => m.annualSpendCents[c]!;
    case 'predictedValue':
      return (c) => m.predictions?.clvCents?.[c] ?? Number.NaN;
    case 'risk':
      // 1 − P(alive); without a model, days since the last visit rank the risk the same way.
      return m.predictions
        ? (c) => 1 - m.predictions!.pAlive[c]!
        : (c) => (s.purchaseDays[c] === 0 ? Number.NaN : m.asOfDay - s.lastPurchaseDay[c]!);
    case 'lastVisit':
      return (c) => (s.purchaseDays[c] === 0 ? Number.NaN : s.lastPurchaseDay[c]!);
    case 'frequency':
      return (c) => m.purchaseCount[c]!;
  }
}

function matchesText(m: CustomerMetrics, c: number, needle: string): boolean {
  const row = m.customers[c]!;
  return [
    row.first_name,
    row.last_name,
    `${row.first_name ?? ''} ${row.last_name ?? ''}`,
    row.email,
    row.company,
  ].some((v) => v?.toLowerCase().includes(needle));
}

/**
 * One page of the merchant's customers with their value figures, filtered by RFM segment, tag
 * and text, sorted server-side; `total` counts every match.
 */
export async function listCustomerValues(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  q: CustomerValueQuery,
): Promise<{ items: CustomerValue[]; total: number; freshness: Freshness }> {
  const m = await loadCustomerMetrics(scope);
  const tagged = q.tag
    ? await withMerchant(scope.db, scope.merchantId, (tx) =>
        customerIdsWithTag(tx, scope.merchantId, q.tag!),
      )
    : null;
  const needle = q.query?.trim().toLowerCase() || null;
  const matches: number[] = [];
  for (let c = 0; c < m.customers.length; c++) {
    if (q.segment && m.rfm[c]?.segment !== q.segment) continue;
    if (tagged && !tagged.has(m.customers[c]!.id)) continue;
    if (needle && !matchesText(m, c, needle)) continue;
    matches.push(c);
  }
  const key = sortKey(m, q.sort);
  const keys = new Float64Array(m.customers.length);
  for (const c of matches) keys[c] = key(c);
  const sign = q.order === 'asc' ? 1 : -1;
  matches.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? a - b : na ? 1 : -1;
    return ka === kb ? a - b : sign * (ka - kb);
  });
  return {
    items: matches.slice(q.offset, q.offset + q.limit).map((c) => customerValue(m, c)),
    total: matches.length,
    freshness: freshness(m),
  };
}
