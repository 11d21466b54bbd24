import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ClubMembership } from '../club/ClubMembership.tsx';
import { CardTradeDiscount } from '../discounts/CardTradeDiscount.tsx';
import { TierStanding } from '../tiers/TierStanding.tsx';
import { CardBalances } from './CardBalances.tsx';
import { CounterError } from './CounterError.tsx';
import { PointsAsMoney } from './PointsAsMoney.tsx';
import { euroToCents } from './parse.ts';
import { isPromoProblem, QuotePanel } from './QuotePanel.tsx';
import { type SaleTerms, saleTerms } from './quote.ts';
import { RewardsPanel } from './RewardsPanel.tsx';
import { newSale, type QueuedSale } from './sale-queue.ts';
import { saveSale } from './sale-store.ts';
import { type Customer, displayName, type PurchaseResult, type RedemptionResult } from './types.ts';
import { useActionKey } from './use-action-key.ts';
import { useCounterText } from './use-counter-text.ts';
import { needsConfirmation, usePlausibleAmount } from './use-plausible-amount.ts';
import { useQuote } from './use-quote.ts';
import { attemptSale } from './use-sale-queue.ts';

export type Outcome =
  | { kind: 'purchase'; result: PurchaseResult; tierBefore?: string | null }
  | { kind: 'redemption'; result: RedemptionResult }
  | { kind: 'queued'; sale: QueuedSale };

/**
 * A sale is written to the till's queue before it is sent, then sent once (and once more
 * after 300 ms if the connection dropped while the browser still thinks it is online). No
 * answer or a busy server leaves it queued, "en attente"; a refusal comes back as the error.
 */
async function ringUp(sale: QueuedSale) {
  await saveSale(sale);
  let outcome = await attemptSale(sale, { dropRefused: true });
  if (outcome.answer.kind === 'network' && navigator.onLine) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    outcome = await attemptSale(outcome.sale, { dropRefused: true });
  }
  const { refusal } = outcome.sale;
  if (outcome.sale.state === 'refused' && refusal)
    throw new ApiProblem(refusal.status, refusal.code, refusal.detail, refusal.fields);
  return outcome;
}

/** Step two: the customer is known; type the amount and confirm, or give a reward. */
export function CustomerCounter(props: {
  customer: Customer;
  onOutcome(o: Outcome): void;
  onChange(): void;
}) {
  const { t, amountError: amountProblem } = useCounterText();
  const format = useFormat();
  const client = useQueryClient();
  const { customer } = props;
  const [amount, setAmount] = useState('');
  const cents = euroToCents(amount);
  const [promoCode, setPromoCode] = useState<string | null>(null);
  const quote = useQuote(customer.id, cents, promoCode);
  const terms = saleTerms(cents ?? 0, promoCode, quote.data, promoCode);
  // A refused promo code is settled first (removed or corrected): the sale waits for it.
  const promoRefused = promoCode !== null && isPromoProblem(quote.error);
  const { keyFor, done } = useActionKey();
  const card = useQuery({
    queryKey: ['card', customer.id],
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/card', { params: { path: { id: customer.id } } })),
  });
  const record = useMutation({
    mutationFn: (sale: SaleTerms) =>
      ringUp(
        newSale({
          key: keyFor(`${customer.id}:${sale.amountCents}:${JSON.stringify(sale.discounts)}`),
          customerId: customer.id,
          customerName: displayName(customer),
          ...sale,
          now: new Date(),
        }),
      ),
    // Offline, the sale must go to the queue at once rather than wait paused.
    networkMode: 'always',
    onSuccess: ({ sale, result }) => {
      done();
      if (sale.state === 'recorded' && result) {
        const tierBefore = card.data?.tier?.name ?? null;
        const tier = { tier: result.tier ?? null, tierLevel: result.tierLevel ?? null };
        // The sale's answer carries balances and tier; the trade discount's step is read again,
        // since the sale counts towards it.
        const tradeDiscount = card.data?.tradeDiscount ?? null;
        client.setQueryData(['card', customer.id], {
          customer,
          programs: result.card,
          ...tier,
          tradeDiscount,
        });
        if (tradeDiscount) void client.invalidateQueries({ queryKey: ['card', customer.id] });
        props.onOutcome({ kind: 'purchase', result, tierBefore });
      } else props.onOutcome({ kind: 'queued', sale });
    },
    // A refusal is final for this sale; typing again is a new sale with a new key.
    onError: () => done(),
  });
  const confirmAbove = usePlausibleAmount();
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const [askingAbout, setAskingAbout] = useState<number | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cents === null || cents <= 0 || record.isPending || promoRefused) return;
    // "1250" typed for "12,50": an unusual amount for this shop gets a second look first.
    if (needsConfirmation(cents, confirmAbove, confirmed)) return setAskingAbout(cents);
    setAskingAbout(null);
    record.mutate(terms);
  };
  const enroll = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/customers/{id}', {
          params: { path: { id: customer.id } },
          body: { member: true },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['card', customer.id] });
      void client.invalidateQueries({ queryKey: ['customer', customer.id] });
    },
  });
  const member = Boolean(customer.memberSince || enroll.data?.memberSince);
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
      {!member && (
        <div className="alert warn counter-pending" role="note">
          <span>{t('notMember')}</span>
          <button
            type="button"
            className="button secondary"
            disabled={enroll.isPending}
            onClick={() => enroll.mutate()}
          >
            {t('enroll')}
          </button>
        </div>
      )}
      {enroll.isSuccess && (
        <div className="alert ok" role="status">
          {t('enrolled')}
        </div>
      )}
      <CounterError error={enroll.error} />
      {card.data && <TierStanding compact tier={card.data.tier} level={card.data.tierLevel} />}
      <CardTradeDiscount trade={card.data?.tradeDiscount} />
      {card.data && <CardBalances programs={card.data.programs} />}
      <ClubMembership customerId={customer.id} />
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
          error={amountError ?? amountProblem(record.error)}
          onChange={(e) => {
            setAmount(e.target.value);
            setAskingAbout(null);
          }}
        />
        {askingAbout !== null && askingAbout === cents && (
          <div className="alert warn stack" role="alert">
            <strong>{t('unusualAmount', { amount: format.cents(askingAbout) })}</strong>
            <span>{t('unusualAmountWhy', { limit: format.cents(confirmAbove) })}</span>
            <div className="counter-actions stacked">
              <button
                type="button"
                className="button big"
                onClick={() => {
                  setConfirmed(askingAbout);
                  setAskingAbout(null);
                  record.mutate(saleTerms(askingAbout, promoCode, quote.data, promoCode));
                }}
              >
                {t('unusualAmountYes', { amount: format.cents(askingAbout) })}
              </button>
              <button
                type="button"
                className="button secondary big"
                onClick={() => {
                  setAskingAbout(null);
                  setAmount('');
                  document.querySelector<HTMLInputElement>('.counter-amount input')?.focus();
                }}
              >
                {t('unusualAmountFix')}
              </button>
            </div>
          </div>
        )}
        <QuotePanel
          quote={quote}
          typedCents={cents}
          promoCode={promoCode}
          onPromoCode={setPromoCode}
        />
        {card.data && (
          <PointsAsMoney
            customerId={customer.id}
            programs={card.data.programs}
            dueCents={quote.data?.amountCents === cents ? quote.data.amountDueCents : cents}
            onCard={(programs) =>
              client.setQueryData(['card', customer.id], { ...card.data, programs })
            }
          />
        )}
        <CounterError
          error={
            record.error instanceof ApiProblem && record.error.fieldError('amountCents')
              ? null
              : record.error
          }
        />
        {askingAbout === null && (
          <button
            className="button big"
            type="submit"
            disabled={record.isPending || cents === null || cents === 0 || promoRefused}
          >
            {record.isPending
              ? t('sending')
              : cents
                ? t('confirm', { amount: format.cents(terms.amountCents) })
                : t('confirmEmpty')}
          </button>
        )}
      </form>
      {card.data && (
        <RewardsPanel
          customerId={customer.id}
          programs={card.data.programs}
          onRedeemed={(result) => {
            client.setQueryData(['card', customer.id], { ...card.data, programs: result.card });
            props.onOutcome({ kind: 'redemption', result });
          }}
        />
      )}
    </div>
  );
}
