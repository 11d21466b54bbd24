import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { BonusSection } from '../bonuses/BonusSection.tsx';
import { CauseSection } from '../causes/CauseSection.tsx';
import { ClubSection } from '../club/ClubSection.tsx';
import { B2bThresholdsSection } from '../discounts/B2bThresholdsSection.tsx';
import { PromoCodesSection } from '../promo-codes/PromoCodesSection.tsx';
import { EconomicsNote } from './EconomicsNote.tsx';
import { messages } from './messages.ts';
import { activeRewards, type Program } from './model.ts';
import { TierLadderSection } from './TierLadderSection.tsx';
import './programs.css';

/** The merchant's programs, with what each asks of customers and what its rewards cost. */
export function ProgramsPage() {
  const t = useT(messages);
  const can = useCan();
  const [showArchived, setShowArchived] = useState(false);
  const programs = useQuery({
    queryKey: ['programs', { showArchived }],
    queryFn: async () =>
      (
        await call(
          api.GET('/api/v1/programs', {
            params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
          }),
        )
      ).items as Program[],
  });
  if (!can('programs:write')) return <p className="alert warn">{t('forbiddenRole')}</p>;
  return (
    <div className="stack">
      <div className="row spread">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
        <Link className="button" to="/programs/new">
          {t('newProgram')}
        </Link>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        {t('showArchived')}
      </label>
      <ProblemAlert error={programs.error} />
      {programs.isPending && <p className="muted">{t('loading')}</p>}
      {programs.data?.length === 0 && (
        <div className="card stack">
          <p>{t('empty')}</p>
          <Link className="button" to="/programs/new">
            {t('newProgram')}
          </Link>
        </div>
      )}
      <ul className="program-list">
        {programs.data?.map((p) => (
          <li key={p.id}>
            <ProgramCard program={p} />
          </li>
        ))}
      </ul>
      <TierLadderSection />
      <BonusSection />
      <PromoCodesSection />
      <B2bThresholdsSection />
      <ClubSection />
      <CauseSection />
    </div>
  );
}

/** "1 stamp per visit · 9 stamps → Le 10e offert" */
export function useRuleSummary() {
  const t = useT(messages);
  const fmt = useFormat(useSession().me?.merchant.currency);
  const localized = useLocalized();
  return (p: Program) => {
    if (p.kind === 'points') {
      return [
        t('rulePoints', { n: p.pointsPerEuro }),
        t('rewardsCount', { n: activeRewards(p).length }),
      ];
    }
    const rule =
      p.rule.per === 'visit'
        ? t('ruleVisit')
        : p.rule.per === 'item'
          ? t('ruleItem', { category: p.rule.category })
          : t('ruleSpend', { amount: fmt.cents(p.rule.centsPerStamp) });
    const reward = p.rewards.find((r) => r.id === p.rewardId);
    return [rule, t('ruleStamps', { n: p.stampsPerCard, reward: localized(reward?.name) })];
  };
}

function ProgramCard({ program }: { program: Program }) {
  const t = useT(messages);
  const localized = useLocalized();
  const summary = useRuleSummary();
  const { me } = useSession();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const archive = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/programs/{id}/archive', {
          params: { path: { id: program.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['programs'] }),
  });
  const rewards = activeRewards(program);
  const shown = program.kind === 'stamps' ? rewards.slice(0, 1) : rewards.slice(0, 3);
  return (
    <article className={`card stack program-card${program.archivedAt ? ' archived' : ''}`}>
      <div className="row spread">
        <h2>
          <Link to={`/programs/${program.id}`}>{localized(program.name)}</Link>
        </h2>
        <span className="row">
          <span className="badge">{program.kind === 'stamps' ? t('stamps') : t('points')}</span>
          <span className="small muted">{t('version', { n: program.version })}</span>
          {program.archivedAt && <span className="badge">{t('archivedBadge')}</span>}
        </span>
      </div>
      <p>{summary(program).join(' · ')}</p>
      {shown.map((r) =>
        r.economics ? (
          <div key={r.id}>
            {program.kind === 'points' && (
              <p className="small">
                <strong>{localized(r.name)}</strong> · {t('pointsCost', { n: r.cost })}
              </p>
            )}
            <EconomicsNote
              economics={r.economics}
              costPriceCents={r.costPriceCents}
              currency={me?.merchant.currency}
            />
          </div>
        ) : r.economicsUnavailable === 'missing_spend_estimate' ? (
          <p key={r.id} className="econ econ-missing">
            {program.kind === 'stamps' && program.rule.per === 'item'
              ? t('econNeedsItem')
              : t('econNeedsBasket')}
          </p>
        ) : null,
      )}
      {!program.archivedAt && (
        <div className="row">
          <Link className="button secondary" to={`/programs/${program.id}`}>
            {t('edit')}
          </Link>
          <ConfirmButtons
            confirming={confirming}
            onAsk={() => setConfirming(true)}
            onCancel={() => setConfirming(false)}
            onConfirm={() => archive.mutate()}
            pending={archive.isPending}
            askLabel={t('archive')}
            confirmLabel={t('archiveConfirm')}
            cancelLabel={t('cancel')}
          />
        </div>
      )}
      {confirming && <p className="small muted">{t('archiveHelp')}</p>}
      <ProblemAlert error={archive.error} />
    </article>
  );
}
