import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from './euros.ts';
import { interactionMessages as messages } from './interaction-messages.ts';
import { TextArea } from './TextArea.tsx';

type Interaction = components['schemas']['Interaction'];
type Kind = Interaction['kind'];
type DisputeStatus = NonNullable<Interaction['disputeStatus']>;

const KINDS: readonly Kind[] = ['call', 'visit', 'email', 'complaint', 'dispute', 'late_payment'];
const STATUSES: readonly DisputeStatus[] = ['open', 'resolved', 'rejected'];
const CONCESSIONS: readonly Kind[] = ['complaint', 'dispute'];

/** A local "YYYY-MM-DDTHH:mm" for a datetime-local input, now. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const wholeOrNull = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The customer's interactions with the shop, and a form to record one (anyone at the counter). */
export function InteractionsSection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const interactions = useQuery({
    queryKey: ['interactions', customerId],
    queryFn: () =>
      call(
        api.GET('/api/v1/customers/{id}/interactions', {
          params: { path: { id: customerId }, query: { limit: 50 } },
        }),
      ),
  });
  return (
    <section className="card stack" aria-labelledby="interactions-title">
      <h2 id="interactions-title">{t('interactions')}</h2>
      <p className="muted small">{t('intro')}</p>
      <RecordForm customerId={customerId} />
      <ProblemAlert error={interactions.error} />
      {interactions.data?.items.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="customer-notes">
        {interactions.data?.items.map((i) => (
          <InteractionItem key={i.id} customerId={customerId} interaction={i} />
        ))}
      </ul>
    </section>
  );
}

function RecordForm({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const [kind, setKind] = useState<Kind>('call');
  const [when, setWhen] = useState(localNow);
  const [minutes, setMinutes] = useState('');
  const [outcome, setOutcome] = useState('');
  const [conceded, setConceded] = useState('');
  const [lateAmount, setLateAmount] = useState('');
  const [lateDays, setLateDays] = useState('');
  const [touched, setTouched] = useState(false);

  const minutesValue = minutes.trim() === '' ? 0 : wholeOrNull(minutes);
  const concededValue = conceded.trim() === '' ? 0 : euroToCents(conceded);
  const lateAmountValue = euroToCents(lateAmount);
  const lateDaysValue = wholeOrNull(lateDays);
  const isLate = kind === 'late_payment';
  const local = {
    minutes: minutesValue === null ? t('notWhole') : undefined,
    conceded: concededValue === null ? t('notAmount') : undefined,
    lateAmount: isLate && lateAmountValue === null ? t('notAmount') : undefined,
    lateDays: isLate && lateDaysValue === null ? t('notWhole') : undefined,
  };
  const record = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/customers/{id}/interactions', {
          params: { path: { id: customerId } },
          body: {
            kind,
            occurredAt: new Date(when).toISOString(),
            minutesSpent: minutesValue ?? 0,
            outcome: outcome.trim() || null,
            ...(CONCESSIONS.includes(kind) ? { concededCents: concededValue ?? 0 } : {}),
            ...(isLate
              ? { latePayment: { amountCents: lateAmountValue ?? 0, daysLate: lateDaysValue ?? 0 } }
              : {}),
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setMinutes('');
      setOutcome('');
      setConceded('');
      setLateAmount('');
      setLateDays('');
      setTouched(false);
      void client.invalidateQueries({ queryKey: ['interactions', customerId] });
      void client.invalidateQueries({ queryKey: ['serving-cost', customerId] });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const server = (field: string) =>
    record.error instanceof ApiProblem ? record.error.fieldError(field) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(local).some(Boolean) || record.isPending) return;
    record.mutate();
  };
  const shown = (error: string | undefined) => (touched ? error : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${customerId}-kind`}>{t('kind')}</label>
        <select
          id={`${customerId}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <Field
          label={t('when')}
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          error={server('occurredAt')}
        />
        <Field
          label={t('minutes')}
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={shown(local.minutes) ?? server('minutesSpent')}
        />
      </div>
      {CONCESSIONS.includes(kind) && (
        <Field
          label={t('conceded')}
          inputMode="decimal"
          hint={t('concededHint')}
          value={conceded}
          onChange={(e) => setConceded(e.target.value)}
          error={shown(local.conceded) ?? server('concededCents')}
        />
      )}
      {isLate && (
        <div className="row">
          <Field
            label={t('lateAmount')}
            inputMode="decimal"
            value={lateAmount}
            onChange={(e) => setLateAmount(e.target.value)}
            error={
              shown(local.lateAmount) ?? server('latePayment.amountCents') ?? server('latePayment')
            }
          />
          <Field
            label={t('lateDays')}
            inputMode="numeric"
            value={lateDays}
            onChange={(e) => setLateDays(e.target.value)}
            error={shown(local.lateDays) ?? server('latePayment.daysLate')}
          />
        </div>
      )}
      <TextArea
        label={t('outcome')}
        placeholder={t('outcomePlaceholder')}
        rows={2}
        value={outcome}
        error={server('outcome')}
        onChange={(e) => setOutcome(e.target.value)}
      />
      {record.error && !(record.error instanceof ApiProblem && record.error.status === 422) && (
        <ProblemAlert error={record.error} />
      )}
      <div>
        <button className="button" type="submit" disabled={record.isPending}>
          {t('record')}
        </button>
      </div>
    </form>
  );
}

function InteractionItem({
  customerId,
  interaction: i,
}: {
  customerId: string;
  interaction: Interaction;
}) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const setStatus = useMutation({
    mutationFn: (disputeStatus: DisputeStatus) =>
      call(
        api.PATCH('/api/v1/customers/{id}/interactions/{interactionId}', {
          params: { path: { id: customerId, interactionId: i.id } },
          body: { disputeStatus },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['interactions', customerId] });
      void client.invalidateQueries({ queryKey: ['serving-cost', customerId] });
    },
  });
  const facts = [
    i.minutesSpent > 0 ? t('minutesSpent', { count: i.minutesSpent }) : null,
    i.concededCents > 0 ? t('concededAmount', { amount: format.cents(i.concededCents) }) : null,
    i.latePayment
      ? t('lateSummary', {
          amount: format.cents(i.latePayment.amountCents),
          count: i.latePayment.daysLate,
        })
      : null,
  ].filter(Boolean);
  return (
    <li className="stack-tight">
      <p>
        <strong>{t(i.kind)}</strong>
        {facts.length > 0 && ` · ${facts.join(' · ')}`}
      </p>
      {i.outcome && <p>{i.outcome}</p>}
      {i.disputeStatus && (
        <div className="field">
          <label htmlFor={`status-${i.id}`}>{t('status')}</label>
          <select
            id={`status-${i.id}`}
            value={i.disputeStatus}
            disabled={setStatus.isPending}
            onChange={(e) => setStatus.mutate(e.target.value as DisputeStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ProblemAlert error={setStatus.error} />
      <span className="muted small">
        {format.dateTime(i.occurredAt)}
        {i.authorName ? ` · ${t('by', { who: i.authorName })}` : ''}
      </span>
    </li>
  );
}

/** The cost of serving next to the margin (managers and owners: value figures). */
export function ServingCostCard({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const format = useFormat();
  const cost = useQuery({
    queryKey: ['serving-cost', customerId],
    queryFn: () =>
      call(
        api.GET('/api/v1/customers/{id}/serving-cost', { params: { path: { id: customerId } } }),
      ),
  });
  const c = cost.data;
  const money = (cents: number | null) => (cents === null ? t('missingRate') : format.cents(cents));
  return (
    <section className="card stack" aria-labelledby="serving-cost-title">
      <h2 id="serving-cost-title">{t('costTitle')}</h2>
      <p className="muted small">{t('costIntro')}</p>
      <ProblemAlert error={cost.error} />
      {c && (
        <>
          <dl className="customer-facts">
            <div>
              <dt>{t('margin')}</dt>
              <dd>
                {format.cents(c.marginCents)}
                <span className="small muted">
                  {' '}
                  (
                  {t('marginHint', {
                    rate: format.percent(c.marginRate),
                    spend: format.cents(c.netSpendCents),
                  })}
                  )
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('time')}</dt>
              <dd>{money(c.cost.timeCents)}</dd>
            </div>
            <div>
              <dt>{t('concededTotal')}</dt>
              <dd>{format.cents(c.cost.concededCents)}</dd>
            </div>
            <div>
              <dt>{t('latePayments')}</dt>
              <dd>{money(c.cost.latePaymentCents)}</dd>
            </div>
            <div>
              <dt>{t('total')}</dt>
              <dd>{format.cents(c.cost.totalCents)}</dd>
            </div>
            <div>
              <dt>{t('profit')}</dt>
              <dd>{format.cents(c.profitCents)}</dd>
            </div>
          </dl>
          {c.openDisputes > 0 && (
            <p className="small">{t('openDisputes', { count: c.openDisputes })}</p>
          )}
          {!c.cost.complete && <p className="alert warn small">{t('incomplete')}</p>}
        </>
      )}
    </section>
  );
}
