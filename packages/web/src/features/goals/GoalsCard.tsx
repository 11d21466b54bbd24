import { Link } from 'react-router';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useGoalName, useGoals } from './GoalsPage.tsx';
import { messages } from './messages.ts';
import { useGoalValue } from './use-goal-value.ts';

/** The dashboard's goals: each with where it stands now and its status. */
export function GoalsCard() {
  const t = useT(messages);
  const can = useCan();
  const goals = useGoals();
  const value = useGoalValue();
  const nameOf = useGoalName();
  if (!can('analytics:read')) return null;
  const list = goals.data?.goals ?? [];
  return (
    <section className="card stack goals-card" aria-labelledby="goals-card-title">
      <h2 id="goals-card-title">{t('card')}</h2>
      <ProblemAlert error={goals.error} />
      {goals.data && list.length === 0 && <p className="muted">{t('cardEmpty')}</p>}
      {list.length > 0 && (
        <ul className="goal-lines">
          {list.map((goal) => (
            <li key={goal.id}>
              <span>{nameOf(goal)}</span>{' '}
              <span className="muted">
                {value(goal.unit, goal.progress.current)} → {value(goal.unit, goal.target)}
              </span>{' '}
              <span className={`badge goal-status ${goal.progress.status}`}>
                {t(`status_${goal.progress.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        <Link to="/goals">{t('cardLink')}</Link>
      </p>
    </section>
  );
}
