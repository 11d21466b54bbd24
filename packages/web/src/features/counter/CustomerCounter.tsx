import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { CardBalances } from './CardBalances.tsx';
import { CounterError } from './CounterError.tsx';
import { euroToCents } from './parse.ts';
import { enqueuePurchase, isNetworkFailure } from './pending-purchases.ts';
import { RewardsPanel } from './RewardsPanel.tsx';
import { type Customer, displayName, type PurchaseResult, type RedemptionResult } from './types.ts';
import { useActionKey } from './use-action-key.ts';
import { useCounterText } from './use-counter-text.ts';

export type Outcome =
  | { kind: 'purchase'; result: PurchaseResult }
  | { kind: 'redemption'; result: RedemptionResult }
  | { kind: 'queued'; amountCents: number };

/** Step two: the customer is known; type the amount and confirm, or give a reward. */
export function CustomerCounter(props: {
  customer: Customer;
  onOutcome(o: Outcome): void;
  onChange(): void;
}) {
  const { t } = useCounterText();
  const format = useFormat();
  const client = useQueryClient();
  const { customer } = props;
  const [amount, setAmount] = useState('');
  const cents = euroToCents(amount);
  const { keyFor, done } = useActionKey();
  const card = useQuery({
    queryKey: ['card', customer.id],
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/card', { params: { path: { id: customer.id } } })),
  });
  const record = useMutation({
    mutationFn: (amountCents: number) =>
      call(
        api.POST('/api/v1/purchases', {
          body: { customerId: customer.id, amountCents },
          headers: { 'Idempotency-Key': keyFor(`${customer.id}:${amountCents}`) },
        }),
      ),
    // Offline, the purchase must fail fast into the queue rather than wait paused.
    networkMode: 'always',
    // One quick automatic retry of the same action (same key) for a dropped connection.
    retry: (count, error) => count < 1 && isNetworkFailure(error) && navigator.onLine,
    retryDelay: 300,
    onSuccess: (result) => {
      done();
      client.setQueryData(['card', customer.id], { customer, programs: result.card });
      props.onOutcome({ kind: 'purchase', result });
    },
    onError: (error, amountCents) => {
      if (!isNetworkFailure(error)) return;
      enqueuePurchase({
        key: keyFor(`${customer.id}:${amountCents}`),
        customerId: customer.id,
        customerName: displayName(customer),
        amountCents,
        occurredAt: new Date().toISOString(),
      });
      done();
      props.onOutcome({ kind: 'queued', amountCents });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cents !== null && cents > 0 && !record.isPending) record.mutate(cents);
  };
  const amountError = amount.trim() && cents === null ? t('amountInvalid') : undefined;
  return (
    <div className="counter-customer stack">
      <div className="counter-who card">
        <div>
          <h2>{displayName(customer) || t('anonymous')}</h2>
          <p className="muted small">
            {[customer.phone, customer.email].filter(Boolean).join(' · ')}
          </p>
        </div>
        <button type="button" className="button secondary" onClick={props.onChange}>
          {t('change')}
        </button>
      </div>
      {!customer.memberSince && (
        <div className="alert warn" role="note">
          {t('notMember')}
        </div>
      )}
      {card.data && <CardBalances programs={card.data.programs} />}
      <CounterError error={card.error} />
      <form className="card stack" onSubmit={submit} noValidate>
        <Field
          className="counter-amount"
          label={t('amountLabel')}
          hint={t('amountHint')}
          inputMode="decimal"
          enterKeyHint="done"
          autoComplete="off"
          autoFocus
          value={amount}
          error={
            amountError ??
            (record.error instanceof ApiProblem
              ? record.error.fieldError('amountCents')
              : undefined)
          }
          onChange={(e) => setAmount(e.target.value)}
        />
        <CounterError
          error={record.error && !isNetworkFailure(record.error) ? record.error : null}
        />
        <button
          className="button big"
          type="submit"
          disabled={record.isPending || cents === null || cents === 0}
        >
          {record.isPending
            ? t('sending')
            : cents
              ? t('confirm', { amount: format.cents(cents) })
              : t('confirmEmpty')}
        </button>
      </form>
      {card.data && (
        <RewardsPanel
          customerId={customer.id}
          programs={card.data.programs}
          onRedeemed={(result) => {
            client.setQueryData(['card', customer.id], { customer, programs: result.card });
            props.onOutcome({ kind: 'redemption', result });
          }}
        />
      )}
    </div>
  );
}
