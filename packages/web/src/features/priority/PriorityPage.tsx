import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { RecognitionSection } from './RecognitionSection.tsx';
import { mainReasons, reason, warnings } from './reason.ts';
import { WeightsForm } from './WeightsForm.tsx';
import './priority.css';

type Entry = components['schemas']['PriorityEntry'];

/** The priority list: who to look after first, why, and the weights behind it. */
export function PriorityPage() {
  const t = useT(messages);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const highPotential = params.get('potentiel') === 'fort';
  const list = useQuery({
    queryKey: ['priority-list', highPotential],
    queryFn: () =>
      call(
        api.GET('/api/v1/priority-list', {
          params: { query: { highPotential: highPotential ? 'true' : 'false', limit: 200 } },
        }),
      ),
  });
  const data = list.data;
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <label className="row">
        <input
          type="checkbox"
          checked={highPotential}
          onChange={(e) => setParams(e.target.checked ? { potentiel: 'fort' } : {})}
        />
        {t('highPotential')}
      </label>
      <ProblemAlert error={list.error} />
      {data && (
        <p className="muted small">
          {t('asOf', { date: format.date(data.asOf), count: data.total })}
        </p>
      )}
      {data?.items.length === 0 && (
        <p className="muted">{highPotential ? t('noneFiltered') : t('none')}</p>
      )}
      {data && data.items.length > 0 && (
        <table className="list priority-table">
          <thead>
            <tr>
              <th>{t('rank')}</th>
              <th>{t('who')}</th>
              <th>{t('score')}</th>
              <th>{t('why')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((e) => (
              <Row key={`${e.subject.type}:${e.subject.id}`} entry={e} />
            ))}
          </tbody>
        </table>
      )}
      {data && <WeightsForm weights={data.weights} />}
      <RecognitionSection />
    </div>
  );
}

function Row({ entry }: { entry: Entry }) {
  const t = useT(messages);
  const format = useFormat();
  const said = [...mainReasons(entry), ...warnings(entry)].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  const path =
    entry.subject.type === 'account'
      ? `/accounts/${entry.subject.id}`
      : `/customers/${entry.subject.id}`;
  return (
    <tr>
      <td className="priority-rank" data-label={t('rank')}>
        {entry.rank}
      </td>
      <td className="priority-who">
        <Link to={path}>{entry.subject.name || '—'}</Link>
        {entry.subject.type === 'account' && <span className="muted small"> · {t('account')}</span>}
      </td>
      <td className="priority-score" data-label={t('score')}>
        {format.number(entry.score)}
      </td>
      <td className="priority-why" data-label={t('why')}>
        <ul className="small">
          {said.map((c) => {
            const { key, values } = reason(c, format);
            return <li key={c.component}>{t(key, values)}</li>;
          })}
        </ul>
      </td>
    </tr>
  );
}
