import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat } from '../../i18n/i18n.tsx';
import { CounterError } from './CounterError.tsx';
import { discountKey, type Quote } from './quote.ts';
import { useCounterText } from './use-counter-text.ts';

/** A refusal of the promo code itself (unknown, expired, used up…), shown next to the code. */
export function isPromoProblem(error: unknown): boolean {
  return error instanceof ApiProblem && error.code.startsWith('promo_code_');
}

/**
 * The quote before payment: each discount by name and amount, the amount to pay, and the promo
 * code field. The cashier sees what the customer pays before taking the money.
 */
export function QuotePanel(props: {
  quote: UseQueryResult<Quote>;
  typedCents: number | null;
  promoCode: string | null;
  onPromoCode(code: string | null): void;
}) {
  const { t } = useCounterText();
  const format = useFormat();
  const [typed, setTyped] = useState('');
  const { quote } = props;
  const data = quote.data?.amountCents === props.typedCents ? quote.data : undefined;
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    <section className="counter-quote stack" aria-label={t('quoteTitle')} aria-live="polite">
      {offline && <p className="muted small">{t('quoteOffline')}</p>}
      {!offline &&
        props.typedCents !== null &&
        props.typedCents > 0 &&
        !data &&
        quote.isFetching && <p className="muted small">{t('quoting')}</p>}
      {data && (
        <>
          {data.discounts.length === 0 ? (
            <p className="muted small">{t('noDiscount')}</p>
          ) : (
            <ul className="counter-discounts">
              {data.discounts.map((d) => (
                <li key={`${d.kind}:${d.label}`}>
                  <span>
                    {t(discountKey(d.kind), {
                      label: d.label,
                      percent: d.percent ?? 0,
                      points: Number(d.label) || 0,
                    })}
                  </span>
                  <strong>{t('discountAmount', { amount: format.cents(d.amountCents) })}</strong>
                </li>
              ))}
            </ul>
          )}
          {data.notApplied
            .filter((n) => n.reason === 'below_minimum')
            .map((n) => (
              <p key={n.label} className="muted small">
                {t('promoBelowMinimum', {
                  label: n.label,
                  amount: format.cents(n.minimumPurchaseCents ?? 0),
                })}
              </p>
            ))}
          <p className="counter-due">
            <strong>{t('amountDue', { amount: format.cents(data.amountDueCents) })}</strong>
          </p>
        </>
      )}
      {props.promoCode ? (
        <div className="counter-promo">
          <span>
            {t('promoLabel')} : <strong>{props.promoCode}</strong>
          </span>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              props.onPromoCode(null);
              setTyped('');
            }}
          >
            {t('promoRemove')}
          </button>
        </div>
      ) : (
        <div className="counter-promo">
          <label>
            <span>{t('promoLabel')}</span>
            <input
              name="promoCode"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={32}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button secondary"
            disabled={typed.trim().length < 2}
            onClick={() => props.onPromoCode(typed.trim().toUpperCase())}
          >
            {t('promoApply')}
          </button>
        </div>
      )}
      {isPromoProblem(quote.error) && <CounterError error={quote.error} />}
    </section>
  );
}
