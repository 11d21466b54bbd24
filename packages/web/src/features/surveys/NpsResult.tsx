import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';
import { Bars } from './SurveyPage.tsx';

type Nps = NonNullable<components['schemas']['SurveyQuestionResult']['nps']>;

const toneOf = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

/** The NPS: the score, promoters, passives and detractors, and how the 0–10 marks spread. */
export function NpsResult({ nps }: { nps: Nps }) {
  const t = useT(messages);
  return (
    <div className="stack">
      <dl className="row">
        <div>
          <dt>{t('npsScore')}</dt>
          <dd className="survey-nps-figure">{nps.score ?? '—'}</dd>
          <dd className="muted small">{t('npsExplained')}</dd>
        </div>
        <div>
          <dt>{t('promoters')}</dt>
          <dd>{nps.promoters}</dd>
          <dt>{t('passives')}</dt>
          <dd>{nps.passives}</dd>
          <dt>{t('detractors')}</dt>
          <dd>{nps.detractors}</dd>
        </div>
      </dl>
      <h4>{t('distribution')}</h4>
      <Bars
        rows={nps.distribution.map((count, score) => ({
          label: String(score),
          count,
          tone: toneOf(score),
        }))}
        total={nps.responses}
      />
    </div>
  );
}
