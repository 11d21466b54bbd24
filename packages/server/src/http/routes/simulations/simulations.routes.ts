import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ProgramDraft } from '../../../use-cases/programs/create-program.ts';
import { simulateProgramDraft } from '../../../use-cases/simulations/simulate-program-draft.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { CreateProgramBody } from '../programs/programs.schemas.ts';
import { merchantScope } from '../scope.ts';

export const SimulateBody = z
  .object({
    program: CreateProgramBody,
    grossMarginPercent: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(60)
      .openapi({ description: 'Your gross margin on what you sell, in percent (60 if unknown)' }),
    withTiers: z
      .boolean()
      .default(true)
      .openapi({ description: "Apply the shop's tier ladder (multipliers, discounts)" }),
    uploadId: z.string().uuid().optional().openapi({
      description:
        'Replay this uploaded sales file (an import, read with its column choices) instead of your recorded sales',
    }),
  })
  .openapi('SimulationRequest');

const Simulation = z
  .object({
    source: z.enum(['history', 'upload']),
    from: z.string(),
    to: z.string(),
    withTiers: z.boolean(),
    customers: z.number(),
    visits: z.number(),
    spendCents: z.number(),
    earned: z.number(),
    redeemed: z.number(),
    expired: z.number(),
    outstanding: z.number(),
    rewardsGiven: z.number(),
    byReward: z.array(
      z.object({
        rewardId: z.string(),
        name: z.object({ fr: z.string(), en: z.string() }),
        count: z.number(),
        costCents: z.number(),
      }),
    ),
    rewardCostCents: z.number(),
    discountCents: z.number(),
    costCents: z.number(),
    costRatioPercent: z.number(),
    band: z.enum(['below', 'within', 'above']),
    liabilityCents: z.number(),
    breakEven: z.object({ extraVisitsPerCustomer: z.number(), liftPercent: z.number() }).nullable(),
  })
  .openapi('Simulation');

const simulate = jsonRoute({
  method: 'post',
  path: '/api/v1/programs/simulate',
  tags: ['Programs'],
  summary: 'Replay your last 12 months of sales through a program draft (nothing is saved)',
  request: jsonBody(SimulateBody),
  responseSchema: Simulation,
  responseDescription:
    'Rewards that would have been given, their cost at cost price, the cost ratio, the liability left and the lift in visits that pays for it',
});

export function registerSimulationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(simulate, async (c) => {
    const body = c.req.valid('json');
    const { spendEstimate: _e, ...draft } = body.program;
    const answer = await simulateProgramDraft(merchantScope(c), {
      program: withoutRewards(draft) as ProgramDraft,
      reward: draft.kind === 'stamps' ? draft.reward : undefined,
      catalog: draft.kind === 'points' ? draft.catalog : undefined,
      grossMarginPercent: body.grossMarginPercent,
      withTiers: body.withTiers,
      uploadId: body.uploadId,
    });
    return c.json({ ...answer, from: answer.from.toISOString(), to: answer.to.toISOString() }, 200);
  });
}

function withoutRewards<T extends object>(draft: T) {
  const {
    reward: _r,
    catalog: _c,
    ...program
  } = draft as T & { reward?: unknown; catalog?: unknown };
  return program;
}
