import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from '../customers/euros.ts';
import { invoiceStatus, localToday } from './invoice-status.ts';
import { messages } from './messages.ts';

type Invoice = components['schemas']['Invoice'];

/** The account's invoices with where each stands, a form to enter one, and payments. */
export function InvoicesSection({ accountId }: { accountId: string }) {
  const t = useT(messages);
  const invoices = useQuery({
    queryKey: ['b2b-invoices', accountId],
    queryFn: () =>
      call(api.GET('/api/v1/b2b-accounts/{id}/invoices', { params: { path: { id: accountId } } })),
  });
  return (
    <section className="card stack" aria-labelledby="invoices-title">
      <h2 id="invoices-title">{t('invoices')}</h2>
      <InvoiceForm accountId={accountId} />
      <ProblemAlert error={invoices.error} />
      {invoices.data?.items.length === 0 && <p className="muted">{t('noInvoice')}</p>}
      {invoices.data && invoices.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('invoiceNumber')}</th>
              <th>{t('amount')}</th>
              <th>{t('issuedOn')}</th>
              <th>{t('dueOn')}</th>
              <th>{t('paidOn')}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.items.map((i) => (
              <InvoiceRow key={i.id} accountId={accountId} invoice={i} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function useRefreshAccount(accountId: string) {
  const client = useQueryClient();
  return () => {
    for (const key of ['b2b-invoices', 'b2b-figures', 'b2b-history']) {
      void client.invalidateQueries({ queryKey: [key, accountId] });
    }
    void client.invalidateQueries({ queryKey: ['priority-list'] });
  };
}

function InvoiceRow({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const t = useT(messages);
  const format = useFormat();
  const refresh = useRefreshAccount(accountId);
  const [paidOn, setPaidOn] = useState(localToday());
  const pay = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/b2b-accounts/{id}/invoices/{invoiceId}', {
          params: { path: { id: accountId, invoiceId: invoice.id } },
          body: { paidOn },
        }),
      ),
    onSuccess: refresh,
  });
  const status = invoiceStatus(invoice, localToday());
  const statusText =
    status.kind === 'paid_on_time'
      ? t('statusPaidOnTime')
      : status.kind === 'paid_late'
        ? t('statusPaidLate', { count: status.days })
        : status.kind === 'overdue'
          ? t('statusOverdue', { count: status.days })
          : t('statusDue');
  return (
    <tr>
      <td>{invoice.number}</td>
      <td>{format.cents(invoice.amountCents)}</td>
      <td>{format.date(invoice.issuedOn)}</td>
      <td>{format.date(invoice.dueOn)}</td>
      <td>
        <span className={status.kind === 'overdue' ? 'error' : 'muted'}>{statusText}</span>
        {invoice.paidOn ? (
          <> · {format.date(invoice.paidOn)}</>
        ) : (
          <span className="row">
            <input
              type="date"
              aria-label={t('markPaid')}
              value={paidOn}
              onChange={(e) => setPaidOn(e.target.value)}
            />
            <button type="button" onClick={() => pay.mutate()} disabled={pay.isPending}>
              {t('recordPayment')}
            </button>
          </span>
        )}
        <ProblemAlert error={pay.error} />
      </td>
    </tr>
  );
}

function InvoiceForm({ accountId }: { accountId: string }) {
  const t = useT(messages);
  const refresh = useRefreshAccount(accountId);
  const key = useRef(idempotencyKey());
  const [number, setNumber] = useState('');
  const [amount, setAmount] = useState('');
  const [issuedOn, setIssuedOn] = useState(localToday());
  const [dueOn, setDueOn] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [touched, setTouched] = useState(false);
  const amountCents = euroToCents(amount);
  const localAmount = amountCents === null || amountCents === 0 ? t('notAmount') : undefined;
  const enter = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/b2b-accounts/{id}/invoices', {
          params: { path: { id: accountId } },
          body: {
            number,
            amountCents: amountCents ?? 0,
            issuedOn,
            ...(dueOn ? { dueOn } : {}),
            paidOn: paidOn || null,
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setNumber('');
      setAmount('');
      setDueOn('');
      setPaidOn('');
      setTouched(false);
      refresh();
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const server = (field: string) =>
    enter.error instanceof ApiProblem ? enter.error.fieldError(field) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (localAmount || enter.isPending) return;
    enter.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="row">
        <Field
          label={t('invoiceNumber')}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={server('number')}
        />
        <Field
          label={t('amount')}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={(touched ? localAmount : undefined) ?? server('amountCents')}
        />
      </div>
      <div className="row">
        <Field
          label={t('issuedOn')}
          type="date"
          value={issuedOn}
          onChange={(e) => setIssuedOn(e.target.value)}
          error={server('issuedOn')}
        />
        <Field
          label={t('dueOn')}
          hint={t('dueOnHint')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={server('dueOn')}
        />
        <Field
          label={t('paidOn')}
          type="date"
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
          error={server('paidOn')}
        />
      </div>
      <ProblemAlert error={enter.error} />
      <div>
        <button type="submit" disabled={enter.isPending}>
          {t('enterInvoice')}
        </button>
      </div>
    </form>
  );
}
