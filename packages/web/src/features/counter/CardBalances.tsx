import { useLocalized } from '../../i18n/i18n.tsx';
import type { CardProgram } from './types.ts';
import { useCounterText } from './use-counter-text.ts';

/** Where the customer stands on each program: "7 / 10 tampons", "42 points". */
export function CardBalances({ programs }: { programs: CardProgram[] }) {
  const { t, unit } = useCounterText();
  const localized = useLocalized();
  const active = programs.filter((p) => !p.archived);
  if (active.length === 0) return null;
  return (
    <ul className="counter-balances">
      {active.map((p) => (
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
        </li>
      ))}
    </ul>
  );
}
