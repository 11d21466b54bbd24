import { B2B_THRESHOLD_LIMITS } from '@habitue/loyalty';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { b2bThresholdMessages } from './b2b-messages.ts';
import {
  type B2bFormErrors,
  type B2bThresholdForm,
  formFromThresholds,
  thresholdsFromForm,
} from './b2b-threshold-form.ts';

const KEY = ['b2b-thresholds'];

/**
 * The volume steps for business accounts on the programs page (seed 003: "un escompte
 * additionnel lorsque certains seuils d'achat sont atteints"): the owner sets them, everyone
 * who may read the programs sees them.
 */
export function B2bThresholdsSection() {
  const t = useT(b2bThresholdMessages);
  const { lang } = useLang();
  const fmt = useFormat(useSession().me?.merchant.currency);
  const can = useCan();
  const saved = useQuery({
    queryKey: KEY,
    queryFn: () => call(api.GET('/api/v1/b2b-thresholds')),
  });
  const [form, setForm] = useState<B2bThresholdForm | null>(null);
  const shown = form ?? (saved.data ? formFromThresholds(saved.data, lang) : null);
  return (
    <section className="card stack" aria-labelledby="b2b-thresholds-title">
      <h2 id="b2b-thresholds-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={saved.error} />
      {saved.data && !can('programs:write') && (
        <ul data-testid="b2b-steps">
          {saved.data.steps.length === 0 && <li>{t('none')}</li>}
          {saved.data.steps.map((s) => (
            <li key={s.fromCents}>
              {t('summary', { amount: fmt.cents(s.fromCents), percent: s.percent })}
            </li>
          ))}
        </ul>
      )}
      {shown && can('programs:write') && (
        <B2bThresholdsEditor form={shown} onChange={setForm} onSaved={() => setForm(null)} />
      )}
    </section>
  );
}

function B2bThresholdsEditor(props: {
  form: B2bThresholdForm;
  onChange(form: B2bThresholdForm): void;
  onSaved(): void;
}) {
  const t = useT(b2bThresholdMessages);
  const client = useQueryClient();
  const { form, onChange } = props;
  const [errors, setErrors] = useState<B2bFormErrors>({});
  const save = useMutation({
    mutationFn: (body: Extract<ReturnType<typeof thresholdsFromForm>, { ok: true }>['body']) =>
      call(
        api.PUT('/api/v1/b2b-thresholds', {
          body: { periodMonths: body.periodMonths, steps: [...body.steps] },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(KEY, result);
      props.onSaved();
    },
  });
  const errorText = (field: string) => {
    const key = errors[field];
    if (!key) return undefined;
    const max =
      key === 'invalidMonths'
        ? B2B_THRESHOLD_LIMITS.periodMonthsMax
        : key === 'invalidPercent'
          ? B2B_THRESHOLD_LIMITS.percentMax
          : 0;
    return t(key, { max });
  };
  const setStep = (i: number, field: 'from' | 'percent', value: string) =>
    onChange({
      ...form,
      steps: form.steps.map((s, j) => (j === i ? { ...s, [field]: value } : s)),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = thresholdsFromForm(form);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.body);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('periodMonths')}
        hint={t('periodHint')}
        inputMode="numeric"
        value={form.periodMonths}
        error={errorText('periodMonths')}
        onChange={(e) => onChange({ ...form, periodMonths: e.target.value })}
      />
      {form.steps.length === 0 && <p>{t('none')}</p>}
      {form.steps.map((step, i) => (
        // Steps have no identity of their own until saved: their place is their key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <fieldset key={i} className="row" data-testid="b2b-step">
          <legend>{t('step', { n: i + 1 })}</legend>
          <Field
            label={t('from')}
            inputMode="decimal"
            value={step.from}
            error={errorText(`steps.${i}.from`)}
            onChange={(e) => setStep(i, 'from', e.target.value)}
          />
          <Field
            label={t('percent')}
            inputMode="numeric"
            value={step.percent}
            error={errorText(`steps.${i}.percent`)}
            onChange={(e) => setStep(i, 'percent', e.target.value)}
          />
          <button
            type="button"
            className="button secondary"
            onClick={() => onChange({ ...form, steps: form.steps.filter((_, j) => j !== i) })}
          >
            {t('removeStep')}
          </button>
        </fieldset>
      ))}
      <div className="row">
        {form.steps.length < B2B_THRESHOLD_LIMITS.stepsMax && (
          <button
            type="button"
            className="button secondary"
            onClick={() => onChange({ ...form, steps: [...form.steps, { from: '', percent: '' }] })}
          >
            {t('addStep')}
          </button>
        )}
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
      {save.isSuccess && <p role="status">{t('saved')}</p>}
      <ProblemAlert error={save.error} />
    </form>
  );
}
