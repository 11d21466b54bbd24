import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useFormat, useLocalized, usePlural, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { Program } from '../programs/model.ts';
import { messages } from './messages.ts';
import { rewardOf, rewardsObtained } from './rewards-obtained.ts';

/** How many rewards show before "show all": a regular's two years would push notes far down. */
const FIRST = 5;

/** Rewards the customer obtained (full cards, points exchanged), newest first, from the ledger. */
export function RewardsObtainedSection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const plural = usePlural();
  const format = useFormat();
  const localized = useLocalized();
  const [all, setAll] = useState(false);
  const ledger = useInfiniteQuery({
    queryKey: ['ledger', customerId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/customers/{id}/ledger', {
          params: {
            path: { id: customerId },
            query: { limit: 200, ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // The same list as the programs page with its archived programs: old rewards keep their name.
  const programs = useQuery({
    queryKey: ['programs', { showArchived: true }],
    queryFn: async () =>
      (await call(api.GET('/api/v1/programs', { params: { query: { includeArchived: 'true' } } })))
        .items as Program[],
  });
  const items = rewardsObtained(ledger.data?.pages.flatMap((p) => p.items) ?? []);
  const folded = !all && items.length > FIRST;
  // The program is named only when the rewards come from more than one.
  const severalPrograms = new Set(items.map((r) => r.programId)).size > 1;
  const unitText = (unit: string, n: number) =>
    unit === 'stamps'
      ? t(plural(n) === 'one' ? 'stamp' : 'stamps')
      : t(plural(n) === 'one' ? 'point' : 'points');
  return (
    <section className="card stack" aria-labelledby="rewards-title">
      <h2 id="rewards-title">{t('rewardsObtained')}</h2>
      <ProblemAlert error={ledger.error ?? programs.error} />
      {ledger.isSuccess && items.length === 0 && (
        <p className="muted">{ledger.hasNextPage ? t('noRewardsRecent') : t('noRewards')}</p>
      )}
      <ul className="customer-history">
        {(folded ? items.slice(0, FIRST) : items).map((r) => {
          const found = programs.data ? rewardOf(r, programs.data) : undefined;
          return (
            <li key={r.id} className="customer-history-row">
              <strong className="customer-reward-name">
                {found?.reward ? localized(found.reward.name) : t('rewardUnknown')}
              </strong>
              <time dateTime={r.at}>{format.date(r.at)}</time>
              <span className="muted small">
                {t(r.how === 'card_completed' ? 'rewardByCard' : 'rewardByPoints', {
                  spent: `${r.spent} ${unitText(r.unit, r.spent)}`,
                })}
                {severalPrograms && found && ` · ${localized(found.program.name)}`}
              </span>
            </li>
          );
        })}
      </ul>
      {folded && (
        <button type="button" className="button secondary" onClick={() => setAll(true)}>
          {t('allRewards', { count: items.length })}
        </button>
      )}
      {!folded && ledger.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={ledger.isFetchingNextPage}
          onClick={() => void ledger.fetchNextPage()}
        >
          {t('moreRewards')}
        </button>
      )}
    </section>
  );
}
