import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { fullName } from '../customers/types.ts';
import { MergeDialog } from './MergeDialog.tsx';
import type { MergeCandidate } from './merge-summary.ts';
import { messages } from './messages.ts';
import './duplicates.css';

type Pair = { reasons: string[]; customers: [MergeCandidate, MergeCandidate] };

/**
 * On the customers list, for owners and managers: the pairs of customers that look like one
 * person, with why, and a way to compare and merge each.
 */
export function DuplicatesSection() {
  const t = useT(messages);
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [merging, setMerging] = useState<Pair | null>(null);
  const [done, setDone] = useState(false);
  const allowed = can('customers:merge');
  const list = useQuery({
    queryKey: ['customer-duplicates'],
    queryFn: () => call(api.GET('/api/v1/customer-duplicates')),
    enabled: allowed,
  });
  if (!allowed) return null;
  const pairs = (list.data?.items ?? []) as Pair[];
  if (pairs.length === 0 && !done) return null;
  const name = (c: MergeCandidate) => fullName(c) || c.email || c.phone || t('noName');
  return (
    <section className="card stack duplicates" aria-labelledby="duplicates-title">
      <div className="row duplicates-heading">
        <h2 id="duplicates-title">
          {t('title')} <span className="muted small">{t('count', { n: pairs.length })}</span>
        </h2>
        {pairs.length > 0 && (
          <button type="button" className="button secondary" onClick={() => setOpen(!open)}>
            {open ? t('hide') : t('show')}
          </button>
        )}
      </div>
      {done && (
        <p className="alert" role="status">
          {t('done')}
        </p>
      )}
      {open && (
        <>
          <p className="muted small">{t('intro')}</p>
          <ul className="duplicates-list">
            {pairs.map((pair) => (
              <li key={`${pair.customers[0].id}:${pair.customers[1].id}`} className="row">
                <span>
                  <strong>{name(pair.customers[0])}</strong> ·{' '}
                  <strong>{name(pair.customers[1])}</strong>
                </span>
                <span className="muted small">
                  {pair.reasons
                    .map((r) =>
                      t(`reason_${r}` as 'reason_email' | 'reason_phone' | 'reason_name_birthday'),
                    )
                    .join(', ')}
                </span>
                <button
                  type="button"
                  className="button secondary small-button"
                  onClick={() => {
                    setDone(false);
                    setMerging(pair);
                  }}
                >
                  {t('review')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {merging && (
        <MergeDialog
          pair={merging.customers}
          onClose={() => setMerging(null)}
          onMerged={() => {
            setMerging(null);
            setDone(true);
          }}
        />
      )}
    </section>
  );
}
