import { Link } from 'react-router';
import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import type { Overview } from './use-overview.ts';

/** Segments whose customers need a gesture, shown in the warning colour. */
const WATCH = new Set(['atRisk', 'cantLoseThem', 'aboutToSleep', 'needAttention']);

/** RFM segments as tiles sized by their share, each a link to its customers. */
export function Segments({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const label = useLocalized();
  const total = o.segments.items.reduce((sum, s) => sum + s.customers, 0) || 1;
  return (
    <Figure title={t('segments')} explain={t('segmentsExplain')}>
      <ul className="segments">
        {o.segments.items.map((s) => (
          <li key={s.segment}>
            <Link
              to={`/customers?segment=${s.segment}`}
              className={`segment${WATCH.has(s.segment) ? ' watch' : ''}${s.segment === 'lost' || s.segment === 'hibernating' ? ' faded' : ''}`}
            >
              <span className="segment-name">{label(s.label)}</span>
              <span className="segment-count">{f.number(s.customers)}</span>
              <span className="segment-bar" aria-hidden="true">
                <span style={{ width: `${(100 * s.customers) / total}%` }} />
              </span>
              <span className="muted small">
                {t('segmentCustomers', {
                  count: f.percent(s.customers / total),
                  share: f.percent(s.revenueShare),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Figure>
  );
}
