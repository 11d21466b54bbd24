import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';

export type Overview = components['schemas']['AnalyticsOverview'];
export type CustomerValue = components['schemas']['CustomerValue'];

/** A period as the API takes it: local dates, both included; empty = the last 12 months. */
export type PeriodQuery = { from?: string; to?: string };

/** The query of the dashboard's figures for a period (empty: the last 12 months, as it opens). */
export const overviewQuery = (period: PeriodQuery) => ({
  queryKey: ['analytics-overview', period.from ?? '', period.to ?? ''],
  queryFn: () => call(api.GET('/api/v1/analytics/overview', { params: { query: period } })),
  staleTime: 60_000,
});

/**
 * The figures as the dashboard opens (the last 12 months), asked as the app starts: the server
 * preloaded them with the page, and the browser hands this request that answer.
 */
export const prefetchOpeningOverview = (client: QueryClient) => {
  void client.prefetchQuery(overviewQuery({}));
};

/** The dashboard's figures for a period; kept while another period loads. */
export function useOverview(period: PeriodQuery) {
  return useQuery({ ...overviewQuery(period), placeholderData: (previous) => previous });
}
