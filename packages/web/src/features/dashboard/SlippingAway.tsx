import { Link } from 'react-router';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import { TableRegion } from './TableRegion.tsx';
import type { Overview } from './use-overview.ts';

const MODEL_NAMES = { bgNbd: 'BG/NBD', paretoNbd: 'Pareto/NBD' } as const;

/** Valuable customers probably leaving, each a link to their page. */
export function SlippingAway({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const s = o.slippingAway;
  const chosen = o.predictiveClv.models.chosen;
  const threshold = f.percent(o.settings.slippingAwayPAlive);
  // Which view chose the list and why, in words: the same rule as `habitue analyze`'s report.
  const explain = {
    model: chosen
      ? t('slippingExplainModel', { model: MODEL_NAMES[chosen], threshold })
      : t('slippingExplainRfm'),
    'no-model': t('slippingExplainRfm'),
    'no-dropout': t('slippingExplainNoDropout'),
    'nobody-leaving': t('slippingExplainNobodyLeaving', { threshold }),
  }[s.basisReason];
  return (
    <Figure
      title={t('slipping')}
      explain={explain}
      caption={s.total > s.customers.length ? t('slippingMore', { count: s.total }) : undefined}
    >
      {s.customers.length === 0 ? (
        <p className="muted">{t('slippingNone')}</p>
      ) : (
        <TableRegion title={t('slipping')}>
          <table className="figures-table slipping">
            <thead>
              <tr>
                <th scope="col">{t('colCustomer')}</th>
                <th scope="col">{t('colLastVisit')}</th>
                <th scope="col">{t('colTotal')}</th>
                {s.basis === 'model' && <th scope="col">{t('colAlive')}</th>}
              </tr>
            </thead>
            <tbody>
              {s.customers.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/customers/${c.id}`}>
                      {[c.firstName, c.lastName].filter(Boolean).join(' ') || t('unnamed')}
                    </Link>
                  </th>
                  <td>
                    {c.lastVisit ? f.date(c.lastVisit) : t('none')}
                    {c.daysSinceLastVisit !== null && (
                      <span className="muted small">
                        {' '}
                        · {t('daysAgo', { days: c.daysSinceLastVisit })}
                      </span>
                    )}
                  </td>
                  <td>{f.cents(c.totalSpendCents)}</td>
                  {s.basis === 'model' && (
                    <td>{c.pAlive === null ? t('none') : f.percent(c.pAlive)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {s.total > 0 && (
        <p className="small">
          <Link to="/customers?sort=risk">{t('slippingSeeAll')}</Link>
        </p>
      )}
    </Figure>
  );
}
