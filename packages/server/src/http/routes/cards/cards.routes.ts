import { ADJUSTMENT_REASON_CODES, MIN_OTHER_REASON_LENGTH } from '@habitue/loyalty';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { adjustBalance } from '../../../use-cases/balances/adjust-balance.ts';
import { getCard } from '../../../use-cases/cards/get-card.ts';
import { listLedger } from '../../../use-cases/cards/list-ledger.ts';
import { presentCustomer } from '../../../use-cases/customers/present-customer.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { TradeDiscountCardField } from '../b2b-thresholds/b2b-thresholds.schemas.ts';
import { ReferralLinkSchema } from '../bonuses/bonuses.schemas.ts';
import { Customer } from '../customers/customers.schemas.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { CardProgram } from '../purchases/purchases.schemas.ts';
import { merchantScope } from '../scope.ts';
import { TierFields } from '../tiers/tiers.schemas.ts';

const card = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/card',
  tags: ['Counter'],
  summary: 'Balances per program, progress to the next reward, vouchers ready to use',
  request: { params: IdParams },
  responseSchema: z
    .object({
      customer: Customer,
      programs: z.array(CardProgram),
      ...TierFields,
      referral: ReferralLinkSchema.nullable().openapi({
        description: 'The code to share and the sign-up link carrying it (never the card token)',
      }),
      ...TradeDiscountCardField,
    })
    .openapi('Card'),
  responseDescription: 'The card',
});

const ledger = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/ledger',
  tags: ['Counter'],
  summary: 'Every stamp and point with its cause, newest first (append-only)',
  request: {
    params: IdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: Uuid.optional(),
    }),
  },
  responseSchema: z
    .object({
      items: z.array(
        z.object({
          id: z.string(),
          programId: z.string(),
          programVersion: z.number(),
          kind: z.enum(['earn', 'redeem', 'expire', 'adjust', 'reverse']),
          unit: z.string(),
          delta: z.number(),
          cause: z.record(z.string(), z.unknown()),
          actorType: z.string(),
          actorId: z.string().nullable(),
          occurredAt: z.string(),
          adjustment: z
            .object({
              reasonCode: z.enum(ADJUSTMENT_REASON_CODES),
              reason: z.string().nullable(),
              by: z.string().nullable().openapi({ description: 'Who adjusted: a name or a key' }),
            })
            .nullable()
            .openapi({ description: 'For a manual adjustment: who made it and why' }),
        }),
      ),
      nextCursor: z.string().nullable(),
    })
    .openapi('Ledger'),
  responseDescription: 'One page of the ledger',
});

const adjust = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/adjustments',
  tags: ['Counter'],
  summary: 'Correct a balance by hand, with a reason (audited; within your role’s limits)',
  description:
    'Cashiers and API keys (scope `balances:adjust`) may adjust up to the limits the owner sets ' +
    '(`GET /api/v1/adjustment-policy`); owners and managers up to a sanity cap. Above the limit: ' +
    '403 `adjustment_limit_exceeded` with `limit: { perAdjustment, dailyRemaining }`.',
  request: {
    params: IdParams,
    ...jsonBody(
      z.object({
        programId: Uuid,
        delta: z
          .number()
          .int()
          .min(-1_000_000)
          .max(1_000_000)
          .refine((d) => d !== 0, 'must not be 0'),
        reasonCode: z
          .enum(ADJUSTMENT_REASON_CODES)
          .optional()
          .openapi({
            description:
              'goodwill (geste commercial), till_error (erreur de caisse), paper_card (carte ' +
              'papier reprise) or other; absent means other',
          }),
        reason: z
          .string()
          .trim()
          .max(300)
          .optional()
          .openapi({
            description: `Why, in words; required with \`other\` (at least ${MIN_OTHER_REASON_LENGTH} characters)`,
          }),
      }),
    ),
  },
  status: 201,
  responseSchema: z
    .object({
      adjustmentId: z.string(),
      customerId: z.string(),
      reasonCode: z.enum(ADJUSTMENT_REASON_CODES),
      unlocked: z.array(
        z.object({
          code: z.string(),
          rewardId: z.string(),
          programId: z.string(),
          expiresAt: z.string().nullable(),
        }),
      ),
      card: z.array(CardProgram),
    })
    .openapi('AdjustmentResult'),
  responseDescription: 'Adjusted',
});

export function registerCardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(card, async (c) => {
    const publicUrl = c.get('services').config.publicUrl;
    const result = await getCard(merchantScope(c), c.req.valid('param').id, publicUrl);
    return c.json(
      {
        customer: presentCustomer(result.customer, publicUrl),
        programs: result.programs,
        tier: result.tier,
        tierLevel: result.tierLevel,
        referral: result.referral,
        tradeDiscount: result.tradeDiscount,
      },
      200,
    );
  });
  app.openapi(ledger, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listLedger(merchantScope(c), c.req.valid('param').id, {
      limit,
      ...(before ? { before } : {}),
    });
    return c.json(page, 200);
  });
  app.openapi(adjust, async (c) => {
    const customerId = c.req.valid('param').id;
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { customerId, ...body }, async (tx) => ({
      status: 201,
      body: await adjustBalance(tx, scope, { customerId, ...body }),
    })) as never;
  });
}
