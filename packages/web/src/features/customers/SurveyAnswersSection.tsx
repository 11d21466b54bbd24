import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { surveyAnswerMessages as messages } from './survey-answer-messages.ts';

type SurveyAnswer = components['schemas']['CustomerSurveyAnswer'];
type QuestionAnswer = SurveyAnswer['answers'][number];

/** The band of an NPS score, coloured like the risk badges: promoters green, detractors red. */
const BAND_CLASS = {
  promoter: 'risk-low',
  passive: 'risk-medium',
  detractor: 'risk-high',
} as const;

/** What the customer answered to the shop's surveys (shown to those who read survey results). */
export function SurveyAnswersSection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const answers = useQuery({
    queryKey: ['customer-survey-answers', customerId],
    queryFn: () =>
      call(
        api.GET('/api/v1/customers/{id}/survey-answers', {
          params: { path: { id: customerId } },
        }),
      ),
  });
  return (
    <section className="card stack" aria-labelledby="survey-answers-title">
      <h2 id="survey-answers-title">{t('title')}</h2>
      <p className="muted small">{t('intro')}</p>
      <ProblemAlert error={answers.error} />
      {answers.data?.items.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="customer-notes">
        {answers.data?.items.map((a) => (
          <SurveyAnswerItem key={a.id} answer={a} />
        ))}
      </ul>
    </section>
  );
}

function SurveyAnswerItem({ answer }: { answer: SurveyAnswer }) {
  const t = useT(messages);
  const format = useFormat();
  return (
    <li className="stack survey-answer">
      <div>
        <Link to={`/surveys/${answer.surveyId}`}>
          <strong>{answer.surveyTitle}</strong>
        </Link>{' '}
        <span className="muted small">
          {t('answeredOn', { at: format.date(answer.answeredAt) })}
        </span>
      </div>
      {answer.npsScore !== null && answer.npsCategory && (
        <div>
          {t('nps', { score: answer.npsScore })}
          <span className={`risk ${BAND_CLASS[answer.npsCategory]}`}>{t(answer.npsCategory)}</span>
        </div>
      )}
      <dl className="survey-answer-list">
        {answer.answers
          .filter((q) => q.kind !== 'nps')
          .map((q) => (
            <div key={q.questionId}>
              <dt>{q.label}</dt>
              <dd>{answerText(q, t)}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

function answerText(q: QuestionAnswer, t: (key: 'skipped') => string): string {
  if (q.answer === null) return t('skipped');
  if (Array.isArray(q.answer)) return q.answer.join(', ');
  return String(q.answer);
}
