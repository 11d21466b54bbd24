import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import {
  blankQuestion,
  type DraftProblem,
  draftToInput,
  type QuestionDraft,
  type QuestionKind,
  type SurveyDraft,
  surveyTemplate,
  type TemplateId,
} from './survey-form.ts';

const KINDS: readonly QuestionKind[] = ['nps', 'scale', 'choice', 'text'];
const KIND_LABEL = {
  nps: 'kindNps',
  scale: 'kindScale',
  choice: 'kindChoice',
  text: 'kindText',
} as const;

/** Writes a new survey from a template (NPS, rewards before launch) or a blank page. */
export function SurveyEditor() {
  const t = useT(messages);
  const { lang } = useLang();
  const shop = useSession().me?.merchant.name ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const [draft, setDraft] = useState<SurveyDraft>(() => surveyTemplate('nps', lang, shop));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const create = useMutation({
    mutationFn: (input: Parameters<typeof draftToInput>[0]) => {
      const result = draftToInput(input);
      if (!('input' in result)) throw new Error('draft not valid');
      return call(
        api.POST('/api/v1/surveys', {
          body: result.input,
          headers: { 'Idempotency-Key': key.current },
        }),
      );
    },
    onSuccess: (survey) => {
      void client.invalidateQueries({ queryKey: ['surveys'] });
      navigate(`/surveys/${survey.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const problemAt = (at: DraftProblem['at']) => {
    const found = problems.find((p) => p.at === at);
    return found ? t(found.problem) : undefined;
  };
  const server = (field: string) =>
    create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined;
  const change = (i: number, patch: Partial<QuestionDraft>) =>
    setDraft((d) => ({
      ...d,
      questions: d.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)),
    }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = draftToInput(draft);
    setProblems('problems' in result ? result.problems : []);
    if ('problems' in result || create.isPending) return;
    create.mutate(draft);
  };
  const startFrom = (id: TemplateId) => {
    setDraft(surveyTemplate(id, lang, shop));
    setProblems([]);
  };
  return (
    <div className="stack">
      <p>
        <Link to="/surveys">{t('back')}</Link>
      </p>
      <h1>{t('editorTitle')}</h1>
      <fieldset className="row">
        <legend>{t('template')}</legend>
        {(['nps', 'rewards', 'blank'] as const).map((id) => (
          <button key={id} type="button" className="button secondary" onClick={() => startFrom(id)}>
            {t(
              id === 'nps' ? 'templateNps' : id === 'rewards' ? 'templateRewards' : 'templateBlank',
            )}
          </button>
        ))}
      </fieldset>
      <form className="stack card" onSubmit={submit} noValidate>
        <Field
          label={t('surveyTitle')}
          value={draft.title}
          onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
          error={problemAt('title') ?? server('title')}
        />
        <Field
          label={t('surveyIntro')}
          value={draft.intro}
          onChange={(e) => setDraft((d) => ({ ...d, intro: e.target.value }))}
          error={server('intro')}
        />
        <h2>{t('questions')}</h2>
        <p className="muted small">{t('questionsFixed')}</p>
        {draft.questions.map((q, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: questions are identified by their position
          <fieldset key={i} className="stack card">
            <legend>{t('questionN', { n: i + 1 })}</legend>
            <div className="field">
              <label htmlFor={`q${i}-kind`}>{t('kind')}</label>
              <select
                id={`q${i}-kind`}
                value={q.kind}
                onChange={(e) => change(i, { kind: e.target.value as QuestionKind })}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(KIND_LABEL[k])}
                  </option>
                ))}
              </select>
            </div>
            <Field
              label={t('label')}
              value={q.label}
              onChange={(e) => change(i, { label: e.target.value })}
              error={problemAt(i) ?? server(`questions.${i}.label`) ?? server(`questions.${i}`)}
            />
            {q.kind === 'scale' && (
              <div className="field">
                <label htmlFor={`q${i}-max`}>{t('scaleMax')}</label>
                <select
                  id={`q${i}-max`}
                  value={q.max}
                  onChange={(e) => change(i, { max: Number(e.target.value) })}
                >
                  {[3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {q.kind === 'choice' && (
              <>
                <div className="field">
                  <label htmlFor={`q${i}-options`}>{t('options')}</label>
                  <textarea
                    id={`q${i}-options`}
                    rows={4}
                    value={q.options}
                    onChange={(e) => change(i, { options: e.target.value })}
                  />
                </div>
                <label className="row">
                  <input
                    type="checkbox"
                    checked={q.multiple}
                    onChange={(e) => change(i, { multiple: e.target.checked })}
                  />
                  {t('multiple')}
                </label>
              </>
            )}
            <label className="row">
              <input
                type="checkbox"
                checked={q.required}
                onChange={(e) => change(i, { required: e.target.checked })}
              />
              {t('required')}
            </label>
            {draft.questions.length > 1 && (
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  setDraft((d) => ({ ...d, questions: d.questions.filter((_, j) => j !== i) }))
                }
              >
                {t('removeQuestion', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {/* How many questions a survey may have is the server's rule: it says so by field. */}
        <button
          type="button"
          className="button secondary"
          onClick={() => setDraft((d) => ({ ...d, questions: [...d.questions, blankQuestion()] }))}
        >
          {t('addQuestion')}
        </button>
        <ProblemAlert error={create.error} />
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('creating') : t('create')}
        </button>
      </form>
    </div>
  );
}
