import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { convertPoints } from '../../../use-cases/redemptions/convert-points.ts';
import { redeemReward } from '../../../use-cases/redemptions/redeem-reward.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { Localized } from '../programs/programs.schemas.ts';
import {
  CardProgram,
  CustomerRef,
  Discount,
  onlyOneCustomerRef,
} from '../purchases/purchases.schemas.ts';
import { merchantScope } from '../scope.ts';

const RedemptionBody = z
  .object({
    ...CustomerRef,
    rewardId: Uuid.optional(),
    voucherCode: z.string().trim().min(4).max(20).optional().openapi({ example: 'K7QX-9M2P' }),
    programId: Uuid.optional().openapi({
      description: 'With points: the points program whose points become money off',
    }),
    points: z.number().int().min(1).max(100_000_000).optional().openapi({
      description:
        'Converts exactly this many points (up to the balance) into money off the current purchase, at the program’s pointsAsMoney rate',
      example: 250,
    }),
  })
  .refine(onlyOneCustomerRef, {
    message: 'give exactly one of customerId or cardToken',
    path: ['customerId'],
  })
  .refine(
    (v) =>
      [v.rewardId, v.voucherCode, v.points].filter((x) => x !== undefined).length === 1 &&
      (v.points === undefined) === (v.programId === undefined),
    {
      message: 'give exactly one of rewardId, voucherCode or points (with programId)',
      path: ['rewardId'],
    },
  )
  .openapi('RedemptionInput');

const redeem = jsonRoute({
  method: 'post',
  path: '/api/v1/redemptions',
  tags: ['Counter'],
  summary:
    'Give a reward: by voucher code, or by reward (points are debited; a stamp card uses its voucher)',
  request: jsonBody(RedemptionBody),
  status: 201,
  responseSchema: z.union([
    z
      .object({
        redemptionId: z.string(),
        customerId: z.string(),
        reward: z.object({ id: z.string(), name: Localized, programId: z.string() }),
        voucherCode: z.string(),
        cost: z.number(),
        unit: z.string(),
        card: z.array(CardProgram),
      })
      .openapi('RedemptionResult'),
    z
      .object({
        conversionId: z.string(),
        customerId: z.string(),
        programId: z.string(),
        points: z.number().int(),
        amountCents: z.number().int(),
        discount: Discount.openapi({
          description:
            'The line the next quote shows; the next purchase declares it in `discounts` to use it',
        }),
        card: z.array(CardProgram),
      })
      .openapi('PointsConversionResult'),
  ]),
  responseDescription:
    'Redeemed (a reward), or converted (points). 409 with insufficient_balance, voucher_already_used, voucher_expired, … otherwise; 422 points_not_convertible when the program sets no rate',
});

export function registerRedemptionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(redeem, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => {
      const { points, programId } = body;
      if (points !== undefined && programId !== undefined) {
        return {
          status: 201,
          body: await convertPoints(tx, scope, { ...body, points, programId }),
        };
      }
      return { status: 201, body: await redeemReward(tx, scope, body) };
    }) as never;
  });
}
