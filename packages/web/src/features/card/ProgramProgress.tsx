import { useLocalized, useT } from '../../i18n/i18n.tsx';
import { ExpiryNotice } from '../expiry/ExpiryNotice.tsx';
import type { PublicCard } from './CardPage.tsx';
import { messages } from './messages.ts';

type Program = PublicCard['programs'][number];

/** One program on the card: stamps drawn as boxes, or points with the next reward. */
export function ProgramProgress({ program }: { program: Program }) {
  const t = useT(messages);
  const localized = useLocalized();
  const headingId = `program-${program.kind}-${program.name.fr.replace(/\W+/g, '-')}`;
  return (
    <section className="card card-program" aria-labelledby={headingId}>
      <h2 id={headingId}>{localized(program.name)}</h2>
      {program.kind === 'stamps' ? <Stamps program={program} /> : <Points program={program} />}
      <ExpiryNotice kind={program.kind} balance={program.balance} expiresAt={program.expiresAt} />
      {program.owed > 0 && (
        <p className="small">
          {t(program.kind === 'stamps' ? 'owedStamps' : 'owedPoints', { n: program.owed })}
        </p>
      )}
    </section>
  );
}

function Stamps({ program }: { program: Program }) {
  const t = useT(messages);
  const localized = useLocalized();
  const progress = program.progress;
  if (!progress) return <p className="card-count">{program.balance}</p>;
  const reward = localized(progress.reward) || t('reward');
  const left = progress.target - progress.current;
  const boxes = Array.from({ length: progress.target }, (_, i) => i < progress.current);
  return (
    <>
      <p className="card-count">
        {t('stampsCount', { current: progress.current, target: progress.target })}
      </p>
      <ul className="stamp-boxes">
        {boxes.map((filled, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: boxes are positions on the card
            key={i}
            className={filled ? 'filled' : undefined}
            aria-label={t('stampBox', { n: i + 1, state: t(filled ? 'stamped' : 'empty') })}
          >
            {filled ? '✓' : i + 1}
          </li>
        ))}
        <li className="gift" aria-label={t('giftBox', { reward })}>
          <GiftIcon />
        </li>
      </ul>
      <p>
        {left <= 0
          ? t('stampsFull')
          : left === 1
            ? t('stampsLeftOne', { reward })
            : t('stampsLeft', { n: left, reward })}
      </p>
    </>
  );
}

function Points({ program }: { program: Program }) {
  const t = useT(messages);
  const localized = useLocalized();
  const progress = program.progress;
  return (
    <>
      <p className="card-count">{t('pointsCount', { balance: program.balance })}</p>
      {progress && (
        <>
          <div
            className="points-bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.target}
            aria-valuenow={progress.current}
            aria-label={localized(progress.reward) || t('reward')}
          >
            <span
              style={{ width: `${Math.min(100, (progress.current / progress.target) * 100)}%` }}
            />
          </div>
          <p>
            {t('pointsLeft', {
              n: progress.target - progress.current,
              reward: localized(progress.reward) || t('reward'),
            })}
          </p>
        </>
      )}
      {program.redeemable.length > 0 && (
        <>
          <p className="small">{t('pointsAvailable')}</p>
          <ul>
            {program.redeemable.map((r) => (
              <li key={`${r.cost}-${r.name?.fr}`}>
                {t('pointsCost', { reward: localized(r.name) || t('reward'), cost: r.cost })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A gift box; drawn rather than an emoji so it shows on every device and printer. */
function GiftIcon() {
  return (
    <svg viewBox="0 0 24 24" width="60%" height="60%" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
        <rect x="3" y="9" width="18" height="4" rx="1" />
        <path d="M5 13v8h14v-8M12 9v12" />
        <path d="M12 9C10 5 6 5 6.5 7.5 7 9 12 9 12 9zM12 9c2-4 6-4 5.5-1.5C17 9 12 9 12 9z" />
      </g>
    </svg>
  );
}
