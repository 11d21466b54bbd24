import { z } from '@hono/zod-openapi';
import { SURVEY_LIMITS } from '../../../use-cases/surveys/survey-questions.ts';

const Label = z.string().min(1).max(SURVEY_LIMITS.label);

export const QuestionInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('nps'), label: Label, required: z.boolean().optional() }),
    z.object({
      kind: z.literal('scale'),
      label: Label,
      required: z.boolean().optional(),
      min: z.number().int().min(0).max(1),
      max: z.number().int().min(2).max(SURVEY_LIMITS.scaleMax),
    }),
    z.object({
      kind: z.literal('choice'),
      label: Label,
      required: z.boolean().optional(),
      options: z
        .array(z.string().min(1).max(SURVEY_LIMITS.option))
        .min(2)
        .max(SURVEY_LIMITS.options),
      multiple: z.boolean(),
    }),
    z.object({ kind: z.literal('text'), label: Label, required: z.boolean().optional() }),
  ])
  .openapi('SurveyQuestionInput');

export const Question = z
  .object({
    id: z.string(),
    kind: z.enum(['nps', 'scale', 'choice', 'text']),
    label: z.string(),
    required: z.boolean(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    options: z.array(z.string()).optional(),
    multiple: z.boolean().optional(),
  })
  .openapi('SurveyQuestion');

export const SurveyInput = z
  .object({
    title: z.string().min(1).max(200),
    intro: z.string().max(1000).nullable().optional(),
    questions: z.array(QuestionInput).min(1).max(SURVEY_LIMITS.questions),
  })
  .openapi('SurveyInput');

export const SurveyChanges = z
  .object({
    title: z.string().min(1).max(200).optional(),
    intro: z.string().max(1000).nullable().optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .openapi('SurveyChanges');

export const Survey = z
  .object({
    id: z.string(),
    title: z.string(),
    intro: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    questions: z.array(Question),
    publicUrl: z.string().openapi({ description: 'The public page (the counter’s QR code)' }),
    responses: z.number().int(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Survey');

const Nps = z.object({
  responses: z.number().int(),
  score: z.number().int().nullable().openapi({ description: '% promoters − % detractors' }),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  distribution: z.array(z.number().int()).openapi({ description: 'Answers 0…10 (index = score)' }),
});

export const QuestionResult = z
  .object({
    id: z.string(),
    kind: z.enum(['nps', 'scale', 'choice', 'text']),
    label: z.string(),
    answered: z.number().int(),
    nps: Nps.optional(),
    mean: z.number().nullable().optional(),
    distribution: z
      .array(z.object({ value: z.number().int(), count: z.number().int() }))
      .optional(),
    counts: z.array(z.object({ option: z.string(), count: z.number().int() })).optional(),
    comments: z
      .array(
        z.object({
          text: z.string(),
          at: z.string(),
          customerId: z.string(),
          firstName: z.string().nullable(),
          npsScore: z.number().int().nullable(),
        }),
      )
      .optional(),
  })
  .openapi('SurveyQuestionResult');

export const SurveyWithResults = Survey.extend({ results: z.array(QuestionResult) }).openapi(
  'SurveyWithResults',
);

export const PublicSurvey = z
  .object({
    business: z.object({
      name: z.string(),
      brandColor: z.string().nullable(),
      locale: z.string(),
    }),
    survey: z.object({
      title: z.string(),
      intro: z.string().nullable(),
      open: z.boolean(),
      questions: z.array(Question),
    }),
    respondent: z
      .object({ firstName: z.string().nullable(), alreadyAnswered: z.boolean() })
      .nullable()
      .openapi({ description: 'With a valid personal invitation only' }),
  })
  .openapi('PublicSurvey');

const Answer = z.union([
  z.number().int(),
  z.string().max(SURVEY_LIMITS.textAnswer),
  z.array(z.string().max(SURVEY_LIMITS.option)).max(SURVEY_LIMITS.options),
]);

export const SurveyAnswer = z
  .object({
    invite: z.string().max(200).optional().openapi({ description: 'From a personal mail link' }),
    cardToken: z.string().max(200).optional().openapi({ description: 'From the card page' }),
    email: z.email().max(254).optional(),
    phone: z.string().max(30).optional(),
    answers: z
      .record(z.string().max(20), Answer)
      .openapi({ description: 'Question id → a score, an option, options or text' }),
  })
  .openapi('SurveyAnswer');
