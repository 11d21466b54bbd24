import { GOAL_METRICS } from '@habitue/analytics';
import { z } from '@hono/zod-openapi';

/** The limits of a goal's fields, for the API and for the web form (read from the schema). */
export const GOAL_LIMITS = {
  nameMaxLength: 120,
  tagMaxLength: 40,
  /** A relative target between −100 % and +1 000 %. */
  percentMin: -100,
  percentMax: 1_000,
  valueMax: 1_000_000_000,
} as const;

const Metric = z.enum(GOAL_METRICS).openapi('GoalMetric', {
  description:
    'purchase_frequency: purchases per customer per month (90 days); member_average_basket: ' +
    'members’ average basket in cents (90 days); churn_rate, retention_rate: % (90 days); ' +
    'email_subscribers, members: counts; segment_revenue: cents over 30 days. docs/analytics/goals.md',
});

const Segment = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('members') }).strict(),
    z
      .object({
        kind: z.literal('tag'),
        tag: z.string().trim().min(1).max(GOAL_LIMITS.tagMaxLength),
      })
      .strict(),
  ])
  .openapi('GoalSegment');

const Value = z.number().min(-GOAL_LIMITS.valueMax).max(GOAL_LIMITS.valueMax);

const Target = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), value: Value }).strict(),
    z
      .object({
        kind: z.literal('percent_change'),
        percent: z
          .number()
          .min(GOAL_LIMITS.percentMin)
          .max(GOAL_LIMITS.percentMax)
          .refine((p) => p !== 0, 'a change'),
      })
      .strict(),
    z.object({ kind: z.literal('change'), by: Value.refine((v) => v !== 0, 'a change') }).strict(),
  ])
  .openapi('GoalTarget', {
    description: 'A value to reach, a change in % of the baseline, or a change by an amount',
  });

const Day = z.iso.date().openapi({ example: '2027-06-30', description: 'YYYY-MM-DD, shop time' });
const Name = z.string().trim().max(GOAL_LIMITS.nameMaxLength).nullable().optional();

export const GoalBody = z
  .object({
    name: Name,
    metric: Metric,
    segment: Segment.nullable().optional().openapi({ description: 'For segment_revenue only' }),
    target: Target,
    deadline: Day,
    template: z.string().max(40).nullable().optional(),
  })
  .strict()
  .openapi('GoalInput');

export const GoalPatch = z
  .object({ name: Name, target: Value.optional(), deadline: Day.optional() })
  .strict()
  .openapi('GoalPatch');

export const GoalsQuery = z.object({
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: 'true: the archived goals too' }),
});

export const Goal = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    metric: Metric,
    unit: z.enum(['cents', 'percent', 'count', 'per_month']),
    segment: Segment.nullable(),
    template: z.string().nullable(),
    baseline: z.number().openapi({ description: 'Measured when the goal was set' }),
    target: z.number(),
    startsOn: z.string(),
    deadline: z.string(),
    archived: z.boolean(),
    progress: z.object({
      current: z.number().nullable(),
      percentDone: z.number().nullable(),
      status: z.enum(['achieved', 'on_track', 'late', 'missed', 'too_early']),
      trendPerDay: z.number().nullable(),
      projectedAtDeadline: z.number().nullable().openapi({
        description: 'The least-squares line through the weekly measures, at the deadline',
      }),
    }),
    series: z.array(z.object({ date: z.string(), value: z.number().nullable() })),
  })
  .openapi('Goal');

export const GoalsResult = z
  .object({
    today: z.string().openapi({ description: 'Today in the shop’s calendar, YYYY-MM-DD' }),
    goals: z.array(Goal),
    metrics: z.array(
      z.object({
        metric: Metric,
        unit: z.enum(['cents', 'percent', 'count', 'per_month']),
        current: z.number().nullable(),
      }),
    ),
    templates: z.array(
      z.object({
        id: z.string(),
        metric: Metric,
        target: Target,
        days: z.number().int(),
      }),
    ),
  })
  .openapi('Goals');
