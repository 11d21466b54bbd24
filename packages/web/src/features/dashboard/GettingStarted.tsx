import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

const STEPS = [
  { key: 'stepPoster', hint: 'stepPosterHint', to: '/poster', action: 'stepPosterAction' },
  { key: 'stepTeam', hint: 'stepTeamHint', to: '/settings#staff', action: 'stepTeamAction' },
  { key: 'stepPurchase', hint: 'stepPurchaseHint', to: '/counter', action: 'stepPurchaseAction' },
] as const;

/**
 * A new shop's dashboard: until the first purchase there is nothing to measure, so it says
 * what to do next instead of showing a page of dashes.
 */
export function GettingStarted() {
  const t = useT(messages);
  return (
    <section className="card stack getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">{t('startTitle')}</h2>
      <p className="muted">{t('startIntro')}</p>
      <ol className="start-steps">
        {STEPS.map((step) => (
          <li key={step.key}>
            <div>
              <strong>{t(step.key)}</strong>
              <p className="muted small">{t(step.hint)}</p>
            </div>
            <Link className="button secondary" to={step.to}>
              {t(step.action)}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
