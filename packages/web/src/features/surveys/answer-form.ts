import type { components } from '../../api/schema.d.ts';

export type Question = components['schemas']['SurveyQuestion'];
export type AnswerValue = number | string | string[];
export type AnswerState = Record<string, AnswerValue | undefined>;

const isEmpty = (v: AnswerValue | undefined) =>
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** The required questions not answered yet, in the order asked (the page marks them). */
export function missingAnswers(questions: readonly Question[], answers: AnswerState): string[] {
  return questions.filter((q) => q.required && isEmpty(answers[q.id])).map((q) => q.id);
}

/** The answers as the API takes them: empty ones left out, text trimmed. */
export function answersBody(answers: AnswerState): Record<string, AnswerValue> {
  const body: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (value === undefined || isEmpty(value)) continue;
    body[id] = typeof value === 'string' ? value.trim() : value;
  }
  return body;
}

/** Ticks or unticks one option of a several-choice question, keeping the others. */
export function toggleOption(current: AnswerValue | undefined, option: string): string[] {
  const picked = Array.isArray(current) ? current : [];
  return picked.includes(option) ? picked.filter((o) => o !== option) : [...picked, option];
}

/** The marks a scale offers: 0–10 for the NPS, min–max for a rating. */
export function marksOf(q: Question): number[] {
  const [min, max] = q.kind === 'nps' ? [0, 10] : [q.min ?? 1, q.max ?? 5];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
