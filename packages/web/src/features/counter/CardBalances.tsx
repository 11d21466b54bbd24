import { useLocalized } from '../../i18n/i18n.tsx';
import { useCatalog } from './RewardsPanel.tsx';
import type { CardProgram } from './types.ts';
import { useCounterText } from './use-counter-text.ts';

/**
 * Where the customer stands on each program: "7 / 10 tampons", "42 points", the points rewards
 * the balance now reaches, and anything still owed after a refund of a spent purchase.
 */
export function CardBalances({ programs }: { programs: CardProgram[] }) {
  const { t, unit } = useCounterText();
  const localized = useLocalized();
  const catalogOf = useCatalog();
  const active = programs.filter((p) => !p.archived || p.clawbackOwed > 0);
  if (active.length === 0) return null;
  return (
    <ul className="counter-balances">
      {active.map((p) => {
        const reached =
          p.kind === 'points'
            ? catalogOf(p.programId).filter(
                (r) => !r.archived && p.redeemableRewardIds.includes(r.id),
              )
            : [];
        return (
          <li key={p.programId}>
            <span className="muted small">{localized(p.programName)}</span>
            <strong>
              {p.progress
                ? t('progress', {
                    current: p.progress.current,
                    target: p.progress.target,
                    unit: unit(p.unit, p.progress.target),
                  })
                : t('balance', { balance: p.balance, unit: unit(p.unit, p.balance) })}
            </strong>
            {p.progress && (
              <progress value={p.progress.current} max={p.progress.target} aria-hidden="true" />
            )}
            {reached.length > 0 && (
              <span className="counter-reached">
                ✓ {t('rewardReached', { reward: reached.map((r) => localized(r.name)).join(', ') })}
              </span>
            )}
            {p.clawbackOwed > 0 && (
              <span className="counter-owed">
                {t(p.clawbackOwed === 1 ? 'owedOne' : 'owed', {
                  owed: p.clawbackOwed,
                  unit: unit(p.unit, p.clawbackOwed),
                })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
