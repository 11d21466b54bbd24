import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat, useLocalized, usePlural, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from './euros.ts';
import { messages } from './messages.ts';
import { type RefundEffect, refundEffects } from './refund-summary.ts';
import type { PurchaseHistory } from './types.ts';

type Purchase = PurchaseHistory['items'][number];

/** Purchases, most recent first, with refunds; any purchase with something left can be refunded. */
export function PurchaseHistorySection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const plural = usePlural();
  const format = useFormat();
  const [refunding, setRefunding] = useState<string | null>(null);
  const history = useInfiniteQuery({
    queryKey: ['purchases', customerId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/customers/{id}/purchases', {
          params: {
            path: { id: customerId },
            query: { limit: 20, ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  const unitText = (unit: string, n: number) =>
    unit === 'stamps'
      ? t(plural(n) === 'one' ? 'stamp' : 'stamps')
      : t(plural(n) === 'one' ? 'point' : 'points');
  return (
    <section className="card stack" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <ProblemAlert error={history.error} />
      {history.isSuccess && items.length === 0 && <p className="muted">{t('noPurchases')}</p>}
      <ul className="customer-history">
        {items.map((p) => (
          <li key={p.id}>
            <div className="customer-history-row">
              <span>{format.dateTime(p.occurredAt)}</span>
              <strong className={p.remainingCents === 0 ? 'struck' : ''}>
                {format.cents(p.amountCents)}
              </strong>
              <span className="muted small">
                {p.earned.map((e) => `+${e.amount} ${unitText(e.unit, e.amount)}`).join(', ')}
              </span>
              {p.remainingCents > 0 && refunding !== p.id && (
                <button
                  type="button"
                  className="button secondary small-button"
                  onClick={() => setRefunding(p.id)}
                >
                  {t('refund')}
                </button>
              )}
            </div>
            {p.refunds.map((r) => (
              <div key={r.id} className="muted small customer-refund">
                ↩ {t('refunded', { amount: format.cents(r.amountCents) })} ·{' '}
                {format.dateTime(r.refundedAt)}
                {r.reason ? ` · ${r.reason}` : ''}
              </div>
            ))}
            {refunding === p.id && (
              <RefundForm customerId={customerId} purchase={p} onClose={() => setRefunding(null)} />
            )}
          </li>
        ))}
      </ul>
      {history.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('more')}
        </button>
      )}
    </section>
  );
}

function RefundForm(props: { customerId: string; purchase: Purchase; onClose(): void }) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const max = props.purchase.remainingCents;
  const [amount, setAmount] = useState((max / 100).toFixed(2).replace('.', ','));
  const [reason, setReason] = useState('');
  const localized = useLocalized();
  const plural = usePlural();
  const [done, setDone] = useState<{ amount: string; effects: RefundEffect[] } | null>(null);
  const unitText = (unit: string, n: number) =>
    unit === 'stamps'
      ? t(plural(n) === 'one' ? 'stamp' : 'stamps')
      : t(plural(n) === 'one' ? 'point' : 'points');
  const key = useRef({ body: '', key: idempotencyKey() });
  const cents = euroToCents(amount);
  const amountError =
    cents === null || cents === 0
      ? t('amountInvalid')
      : cents > max
        ? t('refundTooMuch', { amount: format.cents(max) })
        : undefined;
  const refund = useMutation({
    mutationFn: (body: { amountCents: number; reason?: string }) => {
      const signature = JSON.stringify(body);
      if (key.current.body !== signature) key.current = { body: signature, key: idempotencyKey() };
      return call(
        api.POST('/api/v1/purchases/{id}/refund', {
          params: { path: { id: props.purchase.id } },
          body,
          headers: { 'Idempotency-Key': key.current.key },
        }),
      );
    },
    onSuccess: (r) => {
      setDone({ amount: format.cents(r.amountCents), effects: refundEffects(r) });
      // Everything the refund changed: the history, the card (balance, owed) and the value panel.
      for (const queryKey of [
        ['purchases', props.customerId],
        ['card', props.customerId],
        ['customer-value', props.customerId],
        ['ledger', props.customerId],
      ])
        void client.invalidateQueries({ queryKey });
    },
  });
  const server = refund.error instanceof ApiProblem ? refund.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (amountError || cents === null || refund.isPending) return;
    refund.mutate({ amountCents: cents, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  };
  if (done)
    return (
      <div
        className={`alert ${done.effects.some((e) => e.owedNow > 0) ? 'warn' : 'ok'}`}
        role="status"
      >
        <strong>{t('refundDone', { amount: done.amount })}</strong>
        <ul className="customer-refund-effects">
          {done.effects.map((e) => (
            <li key={e.programId}>
              {t('refundTaken', {
                program: localized(e.programName),
                taken: e.taken,
                unit: unitText(e.unit, e.taken),
              })}
              {e.owedNow > 0 &&
                ` ${t(e.owedNow === 1 ? 'refundOwedOne' : 'refundOwed', {
                  owed: e.owedNow,
                  unit: unitText(e.unit, e.owedNow),
                })}`}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <form className="customer-refund-form stack" onSubmit={submit} noValidate>
      <strong>{t('refundTitle')}</strong>
      <Field
        label={t('refundAmount')}
        hint={t('refundHint', { amount: format.cents(max) })}
        inputMode="decimal"
        autoFocus
        value={amount}
        error={amountError ?? server?.fieldError('amountCents')}
        onChange={(e) => setAmount(e.target.value)}
      />
      <Field
        label={t('reason')}
        hint={t('refundReasonHint')}
        maxLength={300}
        value={reason}
        error={server?.fieldError('reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      {refund.error && !server?.fields.length && <ProblemAlert error={refund.error} />}
      <div className="row">
        <button
          className="button danger"
          type="submit"
          disabled={Boolean(amountError) || refund.isPending}
        >
          {t('confirmRefund', { amount: cents ? format.cents(cents) : '' })}
        </button>
        <button className="button secondary" type="button" onClick={props.onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
