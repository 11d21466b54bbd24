import type { TierLadder } from '@habitue/loyalty';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { fieldText } from '../../i18n/problems.ts';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { multiplierFactor } from '../tiers/tier-lines.ts';
import { SelectField } from './controls.tsx';
import { TierLevelFields } from './TierLevelFields.tsx';
import {
  defaultLadderForm,
  formFromLadder,
  type LadderFieldProblem,
  type LadderForm,
  ladderFromForm,
  withInnerCircle,
  withNewLevel,
} from './tier-form.ts';
import { tierMessages } from './tier-messages.ts';

const LADDER_KEY = ['tier-ladder'];

/** The shop's tier ladder on the programs page: levels, criteria, benefits, the inner circle. */
export function TierLadderSection() {
  const t = useT(tierMessages);
  const { lang } = useLang();
  const ladder = useQuery({
    queryKey: LADDER_KEY,
    queryFn: () => call(api.GET('/api/v1/tier-ladder')),
  });
  const [form, setForm] = useState<LadderForm | null>(null);
  const saved = ladder.data?.ladder ?? null;
  const editing = form ?? (saved ? formFromLadder(saved as TierLadder, lang) : null);
  return (
    <section className="card stack tier-ladder" aria-labelledby="tiers-title">
      <h2 id="tiers-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={ladder.error} />
      {ladder.isSuccess && editing === null && (
        <div className="row">
          <span>{t('none')}</span>
          <button type="button" className="button" onClick={() => setForm(defaultLadderForm(lang))}>
            {t('start')}
          </button>
        </div>
      )}
      {editing && (
        <LadderEditor
          form={editing}
          onChange={setForm}
          version={ladder.data?.version ?? null}
          onDone={() => setForm(null)}
        />
      )}
    </section>
  );
}

function LadderEditor(props: {
  form: LadderForm;
  version: number | null;
  onChange(form: LadderForm): void;
  onDone(): void;
}) {
  const t = useT(tierMessages);
  const { lang } = useLang();
  const client = useQueryClient();
  const { form } = props;
  const [problem, setProblem] = useState<LadderFieldProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: (body: TierLadder) =>
      call(
        api.PUT('/api/v1/tier-ladder', {
          body: body as never,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(LADDER_KEY, result);
      setNotice(t('saved', { n: result.version ?? 1 }));
      props.onDone();
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      call(api.DELETE('/api/v1/tier-ladder', { headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: (result) => {
      client.setQueryData(LADDER_KEY, result);
      setConfirming(false);
      props.onDone();
    },
  });
  /** The problem at this setting (or under it, unless `exact`), from the form or the server. */
  const fieldError = (field: string, exact = false) => {
    const at = (name: string) => name === field || (!exact && name.startsWith(`${field}.`));
    if (problem) return at(problem.field) ? fieldText(problem, lang) : undefined;
    if (!(save.error instanceof ApiProblem)) return undefined;
    const found = save.error.fields.find((f) => at(f.field));
    return found ? fieldText(found, lang) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = ladderFromForm(form);
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    save.mutate(result.ladder);
  };
  const change = (next: LadderForm) => {
    setNotice(null);
    props.onChange(next);
  };
  const periods = ['12', '6', '3', '1'] as const;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {form.levels.map((level, index) => (
        <TierLevelFields
          key={level.id}
          index={index}
          level={level}
          fieldError={fieldError}
          multiplierLabel={(percent) => t('times', { factor: multiplierFactor(percent, lang) })}
          onChange={(next) =>
            change({ ...form, levels: form.levels.map((l, i) => (i === index ? next : l)) })
          }
          onRemove={
            index > 0 && form.levels.length > 2
              ? () => change({ ...form, levels: form.levels.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      <div className="row">
        <button
          type="button"
          className="button secondary"
          onClick={() => change(withNewLevel(form))}
        >
          {t('addLevel')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => change(withInnerCircle(form, lang))}
        >
          {t('addInnerCircle')}
        </button>
      </div>
      <div className="row wrap">
        <Field
          label={t('windowMonths')}
          inputMode="numeric"
          value={form.windowMonths}
          error={fieldError('windowMonths')}
          onChange={(e) => change({ ...form, windowMonths: e.target.value })}
        />
        <SelectField
          label={t('periodMonths')}
          value={form.periodMonths}
          options={periods.map((p) => ({ value: p, label: t(`period${p}`) }))}
          error={fieldError('review.periodMonths')}
          onChange={(e) => change({ ...form, periodMonths: e.target.value })}
        />
        <Field
          label={t('graceMonths')}
          hint={t('graceHint')}
          inputMode="numeric"
          value={form.graceMonths}
          error={fieldError('review.graceMonths')}
          onChange={(e) => change({ ...form, graceMonths: e.target.value })}
        />
      </div>
      {problem && problem.field === 'levels' && (
        <p className="error" role="alert">
          {fieldText(problem, lang)}
        </p>
      )}
      <ProblemAlert error={save.error ?? remove.error} />
      {notice && (
        <p className="alert ok" role="status">
          {notice}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
        {props.version !== null && (
          <ConfirmButtons
            confirming={confirming}
            onAsk={() => setConfirming(true)}
            onCancel={() => setConfirming(false)}
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
            askLabel={t('removeLadder')}
            confirmLabel={t('removeConfirm')}
            cancelLabel={t('cancel')}
          />
        )}
      </div>
    </form>
  );
}
