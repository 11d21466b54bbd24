import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { EconomicsNote } from './EconomicsNote.tsx';
import { previewEconomics } from './economics.ts';
import { messages } from './messages.ts';
import type { Program, Reward } from './model.ts';
import { centsToInput, parseCents, parseWhole } from './money.ts';
import { hasFieldErrors, RANGE_CODES, serverField } from './server-fields.ts';

type PointsProgram = Extract<Program, { kind: 'points' }>;

/** A points program's catalog: add, change and archive rewards, with their economics. */
export function RewardCatalog({ program }: { program: PointsProgram }) {
  const t = useT(messages);
  const localized = useLocalized();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const rewards = [...program.rewards].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.cost - b.cost,
  );
  return (
    <section className="card stack" aria-labelledby="catalog-title">
      <h2 id="catalog-title">{t('catalogTitle')}</h2>
      <p className="small muted">{t('catalogHint')}</p>
      {rewards.length === 0 && <p>{t('catalogEmpty')}</p>}
      <ul className="reward-list">
        {rewards.map((reward) => (
          <li key={reward.id} className={reward.archived ? 'archived' : undefined}>
            {editing === reward.id ? (
              <RewardForm program={program} reward={reward} onDone={() => setEditing(null)} />
            ) : (
              <RewardRow
                program={program}
                reward={reward}
                name={localized(reward.name)}
                onEdit={() => setEditing(reward.id)}
              />
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <RewardForm program={program} onDone={() => setAdding(false)} />
      ) : (
        !program.archivedAt && (
          <button type="button" className="button secondary" onClick={() => setAdding(true)}>
            {t('addReward')}
          </button>
        )
      )}
    </section>
  );
}

function RewardRow({
  program,
  reward,
  name,
  onEdit,
}: {
  program: PointsProgram;
  reward: Reward;
  name: string;
  onEdit(): void;
}) {
  const t = useT(messages);
  const { me } = useSession();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const archive = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/rewards/{id}/archive', {
          params: { path: { id: reward.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(['program', program.id], saved);
      void client.invalidateQueries({ queryKey: ['programs'] });
    },
  });
  return (
    <div className="stack-tight">
      <div className="row spread">
        <span>
          <strong>{name}</strong> · {t('pointsCost', { n: reward.cost })}{' '}
          {reward.archived && <span className="badge">{t('rewardArchived')}</span>}
        </span>
        {!reward.archived && !program.archivedAt && (
          <span className="row">
            <button type="button" className="button secondary small-button" onClick={onEdit}>
              {t('editReward')}
            </button>
            <ConfirmButtons
              confirming={confirming}
              onAsk={() => setConfirming(true)}
              onCancel={() => setConfirming(false)}
              onConfirm={() => archive.mutate()}
              pending={archive.isPending}
              askLabel={t('archiveReward')}
              confirmLabel={t('archiveConfirm')}
              cancelLabel={t('cancel')}
              small
            />
          </span>
        )}
      </div>
      {!reward.archived &&
        (reward.economics ? (
          <EconomicsNote
            economics={reward.economics}
            costPriceCents={reward.costPriceCents}
            currency={me?.merchant.currency}
          />
        ) : null)}
      <ProblemAlert error={archive.error} />
    </div>
  );
}

type Draft = { name: string; nameEn: string; cost: string; costPrice: string; retail: string };

function RewardForm({
  program,
  reward,
  onDone,
}: {
  program: PointsProgram;
  reward?: Reward;
  onDone(): void;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const { me } = useSession();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>({
    name: reward?.name.fr ?? '',
    nameEn: reward && reward.name.en !== reward.name.fr ? reward.name.en : '',
    cost: reward ? String(reward.cost) : '',
    costPrice: centsToInput(reward?.costPriceCents, lang),
    retail: centsToInput(reward?.retailValueCents, lang),
  });
  const [touched, setTouched] = useState<Set<keyof Draft>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const errors = rewardErrors(draft);
  const body = () => ({
    name: draft.nameEn.trim()
      ? { fr: draft.name.trim(), en: draft.nameEn.trim() }
      : draft.name.trim(),
    cost: parseWhole(draft.cost) ?? 0,
    costPriceCents: parseCents(draft.costPrice) ?? 0,
    retailValueCents: parseCents(draft.retail) ?? 0,
  });
  const save = useMutation({
    mutationFn: () => {
      const headers = { 'Idempotency-Key': idempotencyKey() };
      return call(
        reward
          ? api.PATCH('/api/v1/rewards/{id}', {
              params: { path: { id: reward.id } },
              body: body(),
              headers,
            })
          : api.POST('/api/v1/rewards', { body: { ...body(), programId: program.id }, headers }),
      );
    },
    onSuccess: (saved) => {
      client.setQueryData(['program', program.id], saved);
      void client.invalidateQueries({ queryKey: ['programs'] });
      onDone();
    },
  });
  const fields: Record<keyof Draft, string[]> = {
    name: ['name'],
    nameEn: ['name.en'],
    cost: ['cost'],
    costPrice: ['costPriceCents'],
    retail: ['retailValueCents'],
  };
  const errorFor = (key: keyof Draft) => {
    const local = errors[key];
    if (local && (submitted || touched.has(key))) return t(local);
    const server = serverField(save.error, fields[key]);
    if (!server) return undefined;
    return RANGE_CODES.has(server.code ?? '')
      ? t('range')
      : t('serverInvalid', { message: server.message });
  };
  const bind = (key: keyof Draft, label: string, hint?: string) => ({
    label,
    hint,
    value: draft[key],
    error: errorFor(key),
    onChange: (e: { target: { value: string } }) => {
      setDraft((d) => ({ ...d, [key]: e.target.value }));
      setTouched((s) => new Set(s).add(key));
      if (save.error) save.reset();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) save.mutate();
  };
  const money = { inputMode: 'decimal' as const, autoComplete: 'off' };
  return (
    <form className="stack reward-form" onSubmit={submit} noValidate>
      {!reward && <h3>{t('addRewardTitle')}</h3>}
      <Field {...bind('name', t('rewardName'), t('rewardNameHint'))} maxLength={80} />
      <Field {...bind('nameEn', t('rewardNameEn'))} maxLength={80} />
      <Field {...bind('cost', t('rewardPoints'))} inputMode="numeric" autoComplete="off" />
      <div className="two-cols">
        <Field {...bind('costPrice', t('costPrice'), t('costPriceHint'))} {...money} />
        <Field {...bind('retail', t('retailValue'), t('retailValueHint'))} {...money} />
      </div>
      <EconomicsNote
        economics={previewEconomics(
          { kind: 'points', pointsPerEuro: program.pointsPerEuro, cost: parseWhole(draft.cost) },
          parseCents(draft.costPrice),
        )}
        costPriceCents={parseCents(draft.costPrice)}
        currency={me?.merchant.currency}
      />
      {hasFieldErrors(save.error) ? (
        <p className="alert error" role="alert">
          {t('fixFields')}
        </p>
      ) : (
        <ProblemAlert error={save.error} />
      )}
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function rewardErrors(d: Draft) {
  const errors: Partial<Record<keyof Draft, 'required' | 'money' | 'whole' | 'range' | 'tooLong'>> =
    {};
  if (!d.name.trim()) errors.name = 'required';
  else if (d.name.trim().length > 80) errors.name = 'tooLong';
  if (d.nameEn.trim().length > 80) errors.nameEn = 'tooLong';
  const cost = parseWhole(d.cost);
  if (!d.cost.trim()) errors.cost = 'required';
  else if (cost === null) errors.cost = 'whole';
  else if (cost < 1 || cost > 10_000_000) errors.cost = 'range';
  for (const key of ['costPrice', 'retail'] as const) {
    const cents = parseCents(d[key]);
    if (!d[key].trim()) errors[key] = 'required';
    else if (cents === null) errors[key] = 'money';
    else if (cents > 100_000_000) errors[key] = 'range';
  }
  return errors;
}
