import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { PublicFrame } from '../card/PublicFrame.tsx';
import { type AnswerState, answersBody, missingAnswers, type Question } from './answer-form.ts';
import { publicMessages as messages } from './messages.ts';
import { QuestionInput } from './QuestionInput.tsx';
import './surveys.css';

/**
 * The survey a customer answers from a mail link (a personal invitation: nothing to type) or
 * the counter's QR code (they give the email or phone of their card). Phone first, one column,
 * large touch targets; one answer per customer.
 */
export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const invite = new URLSearchParams(useLocation().search).get('invite') ?? undefined;
  const t = useT(messages);
  const query = useQuery({
    queryKey: ['public-survey', token, invite],
    queryFn: () =>
      call(
        api.GET('/api/v1/public/surveys/{token}', {
          params: { path: { token }, query: invite ? { invite } : {} },
        }),
      ),
    retry: (count, error) => !(error instanceof ApiProblem) && count < 2,
  });
  useEffect(() => {
    document.title = query.data
      ? `${query.data.survey.title} · ${query.data.business.name}`
      : t('title');
  }, [query.data, t]);

  const view = query.data;
  if (!view) {
    const missing = query.error instanceof ApiProblem && query.error.status === 404;
    return (
      <PublicFrame businessName={null} brandColor={null}>
        {query.isPending ? (
          <p className="muted" role="status">
            {t('loading')}
          </p>
        ) : missing ? (
          <div className="alert error" role="alert">
            {t('notFound')}
          </div>
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </PublicFrame>
    );
  }
  const respondent = view.respondent;
  return (
    <PublicFrame
      businessName={view.business.name}
      brandColor={view.business.brandColor}
      subtitle={
        respondent?.firstName ? t('hello', { name: respondent.firstName }) : t('helloAnonymous')
      }
    >
      <section className="card stack public-survey" aria-labelledby="survey-title">
        <h1 id="survey-title">{view.survey.title}</h1>
        {view.survey.intro && <p>{view.survey.intro}</p>}
        {!view.survey.open ? (
          <div className="alert" role="status">
            {t('closed')}
          </div>
        ) : respondent?.alreadyAnswered ? (
          <div className="alert ok" role="status">
            {t('alreadyAnswered')}
          </div>
        ) : (
          <AnswerForm
            token={token}
            invite={respondent ? invite : undefined}
            questions={view.survey.questions}
          />
        )}
      </section>
    </PublicFrame>
  );
}

function AnswerForm(props: { token: string; invite: string | undefined; questions: Question[] }) {
  const { token, invite, questions } = props;
  const t = useT(messages);
  const [answers, setAnswers] = useState<AnswerState>({});
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [touched, setTouched] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/public/surveys/{token}/answers', {
          params: { path: { token } },
          body: {
            ...(invite
              ? { invite }
              : {
                  ...(email.trim() ? { email: email.trim() } : {}),
                  ...(phone.trim() ? { phone: phone.trim() } : {}),
                }),
            answers: answersBody(answers),
          },
        }),
      ),
  });
  const missing = missingAnswers(questions, answers);
  const noContact = !invite && email.trim() === '' && phone.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (missing.length > 0 || noContact || send.isPending) return;
    send.mutate();
  };
  if (send.data) {
    return (
      <div className="alert ok" role="status">
        {send.data.firstName ? t('thanks', { name: send.data.firstName }) : t('thanksAnonymous')}
      </div>
    );
  }
  const server = (field: string) =>
    send.error instanceof ApiProblem ? send.error.fieldError(field) : undefined;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {questions.map((q) => (
        <QuestionInput
          key={q.id}
          question={q}
          value={answers[q.id]}
          onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))}
          error={
            (touched && missing.includes(q.id) ? t('answerRequired') : undefined) ??
            server(`answers.${q.id}`)
          }
        />
      ))}
      {!invite && (
        <fieldset className="stack survey-who">
          <legend>{t('who')}</legend>
          <p className="hint">{t('whoHint')}</p>
          <Field
            label={t('email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={(touched && noContact ? t('emailOrPhone') : undefined) ?? server('email')}
          />
          <Field
            label={t('phone')}
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={server('phone')}
          />
        </fieldset>
      )}
      {send.error instanceof ApiProblem && send.error.code === 'survey_already_answered' ? (
        <div className="alert ok" role="status">
          {t('alreadyAnswered')}
        </div>
      ) : (
        <ProblemAlert error={send.error} />
      )}
      <button className="button big" type="submit" disabled={send.isPending}>
        {send.isPending ? t('sending') : t('send')}
      </button>
    </form>
  );
}
