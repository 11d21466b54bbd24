import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { CardPreview } from '../programs/CardPreview.tsx';
import { ChoiceGroup } from '../programs/controls.tsx';
import { EconomicsNote } from '../programs/EconomicsNote.tsx';
import { previewEconomics } from '../programs/economics.ts';
import {
  createBody,
  emptyForm,
  type FormField,
  type ProgramForm,
  SERVER_FIELDS,
  spendInputOf,
  validateForm,
} from '../programs/form.ts';
import { messages as programMessages } from '../programs/messages.ts';
import type { Preset } from '../programs/model.ts';
import { centsToInput, parseCents, parseWhole } from '../programs/money.ts';
import { usePresets } from '../programs/ProgramPages.tsx';
import { RANGE_CODES, serverField } from '../programs/server-fields.ts';
import '../programs/programs.css';
import { messages } from './messages.ts';
import { orderedPresets, starterFigures, suggestedPresetId } from './suggest.ts';
import './onboarding.css';

/** The form for a preset, its reward's figures prefilled so that one tap creates the card. */
function formFromPreset(preset: Preset, current: ProgramForm, lang: 'fr' | 'en'): ProgramForm {
  const figures = starterFigures(preset.id);
  const spend = centsToInput(figures.spendCents, lang);
  return {
    ...current,
    kind: 'stamps',
    name: preset.name.fr,
    nameEn: preset.name.en,
    per: preset.rule.per,
    category: preset.rule.per === 'item' ? preset.rule.category : '',
    stampsPerCard: String(preset.stampsPerCard),
    rewardName: preset.suggestedReward.fr,
    rewardNameEn: preset.suggestedReward.en,
    rewardCostPrice: centsToInput(figures.costPriceCents, lang),
    rewardRetailValue: centsToInput(figures.retailValueCents, lang),
    averageBasket: preset.rule.per === 'item' ? '' : spend,
    averageItemPrice: preset.rule.per === 'item' ? spend : '',
    minimumPurchase: centsToInput(preset.minimumPurchaseCents, lang),
  };
}

/** Step 2 of onboarding: the suggested card, its reward's economics, created in one tap. */
export function FirstProgramPage() {
  const { me, loading } = useSession();
  const t = useT(messages);
  if (loading) return null;
  if (!me) return <Navigate to="/login?next=%2Fsignup%2Fprogram" replace />;
  return (
    <div className="center-page onboarding">
      <main className="card stack wide">
        <div className="row">
          <p className="step">{t('step2')}</p>
          <LanguageSwitch tone="paper" />
        </div>
        <h1>{t('programTitle')}</h1>
        <p className="muted">{t('programIntro')}</p>
        <FirstProgramForm businessKind={me.merchant.businessKind} currency={me.merchant.currency} />
      </main>
    </div>
  );
}

function FirstProgramForm({
  businessKind,
  currency,
}: {
  businessKind: string | null;
  currency: string;
}) {
  const t = useT(messages);
  const tp = useT(programMessages);
  const { lang } = useLang();
  const fmt = useFormat(currency);
  const localized = useLocalized();
  const can = useCan();
  const navigate = useNavigate();
  const client = useQueryClient();
  const presets = usePresets();
  const [presetId, setPresetId] = useState<string | undefined>();
  const [form, setForm] = useState<ProgramForm>(emptyForm);
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const list = orderedPresets(businessKind, presets.data ?? []);
  const suggested = suggestedPresetId(businessKind, list);

  useEffect(() => {
    if (presetId === undefined && suggested) {
      const preset = list.find((p) => p.id === suggested);
      if (preset) {
        setPresetId(suggested);
        setForm((f) => formFromPreset(preset, f, lang));
      }
    }
  }, [presetId, suggested, list, lang]);

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/programs', {
          body: createBody(form),
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['programs'] });
      navigate('/dashboard');
    },
  });

  if (!can('programs:write')) return <p className="alert warn">{t('ownerOnly')}</p>;
  if (presets.isPending) return <p className="muted">{t('loading')}</p>;
  if (presets.error) return <ProblemAlert error={presets.error} />;

  const errors = validateForm(form, true);
  const set = (field: FormField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
    if (create.error) create.reset();
  };
  const errorFor = (field: FormField) => {
    const local = errors[field];
    if (local && (submitted || touched.has(field))) return tp(local);
    const server = serverField(create.error, SERVER_FIELDS[field] ?? []);
    if (!server) return undefined;
    return RANGE_CODES.has(server.code ?? '')
      ? tp('range')
      : tp('serverInvalid', { message: server.message });
  };
  const bind = (field: FormField, label: string, hint?: string) => ({
    label,
    hint,
    value: form[field],
    error: errorFor(field),
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  });
  const money = {
    inputMode: 'decimal' as const,
    autoComplete: 'off',
    placeholder: lang === 'fr' ? '0,00' : '0.00',
  };
  const category = form.per === 'item' ? form.category : '';
  const itemLabel =
    category === 'coupe'
      ? t('basketCoupe')
      : category === 'lavage'
        ? t('basketLavage')
        : category === 'heure'
          ? t('basketHeure')
          : tp('averageItemPrice', { category });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) create.mutate();
  };
  const hasFields = create.error instanceof ApiProblem && create.error.fields.length > 0;
  const rule = list.find((p) => p.id === presetId)?.rule;
  const ruleText =
    rule?.per === 'visit'
      ? tp('ruleVisit')
      : rule?.per === 'item'
        ? tp('ruleItem', { category: rule.category })
        : rule?.per === 'spend'
          ? tp('ruleSpend', { amount: fmt.cents(rule.centsPerStamp) })
          : undefined;
  const rewardShown = lang === 'en' && form.rewardNameEn ? form.rewardNameEn : form.rewardName;
  const nameShown = lang === 'en' && form.nameEn ? form.nameEn : form.name;

  return (
    <form className="stack presets" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend={t('presets')}
        name="preset"
        value={presetId ?? ''}
        onChange={(id) => {
          const preset = list.find((p) => p.id === id);
          if (!preset) return;
          setPresetId(id);
          setForm((f) => formFromPreset(preset, f, lang));
        }}
        choices={list.map((p) => ({
          value: p.id,
          label: localized(p.name),
          ...(p.id === suggested ? { hint: t('suggested') } : {}),
        }))}
      />
      <div className="onboarding-grid">
        <div className="stack">
          <h2>{t('cardTitle')}</h2>
          {ruleText && <p className="muted small rule-kept">{t('ruleKept', { rule: ruleText })}</p>}
          <Field
            {...bind('stampsPerCard', tp('stampsPerCard'), t('stampsHint'))}
            inputMode="numeric"
            autoComplete="off"
            maxLength={3}
          />
          <Field {...bind('name', tp('name'), tp('nameHint'))} maxLength={80} />
          <h2>{t('rewardTitle')}</h2>
          <p className="muted small">{t('starterHint')}</p>
          <Field {...bind('rewardName', tp('rewardName'))} maxLength={80} />
          <div className="two-cols">
            <Field {...bind('rewardCostPrice', tp('costPrice'), tp('costPriceHint'))} {...money} />
            <Field
              {...bind('rewardRetailValue', tp('retailValue'), tp('retailValueHint'))}
              {...money}
            />
          </div>
          <h2>{t('estimateTitle')}</h2>
          {form.per === 'item' ? (
            <Field {...bind('averageItemPrice', itemLabel, tp('estimateHint'))} {...money} />
          ) : (
            <Field {...bind('averageBasket', tp('averageBasket'), tp('estimateHint'))} {...money} />
          )}
        </div>
        <div className="stack">
          <CardPreview
            kind="stamps"
            name={nameShown}
            stampsPerCard={parseWhole(form.stampsPerCard)}
            reward={rewardShown}
          />
          <EconomicsNote
            economics={previewEconomics(spendInputOf(form), parseCents(form.rewardCostPrice))}
            costPriceCents={parseCents(form.rewardCostPrice)}
            currency={currency}
          />
        </div>
      </div>
      {(submitted && Object.keys(errors).length > 0) || hasFields ? (
        <p className="alert error" role="alert">
          {tp('fixFields')}
        </p>
      ) : (
        <ProblemAlert error={create.error} />
      )}
      <button className="button big" type="submit" disabled={create.isPending}>
        {create.isPending ? t('creating') : t('create')}
      </button>
      <p className="small">
        <Link to="/dashboard">{t('skip')}</Link> — {t('skipHint')}
      </p>
    </form>
  );
}
