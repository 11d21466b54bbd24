import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useCan } from '../../auth/session.tsx';
import { useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { fieldText } from '../../i18n/problems.ts';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SelectField } from '../programs/controls.tsx';
import { activeRewards, type Program } from '../programs/model.ts';
import {
  type BonusForm,
  type BonusFormProblem,
  type BonusSettings,
  formFromSettings,
  settingsFromForm,
} from './bonus-form.ts';
import { messages } from './messages.ts';

const SETTINGS_KEY = ['bonus-settings'];

/** The programs page's "Bonus" section: welcome, birthday and referral, and who came referred. */
export function BonusSection() {
  const t = useT(messages);
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => call(api.GET('/api/v1/bonus-settings')),
  });
  const programs = useQuery({
    queryKey: ['programs', { showArchived: false }],
    queryFn: async () =>
      (await call(api.GET('/api/v1/programs', { params: { query: { includeArchived: 'false' } } })))
        .items as Program[],
  });
  return (
    <section className="card stack" aria-labelledby="bonus-title">
      <h2 id="bonus-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={settings.error ?? programs.error} />
      {programs.data?.length === 0 && <p>{t('noProgram')}</p>}
      {settings.data && programs.data && programs.data.length > 0 && (
        <BonusEditor saved={settings.data} programs={programs.data} />
      )}
      <ReferredCount />
    </section>
  );
}

function BonusEditor({ saved, programs }: { saved: BonusSettings; programs: Program[] }) {
  const t = useT(messages);
  const { lang } = useLang();
  const localized = useLocalized();
  const client = useQueryClient();
  const [form, setForm] = useState<BonusForm>(() => formFromSettings(saved, programs[0]!.id));
  const [problem, setProblem] = useState<BonusFormProblem | null>(null);
  const [notice, setNotice] = useState(false);
  const save = useMutation({
    mutationFn: (body: BonusSettings) =>
      call(
        api.PUT('/api/v1/bonus-settings', {
          body,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(SETTINGS_KEY, result);
      setNotice(true);
    },
  });
  const change = (patch: Partial<BonusForm>) => {
    setNotice(false);
    setForm({ ...form, ...patch });
  };
  const error = (field: string) => {
    if (problem) {
      if (problem.field !== field) return undefined;
      return t(problem.code === 'required' ? 'required' : 'wholeNumber');
    }
    if (!(save.error instanceof ApiProblem)) return undefined;
    const found = save.error.fields.find((f) => f.field === field);
    return found ? fieldText(found, lang) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = settingsFromForm(form);
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    save.mutate(result.settings);
  };
  const programOptions = programs.map((p) => ({ value: p.id, label: localized(p.name) }));
  const unitOf = (id: string) =>
    t(programs.find((p) => p.id === id)?.kind === 'points' ? 'points' : 'stamps');
  const giftProgram = programs.find((p) => p.id === form.birthdayProgramId);
  const rewardOptions = [
    { value: '', label: '—' },
    ...(giftProgram ? activeRewards(giftProgram) : []).map((r) => ({
      value: r.id,
      label: localized(r.name),
    })),
  ];
  const toggle = (label: string, checked: boolean, onChange: (on: boolean) => void) => (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <fieldset className="stack">
        <legend>{t('welcome')}</legend>
        {toggle(t('welcomeOn'), form.welcomeOn, (welcomeOn) => change({ welcomeOn }))}
        {form.welcomeOn && (
          <div className="stack">
            <div className="row wrap">
              <SelectField
                label={t('program')}
                value={form.welcomeProgramId}
                options={programOptions}
                error={error('welcome.programId')}
                onChange={(e) => change({ welcomeProgramId: e.target.value })}
              />
              <Field
                label={t('welcomeAmount', { unit: unitOf(form.welcomeProgramId) })}
                inputMode="numeric"
                value={form.welcomeAmount}
                error={error('welcome.amount')}
                onChange={(e) => change({ welcomeAmount: e.target.value })}
              />
            </div>
            {toggle(t('firstDaysOn'), form.firstDaysOn, (firstDaysOn) => change({ firstDaysOn }))}
            {form.firstDaysOn && (
              <div className="row wrap">
                <Field
                  label={t('firstDays')}
                  inputMode="numeric"
                  value={form.firstDays}
                  error={error('welcome.firstDays.days')}
                  onChange={(e) => change({ firstDays: e.target.value })}
                />
                <Field
                  label={t('extraPercent')}
                  hint={t('extraHint')}
                  inputMode="numeric"
                  value={form.extraPercent}
                  error={error('welcome.firstDays.extraPercent')}
                  onChange={(e) => change({ extraPercent: e.target.value })}
                />
              </div>
            )}
            {toggle(t('percentOffOn'), form.percentOffOn, (percentOffOn) =>
              change({ percentOffOn }),
            )}
            {form.percentOffOn && (
              <Field
                label={t('percentOff')}
                inputMode="numeric"
                value={form.percentOff}
                error={error('welcome.firstPurchasePercentOff')}
                onChange={(e) => change({ percentOff: e.target.value })}
              />
            )}
          </div>
        )}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('birthday')}</legend>
        {toggle(t('birthdayOn'), form.birthdayOn, (birthdayOn) => change({ birthdayOn }))}
        {form.birthdayOn && (
          <div className="row wrap">
            <SelectField
              label={t('program')}
              value={form.birthdayProgramId}
              options={programOptions}
              error={error('birthday.programId')}
              onChange={(e) => change({ birthdayProgramId: e.target.value, birthdayRewardId: '' })}
            />
            <SelectField
              label={t('reward')}
              value={form.birthdayRewardId}
              options={rewardOptions}
              error={error('birthday.rewardId')}
              onChange={(e) => change({ birthdayRewardId: e.target.value })}
            />
            <Field
              label={t('windowDays')}
              inputMode="numeric"
              value={form.windowDays}
              error={error('birthday.windowDays')}
              onChange={(e) => change({ windowDays: e.target.value })}
            />
          </div>
        )}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('referral')}</legend>
        {toggle(t('referralOn'), form.referralOn, (referralOn) => change({ referralOn }))}
        {form.referralOn && (
          <div className="stack">
            <p className="muted">{t('referralHint')}</p>
            <div className="row wrap">
              <SelectField
                label={t('program')}
                value={form.referralProgramId}
                options={programOptions}
                error={error('referral.programId')}
                onChange={(e) => change({ referralProgramId: e.target.value })}
              />
              <Field
                label={t('referrerAmount', { unit: unitOf(form.referralProgramId) })}
                inputMode="numeric"
                value={form.referrerAmount}
                error={error('referral.referrerAmount')}
                onChange={(e) => change({ referrerAmount: e.target.value })}
              />
              <Field
                label={t('refereeAmount', { unit: unitOf(form.referralProgramId) })}
                inputMode="numeric"
                value={form.refereeAmount}
                error={error('referral.refereeAmount')}
                onChange={(e) => change({ refereeAmount: e.target.value })}
              />
            </div>
          </div>
        )}
      </fieldset>
      <ProblemAlert error={save.error} />
      {notice && (
        <p className="alert ok" role="status">
          {t('saved')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** How many customers came through a referral (owners and managers). */
function ReferredCount() {
  const t = useT(messages);
  const can = useCan();
  const referrals = useQuery({
    queryKey: ['referrals'],
    queryFn: () => call(api.GET('/api/v1/referrals', { params: { query: { limit: 1 } } })),
    enabled: can('analytics:read'),
  });
  if (!referrals.data) return null;
  return (
    <p className="muted">
      {t('referred', { total: referrals.data.total, rewarded: referrals.data.rewarded })}
    </p>
  );
}
