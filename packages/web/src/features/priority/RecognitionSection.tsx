import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { recognitionMessages as messages } from './recognition-messages.ts';

type Reason = components['schemas']['RecognitionReason'];

/** The customer of the month and the long-standing customers, one click from a campaign. */
export function RecognitionSection() {
  const t = useT(messages);
  const format = useFormat();
  const can = useCan();
  const recognition = useQuery({
    queryKey: ['recognition'],
    queryFn: () => call(api.GET('/api/v1/recognition')),
  });
  const data = recognition.data;
  const words = (r: Reason) =>
    r.kind === 'spend_this_month'
      ? t(r.kind, { amount: format.cents(r.cents ?? 0) })
      : t(r.kind, { count: r.count ?? r.years ?? 0 });
  const month = data?.customerOfTheMonth;
  return (
    <section className="card stack" aria-labelledby="recognition-title">
      <h2 id="recognition-title">{t('title')}</h2>
      <p className="muted small">{t('intro')}</p>
      <ProblemAlert error={recognition.error} />
      {data && (
        <>
          <h3>{t('ofTheMonth')}</h3>
          {month ? (
            <div className="stack">
              <p>
                <Link to={`/customers/${month.customerId}`}>{month.name}</Link> —{' '}
                {month.reasons.map(words).join(', ')}
              </p>
              {can('campaigns:manage') && (
                <TagForm customerIds={[month.customerId]} initialTag={t('monthTag')} />
              )}
              <FollowUpButton
                customerId={month.customerId}
                note={t('noteOfTheMonth', { reasons: month.reasons.map(words).join(', ') })}
              />
            </div>
          ) : (
            <p className="muted">{t('noneOfTheMonth')}</p>
          )}
          <h3>{t('longStanding')}</h3>
          {data.longStanding.length === 0 ? (
            <p className="muted">{t('noneLongStanding')}</p>
          ) : (
            <LongStanding items={data.longStanding} words={words} />
          )}
        </>
      )}
    </section>
  );
}

function LongStanding({
  items,
  words,
}: {
  items: { customerId: string; name: string; since: string; reasons: Reason[] }[];
  words: (r: Reason) => string;
}) {
  const t = useT(messages);
  const format = useFormat();
  const can = useCan();
  const [chosen, setChosen] = useState(() => new Set(items.map((i) => i.customerId)));
  useEffect(() => setChosen(new Set(items.map((i) => i.customerId))), [items]);
  return (
    <div className="stack">
      <ul className="customer-notes">
        {items.map((c) => (
          <li key={c.customerId} className="row">
            {can('campaigns:manage') && (
              <input
                type="checkbox"
                aria-label={t('select', { name: c.name })}
                checked={chosen.has(c.customerId)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(c.customerId);
                  else next.delete(c.customerId);
                  setChosen(next);
                }}
              />
            )}
            <span>
              <Link to={`/customers/${c.customerId}`}>{c.name}</Link>{' '}
              <span className="muted small">
                {t('since', { date: format.date(c.since) })} · {c.reasons.map(words).join(', ')}
              </span>
            </span>
            <FollowUpButton
              customerId={c.customerId}
              note={t('noteLongStanding', { reasons: c.reasons.map(words).join(', ') })}
            />
          </li>
        ))}
      </ul>
      {can('campaigns:manage') && chosen.size > 0 && (
        <TagForm customerIds={[...chosen]} initialTag={t('defaultTag')} />
      )}
    </div>
  );
}

function TagForm({ customerIds, initialTag }: { customerIds: string[]; initialTag: string }) {
  const t = useT(messages);
  const key = useRef(idempotencyKey());
  const [tag, setTag] = useState(initialTag);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/recognition/tag', {
          body: { customerIds, tag },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSettled: () => {
      key.current = idempotencyKey();
    },
  });
  return (
    <div className="stack">
      <div className="row">
        <Field label={t('tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
        <button
          type="button"
          className="button secondary"
          onClick={() => add.mutate()}
          disabled={add.isPending}
        >
          {t('addToCampaign')}
        </button>
      </div>
      <ProblemAlert error={add.error} />
      {add.data && (
        <p role="status">
          {t('tagged', { count: add.data.tagged, tag: add.data.tag })}{' '}
          <Link to="/campaigns/new">{t('newCampaign')}</Link>
        </p>
      )}
    </div>
  );
}

/** One click: this customer on the follow-up list, with why in words as the note. */
function FollowUpButton({ customerId, note }: { customerId: string; note: string }) {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/follow-up', {
          body: { customerId, note: note.slice(0, 500) },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['follow-up'] }),
  });
  if (!can('customers:write')) return null;
  return (
    <span className="row">
      {add.isSuccess ? (
        <span role="status" className="small">
          {t('onFollowUp')}
        </span>
      ) : (
        <button
          type="button"
          className="button secondary small"
          onClick={() => add.mutate()}
          disabled={add.isPending}
        >
          {t('addToFollowUp')}
        </button>
      )}
      <ProblemAlert error={add.error} />
    </span>
  );
}
