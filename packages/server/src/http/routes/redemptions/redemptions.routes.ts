import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { redeemReward } from '../../../use-cases/redemptions/redeem-reward.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { Localized } from '../programs/programs.schemas.ts';
import { CardProgram, CustomerRef, onlyOneCustomerRef } from '../purchases/purchases.schemas.ts';
import { merchantScope } from '../scope.ts';

const RedemptionBody = z
  .object({
    ...CustomerRef,
    rewardId: Uuid.optional(),
    voucherCode: z.string().trim().min(4).max(20).optional().openapi({ example: 'K7QX-9M2P' }),
  })
  .refine(onlyOneCustomerRef, {
    message: 'give exactly one of customerId or cardToken',
    path: ['customerId'],
  })
  .refine((v) => (v.rewardId === undefined) !== (v.voucherCode === undefined), {
    message: 'give exactly one of rewardId or voucherCode',
    path: ['rewardId'],
  })
  .openapi('RedemptionInput');

const redeem = jsonRoute({
  method: 'post',
  path: '/api/v1/redemptions',
  tags: ['Counter'],
  summary:
    'Give a reward: by voucher code, or by reward (points are debited; a stamp card uses its voucher)',
  request: jsonBody(RedemptionBody),
  status: 201,
  responseSchema: z
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
  responseDescription:
    'Redeemed. 409 with insufficient_balance, voucher_already_used, voucher_expired, … otherwise',
});

export function registerRedemptionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(redeem, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await redeemReward(tx, scope, body),
    })) as never;
  });
}
