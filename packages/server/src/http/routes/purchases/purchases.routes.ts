import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPlausibleAmount } from '../../../use-cases/purchases/plausible-amount.ts';
import { quotePurchase } from '../../../use-cases/purchases/quote-purchase.ts';
import { recordPurchase } from '../../../use-cases/purchases/record-purchase.ts';
import { refundPurchase } from '../../../use-cases/purchases/refund-purchase.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  PlausibleAmount,
  PurchaseBody,
  PurchaseResult,
  QuoteBody,
  QuoteResult,
  RefundBody,
  RefundResult,
} from './purchases.schemas.ts';

const record = jsonRoute({
  method: 'post',
  path: '/api/v1/purchases',
  tags: ['Counter'],
  summary:
    'Record a purchase: stamps/points are awarded and unlocked rewards returned (send Idempotency-Key)',
  request: jsonBody(PurchaseBody),
  status: 201,
  responseSchema: PurchaseResult,
  responseDescription:
    'Recorded (or, for a known externalId, the original purchase with replayed: true)',
});

const quote = jsonRoute({
  method: 'post',
  path: '/api/v1/purchases/quote',
  tags: ['Counter'],
  summary:
    'What the customer pays before the payment: the discounts that apply and the amount due (stores nothing)',
  request: jsonBody(QuoteBody),
  status: 200,
  responseSchema: QuoteResult,
  responseDescription:
    'The quote. 404 promo_code_not_found, 409 promo_code_expired / promo_code_used_up / … for a code that cannot be used now',
});

const refund = jsonRoute({
  method: 'post',
  path: '/api/v1/purchases/{id}/refund',
  tags: ['Counter'],
  summary: 'Refund all or part of a purchase and take back what it earned (send Idempotency-Key)',
  request: { params: IdParams, ...jsonBody(RefundBody) },
  status: 201,
  responseSchema: RefundResult,
  responseDescription: 'Refunded',
});

const plausible = jsonRoute({
  method: 'get',
  path: '/api/v1/purchases/plausible-amount',
  tags: ['Counter'],
  summary:
    'Above which amount the counter asks to confirm (10 × the shop’s 99th percentile basket)',
  responseSchema: PlausibleAmount,
  responseDescription: 'The threshold and what it is based on',
});

export function registerPurchaseRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(plausible, async (c) => c.json(await getPlausibleAmount(merchantScope(c)), 200));
  app.openapi(quote, async (c) => {
    const scope = merchantScope(c);
    const body = c.req.valid('json');
    return c.json(await quotePurchase(scope, body), 200);
  });
  app.openapi(record, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(
      c,
      scope,
      body,
      async (tx, claim) => {
        const r = await recordPurchase(
          tx,
          scope,
          {
            ...body,
            ...(body.occurredAt
              ? { occurredAt: new Date(body.occurredAt) }
              : { occurredAt: undefined }),
          },
          claim,
        );
        return {
          status: 201,
          body: {
            purchaseId: r.purchase.id,
            customerId: r.customerId,
            amountCents: r.purchase.amount_cents,
            occurredAt: r.purchase.occurred_at.toISOString(),
            externalId: r.purchase.external_id,
            replayed: r.replayed,
            awarded: r.awarded,
            notEarned: r.notEarned,
            unlocked: r.unlocked,
            card: r.card,
            ...('tier' in r ? { tier: r.tier, tierLevel: r.tierLevel } : {}),
          },
        };
      },
      { carriesClaim: true },
    ) as never;
  });
  app.openapi(refund, async (c) => {
    const scope = merchantScope(c);
    const purchaseId = c.req.valid('param').id;
    const body = c.req.valid('json');
    return runWrite(c, scope, { purchaseId, ...body }, async (tx) => ({
      status: 201,
      body: await refundPurchase(tx, scope, { purchaseId, ...body }),
    })) as never;
  });
}
