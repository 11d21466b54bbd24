import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { GoalChart } from './GoalChart.tsx';
import { GoalForm } from './GoalForm.tsx';
import { messages } from './messages.ts';
import { useGoalValue } from './use-goal-value.ts';
import './goals.css';

type Goal = components['schemas']['Goal'];
export const GOALS_KEY = ['goals'];

export function useGoals() {
  const can = useCan();
  return useQuery({
    queryKey: GOALS_KEY,
    queryFn: () => call(api.GET('/api/v1/goals', { params: { query: {} } })),
    enabled: can('analytics:read'),
  });
}

/** The Goals page: every goal with its chart and status, and the form to set a new one. */
export function GoalsPage() {
  const t = useT(messages);
  const can = useCan();
  const goals = useGoals();
  const data = goals.data;
  return (
    <div className="stack goals-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={goals.error} />
      {!data && goals.isPending && <p className="muted">{t('loading')}</p>}
      {data && data.goals.length === 0 && <p>{t('none')}</p>}
      {data && (
        <ul className="goal-list">
          {data.goals.map((goal) => (
            <li key={goal.id}>
              <GoalCard goal={goal} />
            </li>
          ))}
        </ul>
      )}
      {data && can('goals:manage') && (
        <GoalForm today={data.today} metrics={data.metrics} templates={data.templates} />
      )}
    </div>
  );
}

export function useGoalName() {
  const t = useT(messages);
  return (goal: Pick<Goal, 'name' | 'metric'>) => goal.name ?? t(`metric_${goal.metric}`);
}

function GoalCard({ goal }: { goal: Goal }) {
  const t = useT(messages);
  const can = useCan();
  const { me } = useSession();
  const f = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const value = useGoalValue();
  const nameOf = useGoalName();
  const client = useQueryClient();
  const archive = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/goals/{id}/archive', {
          params: { path: { id: goal.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: GOALS_KEY }),
  });
  const name = nameOf(goal);
  const { progress } = goal;
  return (
    <article className="card stack goal" aria-label={name}>
      <div className="row goal-head">
        <h2>{name}</h2>
        <span className={`badge goal-status ${progress.status}`}>
          {t(`status_${progress.status}`)}
        </span>
      </div>
      <dl className="goal-figures">
        <div>
          <dt>{t('from')}</dt>
          <dd>{value(goal.unit, goal.baseline)}</dd>
        </div>
        <div>
          <dt>{t('current')}</dt>
          <dd>{value(goal.unit, progress.current)}</dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>
            {value(goal.unit, goal.target)} {t('by', { date: f.date(goal.deadline) })}
          </dd>
        </div>
      </dl>
      <p className="small">
        {progress.percentDone !== null &&
          t('done', { percent: f.percent(Math.max(0, progress.percentDone) / 100) })}
        {progress.projectedAtDeadline !== null &&
          ` · ${t('projected', { value: value(goal.unit, progress.projectedAtDeadline) })}`}
      </p>
      <GoalChart goal={goal} name={name} />
      {can('goals:manage') && (
        <div>
          <button
            type="button"
            className="button secondary"
            onClick={() => archive.mutate()}
            disabled={archive.isPending}
          >
            {t('archive')}
          </button>
          <ProblemAlert error={archive.error} />
        </div>
      )}
    </article>
  );
}
