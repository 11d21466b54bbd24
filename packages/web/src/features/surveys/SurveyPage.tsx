import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { QrCode } from '../card/QrCode.tsx';
import { messages } from './messages.ts';
import { NpsResult } from './NpsResult.tsx';
import './surveys.css';

type Result = components['schemas']['SurveyQuestionResult'];

/** One survey: how to get answers (QR code, link), close or reopen it, and its results. */
export function SurveyPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const client = useQueryClient();
  const survey = useQuery({
    queryKey: ['survey', id],
    queryFn: () => call(api.GET('/api/v1/surveys/{id}', { params: { path: { id } } })),
  });
  const toggle = useMutation({
    mutationFn: (status: 'open' | 'closed') =>
      call(api.PATCH('/api/v1/surveys/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['survey', id] });
      void client.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
  const s = survey.data;
  return (
    <div className="stack">
      <p>
        <Link to="/surveys">{t('back')}</Link>
      </p>
      <ProblemAlert error={survey.error} />
      {survey.isPending && <p className="muted">{t('loading')}</p>}
      {s && (
        <>
          <h1>
            {s.title} <span className="badge">{s.status === 'open' ? t('open') : t('closed')}</span>
          </h1>
          <section className="card stack" aria-labelledby="share-title">
            <h2 id="share-title">{t('shareTitle')}</h2>
            <p className="muted small">{t('shareIntro')}</p>
            {s.status === 'open' && (
              <QrCode value={s.publicUrl} label={t('qrLabel')} size="200px" />
            )}
            <p>
              {t('publicLink')} : <a href={s.publicUrl}>{s.publicUrl}</a>
            </p>
            <ProblemAlert error={toggle.error} />
            <p>
              <button
                type="button"
                className="button secondary"
                disabled={toggle.isPending}
                onClick={() => toggle.mutate(s.status === 'open' ? 'closed' : 'open')}
              >
                {s.status === 'open' ? t('close') : t('reopen')}
              </button>
            </p>
          </section>
          <section className="stack" aria-labelledby="results-title">
            <h2 id="results-title">
              {t('resultsTitle')}{' '}
              <span className="muted small">({t('responses', { n: s.responses })})</span>
            </h2>
            {s.responses === 0 && <p className="muted">{t('noResponses')}</p>}
            {s.responses > 0 && s.results.map((r) => <QuestionResult key={r.id} result={r} />)}
          </section>
        </>
      )}
    </div>
  );
}

function QuestionResult({ result: r }: { result: Result }) {
  const t = useT(messages);
  const format = useFormat();
  const titleId = `result-${r.id}`;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{r.label}</h3>
      <p className="muted small">{t('answered', { n: r.answered })}</p>
      {r.kind === 'nps' && r.nps && <NpsResult nps={r.nps} />}
      {r.kind === 'scale' && r.distribution && (
        <>
          {r.mean != null && <p>{t('mean', { mean: format.number(r.mean) })}</p>}
          <Bars
            rows={r.distribution.map((d) => ({ label: String(d.value), count: d.count }))}
            total={r.answered}
          />
        </>
      )}
      {r.kind === 'choice' && r.counts && (
        <Bars
          rows={r.counts.map((c) => ({ label: c.option, count: c.count }))}
          total={r.answered}
          wide
        />
      )}
      {r.kind === 'text' &&
        (r.comments?.length ? (
          <ul className="survey-comments">
            {r.comments.map((c) => (
              <li key={`${c.customerId}-${c.at}`}>
                <blockquote>« {c.text} »</blockquote>
                <p className="small muted">
                  <Link to={`/customers/${c.customerId}`}>
                    {c.firstName
                      ? t('commentBy', { name: c.firstName, date: format.date(c.at) })
                      : t('commentByAnonymous', { date: format.date(c.at) })}
                  </Link>
                  {c.npsScore != null && <> · {t('withScore', { score: c.npsScore })}</>}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noComments')}</p>
        ))}
    </section>
  );
}

/** Horizontal bars with their counts written out (the figures are the accessible part). */
export function Bars(props: {
  rows: { label: string; count: number; tone?: string }[];
  total: number;
  wide?: boolean;
}) {
  const max = Math.max(1, ...props.rows.map((r) => r.count));
  return (
    <ul className="survey-bars">
      {props.rows.map((r) => (
        <li
          key={r.label}
          className="survey-bar"
          style={props.wide ? { gridTemplateColumns: 'minmax(8rem, 40%) 1fr 3rem' } : undefined}
        >
          <span>{r.label}</span>
          <span
            className={`survey-bar-fill ${r.tone ?? ''}`}
            style={{ width: `${(100 * r.count) / max}%` }}
            aria-hidden="true"
          />
          <span>{r.count}</span>
        </li>
      ))}
    </ul>
  );
}
