import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { interactionMessages } from '../customers/interaction-messages.ts';
import { messages } from './messages.ts';
import './gdpr.css';

type Data = components['schemas']['CustomerDataExport'];

const FOLLOW_UP_REASONS = [
  'detractor',
  'going_quiet',
  'long_standing',
  'birthday',
  'late_payment',
  'manual',
] as const;
type KnownReason = (typeof FOLLOW_UP_REASONS)[number];
const isKnownReason = (r: string): r is KnownReason => FOLLOW_UP_REASONS.includes(r as KnownReason);

const INTERACTION_KINDS = [
  'call',
  'visit',
  'email',
  'complaint',
  'dispute',
  'late_payment',
] as const;
type Kind = (typeof INTERACTION_KINDS)[number];
const isKind = (k: string): k is Kind => INTERACTION_KINDS.includes(k as Kind);

/** A survey answer's values in question order (q1, q2, … q10), lists joined. */
function answerValues(answers: Record<string, unknown>): string {
  return Object.keys(answers)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((k) => {
      const v = answers[k];
      return Array.isArray(v) ? v.join(', ') : String(v);
    })
    .join(' · ');
}

/** A customer's complete data, readable (what a right-of-access answer shows on screen). */
export function CustomerDataPage() {
  const { id = '' } = useParams();
  const data = useQuery({
    queryKey: ['customer-data', id],
    queryFn: () => call(api.GET('/api/v1/customers/{id}/export', { params: { path: { id } } })),
  });
  if (data.error) return <ProblemAlert error={data.error} />;
  if (!data.data) return <p className="muted">…</p>;
  return <CustomerData id={id} data={data.data} />;
}

type Key = keyof (typeof messages)['fr'];

function CustomerData({ id, data }: { id: string; data: Data }) {
  const t = useT(messages);
  /** A code worded through the catalogue; one the app does not know yet is shown as it is. */
  const word = (prefix: string, code: string) =>
    `${prefix}${code}` in messages.fr ? t(`${prefix}${code}` as Key) : code;
  const kinds = useT(interactionMessages);
  const format = useFormat();
  const c = data.customer;
  const dash = (v: string | null | undefined) => v || t('dash');
  const when = (v: string | null | undefined) => (v ? format.dateTime(v) : t('dash'));
  const name = [c.firstName, c.lastName].filter(Boolean).join(' ') || t('anonymous');
  return (
    <div className="stack customer-data">
      <Link to={`/customers/${id}`} className="small">
        {t('back')}
      </Link>
      <h1>{t('title', { name })}</h1>
      <p className="muted small">
        {t('exportedAt', { at: format.dateTime(data.exportedAt) })}{' '}
        <a href={`/api/v1/customers/${id}/export`} download={`client-${id}.json`}>
          {t('downloadJson')}
        </a>
      </p>
      {c.erasedAt && <p className="alert">{t('erased', { at: format.dateTime(c.erasedAt) })}</p>}
      <Section title={t('contact')}>
        <dl className="customer-facts">
          {(
            [
              ['firstName', c.firstName],
              ['lastName', c.lastName],
              ['email', c.email],
              ['phone', c.phone],
              ['birthday', c.birthday],
              ['company', c.company],
              ['externalRef', c.externalRef],
              ['cardUrl', c.cardUrl],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{dash(value)}</dd>
            </div>
          ))}
          <div>
            <dt>{t('customerSince')}</dt>
            <dd>{when(c.customerSince)}</dd>
          </div>
          <div>
            <dt>{t('memberSince')}</dt>
            <dd>{when(c.memberSince)}</dd>
          </div>
        </dl>
      </Section>
      <Section title={t('consents')}>
        <Table
          head={[t('date'), t('channel'), t('decision'), t('source'), t('wording')]}
          rows={data.consents.map((k) => [
            when(k.recordedAt),
            word('channel_', k.channel),
            k.granted ? t('granted') : t('refused'),
            k.source,
            k.wordingVersion,
          ])}
        />
      </Section>
      <Section title={t('tags')}>
        {data.tags.length ? <p>{data.tags.join(', ')}</p> : <p className="muted">{t('none')}</p>}
      </Section>
      <Section title={t('notes')}>
        <Table
          head={[t('date'), t('notes')]}
          rows={data.notes.map((n) => [when(n.createdAt), n.body])}
        />
      </Section>
      <Section title={t('purchases')}>
        <Table
          head={[t('date'), t('amount'), t('refunds')]}
          rows={data.purchases.map((p) => [
            when(p.occurredAt),
            format.cents(p.amountCents),
            p.refunds
              .map((r) => `${format.cents(r.amountCents)}${r.reason ? ` (${r.reason})` : ''}`)
              .join(', ') || t('dash'),
          ])}
        />
      </Section>
      <Section title={t('ledger')}>
        <Table
          head={[t('date'), t('movement'), t('cause')]}
          rows={data.ledger.map((e) => [
            when(e.occurredAt),
            `${e.delta > 0 ? '+' : ''}${e.delta} ${word('unit_', e.unit)}`,
            word('cause_', e.cause),
          ])}
        />
      </Section>
      <Section title={t('vouchers')}>
        <Table
          head={[t('date'), t('code'), t('state')]}
          rows={data.vouchers.map((v) => [when(v.issuedAt), v.code, t(`state_${v.state}`)])}
        />
      </Section>
      <Section title={t('adjustments')}>
        <Table
          head={[t('date'), t('movement'), t('reason')]}
          rows={data.adjustments.map((a) => [
            when(a.occurredAt),
            String(a.delta),
            a.reason ? `${a.reasonCode} — ${a.reason}` : a.reasonCode,
          ])}
        />
      </Section>
      <Section title={t('interactions')}>
        <Table
          head={[t('date'), t('kind'), t('outcome')]}
          rows={data.interactions.map((i) => [
            when(i.occurredAt),
            isKind(i.kind) ? kinds(i.kind) : i.kind,
            dash(i.outcome),
          ])}
        />
      </Section>
      <Section title={t('surveyAnswers')}>
        <Table
          head={[t('date'), t('survey'), t('score'), t('answers')]}
          rows={data.surveyAnswers.map((a) => [
            when(a.answeredAt),
            a.surveyTitle,
            a.npsScore === null ? t('dash') : String(a.npsScore),
            answerValues(a.answers) || t('dash'),
          ])}
        />
      </Section>
      <Section title={t('followUps')}>
        <Table
          head={[t('date'), t('followUpReason'), t('notes'), t('outcome')]}
          rows={data.followUps.map((f) => [
            when(f.createdAt),
            isKnownReason(f.reason) ? t(`followUp_${f.reason}`) : f.reason,
            dash(f.note),
            dash(f.outcome),
          ])}
        />
      </Section>
      <Section title={t('messages')}>
        <Table
          head={[t('date'), t('subject'), t('status')]}
          rows={data.messages.map((m) => [
            when(m.sentAt ?? m.createdAt),
            m.subject,
            word('message_', m.status),
          ])}
        />
      </Section>
      <Section title={t('webhooks')}>
        <Table
          head={[t('date'), t('event'), t('status')]}
          rows={data.webhookDeliveries.map((d) => [
            when(d.createdAt),
            d.eventType,
            word('delivery_', d.status),
          ])}
        />
      </Section>
      <Section title={t('history')}>
        <Table
          head={[t('date'), t('action')]}
          rows={data.history.map((h) => [when(h.occurredAt), h.action])}
        />
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card stack">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Table({ head, rows }: { head: string[]; rows: string[][] }) {
  const t = useT(messages);
  if (rows.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <table className="list">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed snapshot
          <tr key={i}>
            {row.map((cell, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed
              <td key={j} data-label={head[j]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
