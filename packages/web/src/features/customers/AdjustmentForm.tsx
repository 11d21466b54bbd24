import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AdjustmentHistory } from './AdjustmentHistory.tsx';
import { adjustmentMessages } from './adjustment-messages.ts';
import { messages } from './messages.ts';
import type { CardProgram } from './types.ts';

type ReasonCode = components['schemas']['AdjustmentResult']['reasonCode'];

/** The server's reason codes, in the order a cashier meets them. */
const REASON_CODES = [
  'goodwill',
  'till_error',
  'paper_card',
  'other',
] as const satisfies readonly ReasonCode[];

/**
 * Correct a balance by hand (a paper card taken over, a stamp forgotten, a till error): a
 * reason code, and a sentence with "other". The server holds cashiers to the owner's limits
 * and says what they are when a correction is above them.
 */
export function AdjustmentForm(props: { customerId: string; programs: CardProgram[] }) {
  const t = useT(messages);
  const ta = useT(adjustmentMessages);
  const localized = useLocalized();
  const client = useQueryClient();
  const active = props.programs.filter((p) => !p.archived);
  const [programId, setProgramId] = useState(active[0]?.programId ?? '');
  const [delta, setDelta] = useState('');
  const [reasonCode, setReasonCode] = useState<ReasonCode>('goodwill');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const key = useRef({ body: '', key: idempotencyKey() });
  const program = active.find((p) => p.programId === programId);
  const n = /^[+-]?\d{1,7}$/.test(delta.trim()) ? Number(delta.trim()) : Number.NaN;
  const errors = {
    delta: delta && (!Number.isInteger(n) || n === 0) ? t('deltaInvalid') : undefined,
    reason:
      touched && reasonCode === 'other' && !reason.trim() ? ta('reasonTextRequired') : undefined,
  };
  const adjust = useMutation({
    mutationFn: (body: {
      programId: string;
      delta: number;
      reasonCode: ReasonCode;
      reason?: string;
    }) => {
      const signature = JSON.stringify(body);
      if (key.current.body !== signature) key.current = { body: signature, key: idempotencyKey() };
      return call(
        api.POST('/api/v1/customers/{id}/adjustments', {
          params: { path: { id: props.customerId } },
          body,
          headers: { 'Idempotency-Key': key.current.key },
        }),
      );
    },
    onSuccess: (r) => {
      client.setQueryData(['card', props.customerId], (old: object | undefined) =>
        old ? { ...old, programs: r.card } : old,
      );
      void client.invalidateQueries({ queryKey: ['adjustments', props.customerId] });
      setDelta('');
      setReason('');
      setReasonCode('goodwill');
      setTouched(false);
      setDone(true);
    },
  });
  const server = adjust.error instanceof ApiProblem ? adjust.error : null;
  const unit = program?.unit === 'stamps' ? t('stamps') : t('points');
  const insufficient =
    server?.code === 'insufficient_balance'
      ? t('insufficient', {
          balance: Number(server.extra.balance ?? 0),
          unit,
          delta: Math.abs(Number(server.extra.delta ?? n)),
        })
      : null;
  const limit = server?.code === 'adjustment_limit_exceeded' ? limitOf(server.extra.limit) : null;
  const limitText = limit
    ? [
        ta('limitExceeded', { perAdjustment: limit.perAdjustment, unit }),
        limit.dailyRemaining === null
          ? ''
          : ta('limitDaily', { dailyRemaining: limit.dailyRemaining, unit }),
        ta('limitAskOwner'),
      ]
        .filter(Boolean)
        .join(' ')
    : server?.code === 'missing_scope'
      ? ta('missingScope')
      : null;
  const reasonServerError =
    server?.code === 'reason_required'
      ? ta('reasonTooShort', { min: Number(server.extra.minLength ?? 10) })
      : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setDone(false);
    const text = reason.trim();
    if (!program || !Number.isInteger(n) || n === 0 || adjust.isPending) return;
    if (reasonCode === 'other' && !text) return;
    adjust.mutate({ programId, delta: n, reasonCode, ...(text ? { reason: text } : {}) });
  };
  if (active.length === 0) return null;
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="adjust-title">
      <h2 id="adjust-title">{t('adjust')}</h2>
      <div className="field">
        <label htmlFor="adjust-program">{t('program')}</label>
        <select
          id="adjust-program"
          value={programId}
          onChange={(e) => setProgramId(e.target.value)}
        >
          {active.map((p) => (
            <option key={p.programId} value={p.programId}>
              {localized(p.programName)} —{' '}
              {t('balance', {
                balance: p.balance,
                unit: p.unit === 'stamps' ? t('stamps') : t('points'),
              })}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('delta')}
        hint={t('deltaHint')}
        inputMode="numeric"
        value={delta}
        error={errors.delta ?? server?.fieldError('delta')}
        onChange={(e) => setDelta(e.target.value)}
      />
      <div className="field">
        <label htmlFor="adjust-reason-code">{ta('reasonCode')}</label>
        <select
          id="adjust-reason-code"
          value={reasonCode}
          onChange={(e) => setReasonCode(e.target.value as ReasonCode)}
        >
          {REASON_CODES.map((code) => (
            <option key={code} value={code}>
              {ta(`reason_${code}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={reasonCode === 'other' ? ta('reasonText') : ta('reasonTextOptional')}
        maxLength={300}
        value={reason}
        error={errors.reason ?? reasonServerError}
        onChange={(e) => setReason(e.target.value)}
      />
      {insufficient || limitText ? (
        <div className="alert error" role="alert">
          {insufficient ?? limitText}
        </div>
      ) : (
        server &&
        !server.fields.length &&
        server.code !== 'reason_required' && <ProblemAlert error={server} />
      )}
      {adjust.error && !server && <ProblemAlert error={adjust.error} />}
      {done && (
        <div className="alert ok" role="status">
          {t('adjusted')}
        </div>
      )}
      <div>
        <button className="button" type="submit" disabled={adjust.isPending || !delta}>
          {t('confirmAdjust')}
        </button>
      </div>
      <AdjustmentHistory customerId={props.customerId} />
    </form>
  );
}

/** The `limit` of an `adjustment_limit_exceeded` problem, read defensively. */
function limitOf(value: unknown): { perAdjustment: number; dailyRemaining: number | null } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { perAdjustment, dailyRemaining } = value as Record<string, unknown>;
  if (typeof perAdjustment !== 'number') return null;
  return {
    perAdjustment,
    dailyRemaining: typeof dailyRemaining === 'number' ? dailyRemaining : null,
  };
}
