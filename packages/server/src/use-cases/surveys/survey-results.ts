import { type NpsSummary, summarizeNps } from './nps.ts';
import type { Answers, SurveyQuestion } from './survey-questions.ts';

/** How many comments a text question shows, newest first. */
export const COMMENTS_SHOWN = 100;

export type ResponseForResults = {
  answers: Answers;
  createdAt: Date;
  /** The customer's first name, next to their comment (staff know their customers). */
  firstName: string | null;
  customerId: string;
  npsScore: number | null;
};

export type QuestionResult =
  | { id: string; kind: 'nps'; label: string; answered: number; nps: NpsSummary }
  | {
      id: string;
      kind: 'scale';
      label: string;
      answered: number;
      mean: number | null;
      /** How many gave each value from `min` (index 0) to `max`. */
      distribution: { value: number; count: number }[];
    }
  | {
      id: string;
      kind: 'choice';
      label: string;
      answered: number;
      counts: { option: string; count: number }[];
    }
  | {
      id: string;
      kind: 'text';
      label: string;
      answered: number;
      comments: {
        text: string;
        at: string;
        customerId: string;
        firstName: string | null;
        npsScore: number | null;
      }[];
    };

/**
 * Each question's results over every response: the NPS with its distribution, a scale's mean and
 * spread, the count of each option, and the comments (newest first, with the NPS score given
 * alongside, so a low score and its reason read together). `responses` must be newest first.
 */
export function surveyResults(
  questions: readonly SurveyQuestion[],
  responses: readonly ResponseForResults[],
): QuestionResult[] {
  return questions.map((q) => questionResult(q, responses));
}

function questionResult(
  q: SurveyQuestion,
  responses: readonly ResponseForResults[],
): QuestionResult {
  const given = responses.filter((r) => r.answers[q.id] !== undefined);
  const base = { id: q.id, label: q.label, answered: given.length };
  switch (q.kind) {
    case 'nps':
      return {
        ...base,
        kind: 'nps',
        nps: summarizeNps(given.map((r) => r.answers[q.id] as number)),
      };
    case 'scale': {
      const values = given.map((r) => r.answers[q.id] as number);
      const distribution = [];
      for (let value = q.min; value <= q.max; value++) {
        distribution.push({ value, count: values.filter((v) => v === value).length });
      }
      const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
      return { ...base, kind: 'scale', mean, distribution };
    }
    case 'choice': {
      const picked = given.flatMap((r) => [r.answers[q.id]].flat() as string[]);
      const counts = q.options.map((option) => ({
        option,
        count: picked.filter((p) => p === option).length,
      }));
      return { ...base, kind: 'choice', counts };
    }
    case 'text':
      return {
        ...base,
        kind: 'text',
        comments: given.slice(0, COMMENTS_SHOWN).map((r) => ({
          text: r.answers[q.id] as string,
          at: r.createdAt.toISOString(),
          customerId: r.customerId,
          firstName: r.firstName,
          npsScore: r.npsScore,
        })),
      };
  }
}
