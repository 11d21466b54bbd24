import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import type { CardProgram } from './types.ts';

/** Correct a balance by hand (a lost card, a stamp forgotten); the reason is mandatory. */
export function AdjustmentForm(props: { customerId: string; programs: CardProgram[] }) {
  const t = useT(messages);
  const localized = useLocalized();
  const client = useQueryClient();
  const active = props.programs.filter((p) => !p.archived);
  const [programId, setProgramId] = useState(active[0]?.programId ?? '');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const key = useRef({ body: '', key: idempotencyKey() });
  const program = active.find((p) => p.programId === programId);
  const n = /^[+-]?\d{1,7}$/.test(delta.trim()) ? Number(delta.trim()) : Number.NaN;
  const errors = {
    delta: delta && (!Number.isInteger(n) || n === 0) ? t('deltaInvalid') : undefined,
    reason: touched && !reason.trim() ? t('reasonRequired') : undefined,
  };
  const adjust = useMutation({
    mutationFn: (body: { programId: string; delta: number; reason: string }) => {
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
      setDelta('');
      setReason('');
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setDone(false);
    if (!program || !Number.isInteger(n) || n === 0 || !reason.trim() || adjust.isPending) return;
    adjust.mutate({ programId, delta: n, reason: reason.trim() });
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
      <Field
        label={t('adjustReason')}
        maxLength={300}
        value={reason}
        error={errors.reason ?? server?.fieldError('reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      {insufficient ? (
        <div className="alert error" role="alert">
          {insufficient}
        </div>
      ) : (
        server && !server.fields.length && <ProblemAlert error={server} />
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
    </form>
  );
}
