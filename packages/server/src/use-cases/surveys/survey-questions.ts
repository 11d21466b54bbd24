import type { FieldError } from '../../errors/app-error.ts';

/** Limits of a survey, read by the route schemas (and so by the web app through OpenAPI). */
export const SURVEY_LIMITS = {
  questions: 10,
  label: 300,
  options: 10,
  option: 100,
  textAnswer: 2000,
  scaleMax: 10,
} as const;

/**
 * One question. `nps` is the 0–10 "would you recommend us?" (at most one per survey); `scale` a
 * rating from `min` to `max`; `choice` one option (or several with `multiple`); `text` free text.
 */
export type SurveyQuestion =
  | { id: string; kind: 'nps'; label: string; required: boolean }
  | { id: string; kind: 'scale'; label: string; required: boolean; min: number; max: number }
  | {
      id: string;
      kind: 'choice';
      label: string;
      required: boolean;
      options: string[];
      multiple: boolean;
    }
  | { id: string; kind: 'text'; label: string; required: boolean };

export type QuestionInput = DistributiveOmit<SurveyQuestion, 'id' | 'required'> & {
  required?: boolean | undefined;
};
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** What a customer may answer to one question: a score, an option or several, or text. */
export type Answer = number | string | string[];
export type Answers = Record<string, Answer>;

/**
 * The questions as stored: ids `q1`, `q2`… by position (questions never change once a survey
 * exists, so an answer always means what was asked), labels and options trimmed.
 */
export function numberQuestions(inputs: readonly QuestionInput[]): SurveyQuestion[] {
  return inputs.map(storedQuestion);
}

function storedQuestion(q: QuestionInput, i: number): SurveyQuestion {
  const id = `q${i + 1}`;
  const common = { id, label: q.label.trim(), required: q.required ?? q.kind !== 'text' };
  switch (q.kind) {
    case 'nps':
      return { ...common, kind: 'nps' };
    case 'scale':
      return { ...common, kind: 'scale', min: q.min, max: q.max };
    case 'choice':
      return {
        ...common,
        kind: 'choice',
        options: q.options.map((o) => o.trim()),
        multiple: q.multiple,
      };
    case 'text':
      return { ...common, kind: 'text' };
  }
}

/** Rules the schema cannot say: one NPS question at most, a scale that goes up, distinct options. */
export function checkQuestions(questions: readonly SurveyQuestion[]): FieldError[] {
  const errors: FieldError[] = [];
  questions.forEach((q, i) => {
    const field = `questions.${i}`;
    if (q.label === '') {
      errors.push({ field: `${field}.label`, message: 'is required', code: 'required' });
    }
    if (q.kind === 'nps' && questions.findIndex((o) => o.kind === 'nps') !== i) {
      errors.push({ field, message: 'only one NPS question per survey', code: 'one_nps_only' });
    }
    if (q.kind === 'scale' && q.max <= q.min) {
      errors.push({
        field: `${field}.max`,
        message: 'must be above the minimum',
        code: 'too_small',
        minimum: q.min + 1,
        inclusive: true,
      });
    }
    if (q.kind === 'choice') {
      const seen = new Set<string>();
      q.options.forEach((option, j) => {
        if (option === '' || seen.has(option.toLowerCase())) {
          errors.push({
            field: `${field}.options.${j}`,
            message: option === '' ? 'is required' : 'appears twice',
            code: option === '' ? 'required' : 'duplicate',
          });
        }
        seen.add(option.toLowerCase());
      });
    }
  });
  return errors;
}

/**
 * The answers, checked against the questions: required ones present, scores in range, options
 * among those offered, text within its length. Returns the answers kept (trimmed, empty text
 * dropped) and what is wrong, field by field (`answers.q2`).
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  given: Readonly<Record<string, unknown>>,
): { answers: Answers; errors: FieldError[] } {
  const answers: Answers = {};
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) {
      errors.push({
        field: `answers.${id}`,
        message: 'no such question',
        code: 'unknown_question',
      });
    }
  }
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const value = answerOf(q, given[q.id]);
    if (value === undefined) {
      if (q.required) errors.push({ field, message: 'is required', code: 'required' });
      continue;
    }
    if ('error' in value) errors.push({ field, ...value.error });
    else answers[q.id] = value.ok;
  }
  return { answers, errors };
}

type Checked = { ok: Answer } | { error: Omit<FieldError, 'field'> };

function answerOf(q: SurveyQuestion, raw: unknown): Checked | undefined {
  if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) {
    return undefined;
  }
  switch (q.kind) {
    case 'nps':
      return score(raw, 0, 10);
    case 'scale':
      return score(raw, q.min, q.max);
    case 'choice':
      return choice(q.options, q.multiple, raw);
    case 'text': {
      if (typeof raw !== 'string')
        return { error: { message: 'must be text', code: 'invalid_type' } };
      const text = raw.trim();
      if (text === '') return undefined;
      if (text.length > SURVEY_LIMITS.textAnswer) {
        return {
          error: {
            message: `at most ${SURVEY_LIMITS.textAnswer} characters`,
            code: 'too_big',
            origin: 'string',
            maximum: SURVEY_LIMITS.textAnswer,
            inclusive: true,
          },
        };
      }
      return { ok: text };
    }
  }
}

function score(raw: unknown, min: number, max: number): Checked {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
    return {
      error: {
        message: `a whole number from ${min} to ${max}`,
        code: 'out_of_range',
        minimum: min,
        maximum: max,
        inclusive: true,
      },
    };
  }
  return { ok: raw };
}

function choice(options: readonly string[], multiple: boolean, raw: unknown): Checked {
  const picked = multiple && Array.isArray(raw) ? raw : [raw];
  const notAnOption = {
    error: { message: 'not one of the options', code: 'not_an_option', values: [...options] },
  };
  if (!picked.every((p): p is string => typeof p === 'string' && options.includes(p))) {
    return notAnOption;
  }
  if (!multiple) return { ok: picked[0]! };
  // In the order they were offered, each once.
  return { ok: options.filter((o) => picked.includes(o)) };
}

/** The NPS answer among the answers, if the survey has an NPS question and it was answered. */
export function npsScoreOf(questions: readonly SurveyQuestion[], answers: Answers): number | null {
  const nps = questions.find((q) => q.kind === 'nps');
  const value = nps ? answers[nps.id] : undefined;
  return typeof value === 'number' ? value : null;
}
