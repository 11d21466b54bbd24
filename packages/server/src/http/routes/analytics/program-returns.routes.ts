import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getProgramReturns } from '../../../use-cases/analytics/get-program-returns.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { Interval } from './customer-values.schemas.ts';

const IsoDate = z.iso.date();

export const ProgramReturns = z
  .object({
    period: z.object({ from: IsoDate, to: IsoDate }),
    members: z.object({
      members: z.number().int(),
      matchedMembers: z.number().int(),
      extraMarginPerMemberCents: z.number().nullable(),
      incrementalMarginCents: z.number().nullable(),
      incrementalMarginIntervalCents: Interval,
      rewardCostCents: z.number().int(),
      roi: z.number().nullable().openapi({
        description:
          '(incremental margin − reward cost) / reward cost; null when rewards cost nothing',
      }),
      limitations: z.array(z.string()),
    }),
    actions: z.array(
      z.object({
        kind: z.enum(['campaign', 'automation']),
        id: z.string(),
        name: z.string().nullable(),
        sent: z.number().int(),
        control: z.number().int(),
        extraRevenuePerCustomerCents: z.number().nullable(),
      }),
    ),
    rolledUp: z
      .object({
        measured: z.number().int(),
        customers: z.number().int(),
        incrementalRevenueCents: z.number(),
        incrementalRevenueIntervalCents: z.array(z.number()).length(2),
        incrementalMarginCents: z.number(),
      })
      .nullable(),
    marginRate: z.number(),
    explanationKey: z.string(),
  })
  .openapi('ProgramReturns');

const programReturns = jsonRoute({
  method: 'get',
  path: '/api/v1/analytics/program-returns',
  tags: ['Analytics'],
  summary:
    'Does the program pay: members against comparable non-members, reward cost against incremental margin, and the control groups of campaigns and automations rolled up',
  responseSchema: ProgramReturns,
  responseDescription: 'The last year, with 80 % intervals',
});

export function registerProgramReturnsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(programReturns, async (c) => c.json(await getProgramReturns(merchantScope(c)), 200));
}
