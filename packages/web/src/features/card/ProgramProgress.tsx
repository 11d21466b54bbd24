import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import type { PublicCard } from './CardPage.tsx';
import { messages } from './messages.ts';

type Program = PublicCard['programs'][number];

/** One program on the card: stamps drawn as boxes, or points with the next reward. */
export function ProgramProgress({ program }: { program: Program }) {
  const t = useT(messages);
  const localized = useLocalized();
  const format = useFormat();
  const headingId = `program-${program.kind}-${program.name.fr.replace(/\W+/g, '-')}`;
  return (
    <section className="card card-program" aria-labelledby={headingId}>
      <h2 id={headingId}>{localized(program.name)}</h2>
      {program.kind === 'stamps' ? <Stamps program={program} /> : <Points program={program} />}
      {program.expiresAt && (
        <p className="small muted">{t('expires', { date: format.date(program.expiresAt) })}</p>
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
          <span aria-hidden="true">🎁</span>
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
