import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

type Props =
  | { kind: 'stamps'; name: string; stampsPerCard: number | null; reward: string }
  | { kind: 'points'; name: string; cheapest: { name: string; cost: number } | null };

const MAX_BOXES = 30;

/** A sample balance that shows how the card fills up: about 70 %, never complete. */
export function sampleProgress(need: number): number {
  return need <= 1 ? 0 : Math.min(need - 1, Math.max(1, Math.round(need * 0.7)));
}

/**
 * What the customer will see on their card, drawn from the rules being typed: the boxes of a
 * stamp card ("7/10") or a points balance against the cheapest reward.
 */
export function CardPreview(props: Props) {
  const t = useT(messages);
  return (
    <section className="card-preview" aria-label={t('previewTitle')}>
      <p className="card-preview-title">{props.name || '—'}</p>
      {props.kind === 'stamps' ? <Stamps {...props} /> : <Points {...props} />}
    </section>
  );
}

function Stamps({ stampsPerCard, reward }: Extract<Props, { kind: 'stamps' }>) {
  const t = useT(messages);
  const need = stampsPerCard ?? 0;
  if (need < 1) return <p className="small muted">{t('econNeedsRules')}</p>;
  const have = sampleProgress(need);
  const rewardName = reward || t('previewRewardPlaceholder');
  return (
    <>
      {need <= MAX_BOXES ? (
        <ol className="preview-stamps" aria-hidden="true">
          {Array.from({ length: need }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: boxes are positions on the card
            <li key={i} className={i < have ? 'preview-stamp filled' : 'preview-stamp'}>
              {i < have ? '✓' : i + 1}
            </li>
          ))}
          <li className="preview-stamp gift">{t('previewGift')}</li>
        </ol>
      ) : (
        <Bar value={have} max={need} />
      )}
      <p className="card-preview-progress">
        <strong>{t('previewExample', { have, need })}</strong>
        <br />
        {t('previewLeft', { n: need - have, reward: rewardName })}
      </p>
    </>
  );
}

function Points({ cheapest }: Extract<Props, { kind: 'points' }>) {
  const t = useT(messages);
  if (!cheapest) return <p className="small muted">{t('previewNoReward')}</p>;
  const have = sampleProgress(cheapest.cost);
  return (
    <>
      <p className="points-balance">{t('previewPoints', { n: have })}</p>
      <Bar value={have} max={cheapest.cost} />
      <p className="card-preview-progress">
        {t('previewPointsNext', { n: cheapest.cost - have, reward: cheapest.name })}
      </p>
    </>
  );
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <div className="progress" aria-hidden="true">
      <span style={{ width: `${Math.round((value / max) * 100)}%` }} />
    </div>
  );
}
