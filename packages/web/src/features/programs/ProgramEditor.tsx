import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SimulatorPanel } from '../simulator/SimulatorPanel.tsx';
import { simulationDraft } from '../simulator/simulation-draft.ts';
import { CardPreview } from './CardPreview.tsx';
import { ChoiceGroup } from './controls.tsx';
import { EconomicsNote } from './EconomicsNote.tsx';
import { previewEconomics } from './economics.ts';
import {
  cardRewardBody,
  changesBody,
  createBody,
  emptyForm,
  type FormField,
  formFromPreset,
  formFromProgram,
  type ProgramForm,
  SERVER_FIELDS,
  spendInputOf,
  validateForm,
} from './form.ts';
import { messages } from './messages.ts';
import { activeRewards, type Preset, type Program } from './model.ts';
import { parseCents, parseWhole } from './money.ts';
import { hasFieldErrors, RANGE_CODES, serverField } from './server-fields.ts';

/**
 * Creates a program (no `program`) or changes one, with the customer's card and the reward
 * economics previewed as the owner types.
 */
export function ProgramEditor({
  program,
  presets = [],
}: {
  program?: Program;
  presets?: Preset[];
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const localized = useLocalized();
  const { me } = useSession();
  const currency = me?.merchant.currency;
  const navigate = useNavigate();
  const client = useQueryClient();
  const initial = useMemo(
    () => (program ? formFromProgram(program, lang) : emptyForm),
    [program, lang],
  );
  const [form, setForm] = useState<ProgramForm>(initial);
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editing = program !== undefined;
  const withReward = form.kind === 'stamps' || !editing;
  const errors = validateForm(form, withReward);

  const save = useMutation({
    mutationFn: async (): Promise<Program | null> => {
      const headers = { 'Idempotency-Key': idempotencyKey() };
      if (!program) {
        return (await call(
          api.POST('/api/v1/programs', { body: createBody(form), headers }),
        )) as Program;
      }
      let saved: Program | null = null;
      const rules = changesBody(form);
      if (JSON.stringify(rules) !== JSON.stringify(changesBody(initial))) {
        saved = (await call(
          api.PATCH('/api/v1/programs/{id}', {
            params: { path: { id: program.id } },
            body: rules,
            headers,
          }),
        )) as Program;
      }
      if (program.kind === 'stamps') {
        const reward = cardRewardBody(form);
        if (JSON.stringify(reward) !== JSON.stringify(cardRewardBody(initial))) {
          saved = (await call(
            api.PATCH('/api/v1/rewards/{id}', {
              params: { path: { id: program.rewardId } },
              body: reward,
              headers: { 'Idempotency-Key': idempotencyKey() },
            }),
          )) as Program;
        }
      }
      return saved;
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['programs'] });
      if (!program && saved) {
        navigate(`/programs/${saved.id}`, { state: { created: true } });
        return;
      }
      if (saved) client.setQueryData(['program', saved.id], saved);
      setTouched(new Set());
      setSubmitted(false);
      setNotice(saved ? t('saved', { n: saved.version }) : t('nothingChanged'));
    },
  });

  const set = <K extends FormField>(field: K, value: ProgramForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
    setNotice(null);
    if (save.error) save.reset();
  };

  const errorFor = (field: FormField): string | undefined => {
    const local = errors[field];
    if (local && (submitted || touched.has(field))) return t(local);
    const server = serverField(save.error, SERVER_FIELDS[field] ?? []);
    if (!server) return undefined;
    return RANGE_CODES.has(server.code ?? '')
      ? t('range')
      : t('serverInvalid', { message: server.message });
  };

  const text = (field: FormField, label: string, hint?: string) => ({
    label,
    hint,
    value: form[field],
    error: errorFor(field),
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  });
  const moneyInput = {
    inputMode: 'decimal' as const,
    autoComplete: 'off',
    placeholder: lang === 'fr' ? '0,00' : '0.00',
  };
  const wholeInput = { inputMode: 'numeric' as const, autoComplete: 'off' };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) save.mutate();
  };

  const applyPreset = (preset: Preset) => {
    setForm(formFromPreset(preset, form, lang));
    setNotice(null);
  };

  const displayName = lang === 'en' && form.nameEn ? form.nameEn : form.name;
  const rewardDisplay = lang === 'en' && form.rewardNameEn ? form.rewardNameEn : form.rewardName;
  const catalog = program ? activeRewards(program) : [];
  const cheapest =
    form.kind === 'points'
      ? editing
        ? catalog[0]
          ? { name: localized(catalog[0].name), cost: catalog[0].cost }
          : null
        : form.rewardName && parseWhole(form.rewardPoints)
          ? { name: rewardDisplay, cost: parseWhole(form.rewardPoints) ?? 0 }
          : null
      : null;

  return (
    <form className="editor" onSubmit={submit} noValidate>
      <div className="editor-main stack">
        {!editing && presets.length > 0 && (
          <div className="stack-tight">
            <h2>{t('startFrom')}</h2>
            <div className="row">
              {presets.map((p) => (
                <button key={p.id} type="button" className="chip" onClick={() => applyPreset(p)}>
                  {localized(p.name)}
                </button>
              ))}
            </div>
          </div>
        )}
        {!editing && (
          <ChoiceGroup
            legend={t('kind')}
            name="kind"
            value={form.kind}
            onChange={(kind) => set('kind', kind)}
            choices={[
              { value: 'stamps', label: t('kindStamps'), hint: t('kindStampsHint') },
              { value: 'points', label: t('kindPoints'), hint: t('kindPointsHint') },
            ]}
          />
        )}
        <section className="card stack" aria-labelledby="rules-title">
          <h2 id="rules-title">{t('sectionRules')}</h2>
          <Field {...text('name', t('name'), t('nameHint'))} maxLength={80} required />
          <Field {...text('nameEn', t('nameEn'))} maxLength={80} />
          {form.kind === 'stamps' ? (
            <>
              <ChoiceGroup
                legend={t('per')}
                name="per"
                value={form.per}
                onChange={(per) => set('per', per)}
                choices={[
                  { value: 'visit', label: t('perVisit') },
                  { value: 'item', label: t('perItem') },
                  { value: 'spend', label: t('perSpend') },
                ]}
              />
              {form.per === 'item' && (
                <Field {...text('category', t('category'), t('categoryHint'))} maxLength={60} />
              )}
              {form.per === 'spend' && (
                <Field
                  {...text('spendPerStamp', t('spendPerStamp'), t('spendPerStampHint'))}
                  {...moneyInput}
                />
              )}
              <Field
                {...text('stampsPerCard', t('stampsPerCard'), t('stampsPerCardHint'))}
                {...wholeInput}
              />
            </>
          ) : (
            <>
              <Field {...text('pointsPerEuro', t('pointsPerEuro'))} {...wholeInput} />
              <ChoiceGroup
                legend={t('rounding')}
                name="rounding"
                value={form.rounding}
                onChange={(rounding) => set('rounding', rounding)}
                choices={[
                  { value: 'floor', label: t('roundingFloor') },
                  { value: 'nearest', label: t('roundingNearest') },
                ]}
              />
            </>
          )}
          <Field
            {...text('minimumPurchase', t('minimumPurchase'), t('minimumPurchaseHint'))}
            {...moneyInput}
          />
          <Field
            {...text('voucherValidityDays', t('voucherValidity'), t('voucherValidityHint'))}
            {...wholeInput}
          />
          {form.kind === 'points' && (
            <div className="two-cols">
              <Field
                {...text('expiryMonths', t('expiryMonths'), t('expiryMonthsHint'))}
                {...wholeInput}
              />
              {form.expiryMonths.trim() && (
                <Field
                  {...text('expiryNoticeDays', t('expiryNotice'), t('expiryNoticeHint'))}
                  {...wholeInput}
                />
              )}
            </div>
          )}
        </section>
        {withReward && (
          <section className="card stack" aria-labelledby="reward-title">
            <h2 id="reward-title">
              {form.kind === 'stamps' ? t('sectionReward') : t('sectionFirstReward')}
            </h2>
            <Field {...text('rewardName', t('rewardName'), t('rewardNameHint'))} maxLength={80} />
            <Field {...text('rewardNameEn', t('rewardNameEn'))} maxLength={80} />
            {form.kind === 'points' && (
              <Field {...text('rewardPoints', t('rewardPoints'))} {...wholeInput} />
            )}
            <div className="two-cols">
              <Field
                {...text('rewardCostPrice', t('costPrice'), t('costPriceHint'))}
                {...moneyInput}
              />
              <Field
                {...text('rewardRetailValue', t('retailValue'), t('retailValueHint'))}
                {...moneyInput}
              />
            </div>
          </section>
        )}
        {form.kind === 'stamps' && form.per !== 'spend' && (
          <section className="card stack" aria-labelledby="estimate-title">
            <h2 id="estimate-title">{t('sectionEstimate')}</h2>
            {form.per === 'visit' ? (
              <Field
                {...text('averageBasket', t('averageBasket'), t('estimateHint'))}
                {...moneyInput}
              />
            ) : (
              <Field
                {...text(
                  'averageItemPrice',
                  form.category.trim()
                    ? t('averageItemPrice', { category: form.category.trim() })
                    : t('averageItemPriceGeneric'),
                  t('estimateHint'),
                )}
                {...moneyInput}
              />
            )}
          </section>
        )}
      </div>
      <aside className="editor-aside stack" aria-label={t('previewTitle')}>
        <h2 className="small-title">{t('previewTitle')}</h2>
        {form.kind === 'stamps' ? (
          <CardPreview
            kind="stamps"
            name={displayName}
            stampsPerCard={parseWhole(form.stampsPerCard)}
            reward={rewardDisplay}
          />
        ) : (
          <CardPreview kind="points" name={displayName} cheapest={cheapest} />
        )}
        <h2 className="small-title">
          {t('economicsTitle')} <span className="badge">{t('economicsLive')}</span>
        </h2>
        {form.kind === 'points' && editing ? (
          catalog.length === 0 ? (
            <p className="econ econ-missing">{t('catalogEmpty')}</p>
          ) : (
            catalog.map((r) => (
              <div key={r.id} className="stack-tight">
                <p className="small">
                  <strong>{localized(r.name)}</strong> · {t('pointsCost', { n: r.cost })}
                </p>
                <EconomicsNote
                  economics={previewEconomics(spendInputOf(form, r.cost), r.costPriceCents)}
                  costPriceCents={r.costPriceCents}
                  currency={currency}
                />
              </div>
            ))
          )
        ) : (
          <EconomicsNote
            economics={previewEconomics(spendInputOf(form), parseCents(form.rewardCostPrice))}
            costPriceCents={parseCents(form.rewardCostPrice)}
            currency={currency}
          />
        )}
        <SimulatorPanel
          draft={simulationDraft(form, program)}
          ready={Object.keys(errors).length === 0}
        />
      </aside>
      <div className="editor-actions stack">
        {editing && <p className="alert warn">{t('versionNote')}</p>}
        {notice && (
          <p className="alert ok" role="status">
            {notice}
          </p>
        )}
        {(submitted && Object.keys(errors).length > 0) || hasFieldErrors(save.error) ? (
          <p className="alert error" role="alert">
            {t('fixFields')}
          </p>
        ) : (
          <ProblemAlert error={save.error} />
        )}
        <button className="button big" type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : editing ? t('save') : t('create')}
        </button>
      </div>
    </form>
  );
}
