import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { reasonText } from './reason-text.ts';
import './follow-up.css';

type Item = components['schemas']['FollowUpItem'];
type How = 'call' | 'visit' | 'email';

/**
 * The week's follow-up list: open items (the highest priority first, as the server orders
 * them), each with who, why and a "done" that asks how it went; then what was done lately.
 */
export function FollowUpPage() {
  const t = useT(messages);
  const list = useQuery({
    queryKey: ['follow-up'],
    queryFn: () => call(api.GET('/api/v1/follow-up', { params: { query: { status: 'all' } } })),
  });
  const open = list.data?.items.filter((i) => i.status === 'open') ?? [];
  const done = list.data?.items.filter((i) => i.status === 'done') ?? [];
  return (
    <div className="stack follow-up">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={list.error} />
      {list.isPending && <p className="muted">{t('loading')}</p>}
      <section className="stack" aria-labelledby="todo-title">
        <h2 id="todo-title">{t('todoTitle')}</h2>
        {list.data && open.length === 0 && <p>{t('none')}</p>}
        <ol className="follow-up-list">
          {open.map((item) => (
            <li key={item.id}>
              <FollowUpItem item={item} />
            </li>
          ))}
        </ol>
      </section>
      <section className="stack" aria-labelledby="done-title">
        <h2 id="done-title">{t('doneTitle')}</h2>
        {list.data && done.length === 0 && <p className="muted">{t('noneDone')}</p>}
        <ul className="follow-up-list">
          {done.map((item) => (
            <li key={item.id}>
              <FollowUpItem item={item} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function FollowUpItem({ item }: { item: Item }) {
  const t = useT(messages);
  const format = useFormat();
  const [closing, setClosing] = useState(false);
  const name = [item.customer.firstName, item.customer.lastName].filter(Boolean).join(' ') || '—';
  const reason = reasonText(item.reason, item.details, format.date);
  const comment = typeof item.details.comment === 'string' ? item.details.comment : null;
  const pAlive = item.details.pAlive;
  const spend = item.details.annualSpendCents;
  return (
    <article className="card stack follow-up-item" aria-label={name}>
      <header className="row follow-up-head">
        <h3>
          <Link to={`/customers/${item.customer.id}`}>{name}</Link>
        </h3>
        {item.priority && (
          <span className="badge">{t('priority', { score: Math.round(item.priority.score) })}</span>
        )}
      </header>
      <p>{t(reason.key, reason.values)}</p>
      {typeof pAlive === 'number' && typeof spend === 'number' && (
        <p className="small muted">
          {t('reason_going_quiet_values', {
            pAlive: format.percent(pAlive),
            spend: format.cents(spend),
          })}
        </p>
      )}
      {comment && <p className="small">{t('comment', { comment })}</p>}
      {item.note && <p className="small">{item.note}</p>}
      {item.status === 'done' ? (
        <p className="small">
          <strong>{item.outcome}</strong>{' '}
          <span className="muted">
            {item.doneBy
              ? t('doneBy', { date: format.dateTime(item.doneAt ?? ''), name: item.doneBy })
              : t('doneOn', { date: format.dateTime(item.doneAt ?? '') })}
          </span>
        </p>
      ) : closing ? (
        <DoneForm item={item} onCancel={() => setClosing(false)} />
      ) : (
        <p className="row">
          {item.customer.phone && (
            <a className="button secondary" href={`tel:${item.customer.phone}`}>
              {t('call')} {item.customer.phone}
            </a>
          )}
          <button type="button" className="button" onClick={() => setClosing(true)}>
            {t('markDone')}
          </button>
        </p>
      )}
    </article>
  );
}

function DoneForm({ item, onCancel }: { item: Item; onCancel: () => void }) {
  const t = useT(messages);
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const [how, setHow] = useState<How>('call');
  const [outcome, setOutcome] = useState('');
  const [minutes, setMinutes] = useState('');
  const [touched, setTouched] = useState(false);
  const minutesValue =
    minutes.trim() === '' ? undefined : /^\d{1,4}$/.test(minutes.trim()) ? Number(minutes) : null;
  const local = {
    outcome: outcome.trim() === '' ? t('outcomeRequired') : undefined,
    minutes: minutesValue === null ? t('notWhole') : undefined,
  };
  const done = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/follow-up/{id}/done', {
          params: { path: { id: item.id } },
          body: {
            kind: how,
            outcome: outcome.trim(),
            ...(minutesValue != null ? { minutesSpent: minutesValue } : {}),
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['follow-up'] });
      void client.invalidateQueries({ queryKey: ['interactions', item.customer.id] });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const server = (field: string) =>
    done.error instanceof ApiProblem ? done.error.fieldError(field) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(local).some(Boolean) || done.isPending) return;
    done.mutate();
  };
  const shown = (error: string | undefined) => (touched ? error : undefined);
  const howId = `${item.id}-how`;
  const outcomeId = `${item.id}-outcome`;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('doneForm')}>
      <div className="field">
        <label htmlFor={howId}>{t('how')}</label>
        <select id={howId} value={how} onChange={(e) => setHow(e.target.value as How)}>
          {(['call', 'visit', 'email'] as const).map((h) => (
            <option key={h} value={h}>
              {t(`how_${h}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={outcomeId}>{t('outcome')}</label>
        <textarea
          id={outcomeId}
          rows={2}
          value={outcome}
          aria-invalid={shown(local.outcome) || server('outcome') ? true : undefined}
          aria-describedby={
            shown(local.outcome) || server('outcome') ? `${outcomeId}-error` : undefined
          }
          onChange={(e) => setOutcome(e.target.value)}
        />
        {(shown(local.outcome) ?? server('outcome')) && (
          <span id={`${outcomeId}-error`} className="error" role="alert">
            {shown(local.outcome) ?? server('outcome')}
          </span>
        )}
      </div>
      <Field
        label={t('minutes')}
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={shown(local.minutes) ?? server('minutesSpent')}
      />
      <ProblemAlert error={done.error} />
      <p className="row">
        <button className="button" type="submit" disabled={done.isPending}>
          {done.isPending ? t('saving') : t('save')}
        </button>
        <button className="button secondary" type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
