import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { createPromoCode } from '../../../use-cases/promo-codes/create-promo-code.ts';
import { listPromoCodes } from '../../../use-cases/promo-codes/list-promo-codes.ts';
import { updatePromoCode } from '../../../use-cases/promo-codes/update-promo-code.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  PromoCode,
  PromoCodeBody,
  PromoCodeChangesBody,
  presentPromoCode,
} from './promo-codes.schemas.ts';

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/promo-codes',
  tags: ['Programs'],
  summary: 'The shop’s promo codes, with how many times each was used',
  responseSchema: z.object({ items: z.array(PromoCode) }),
  responseDescription: 'Promo codes, newest first',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/promo-codes',
  tags: ['Programs'],
  summary: 'Create a promo code (% or € off, dates, single or multi use, limit per customer)',
  request: jsonBody(PromoCodeBody),
  status: 201,
  responseSchema: PromoCode,
  responseDescription: 'Created. 409 promo_code_taken when the shop already has this code',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/promo-codes/{id}',
  tags: ['Programs'],
  summary: 'Change a promo code, or archive it (archived: true); its uses stay counted',
  request: { params: IdParams, ...jsonBody(PromoCodeChangesBody) },
  responseSchema: PromoCode,
  responseDescription: 'Changed',
});

export function registerPromoCodeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listPromoCodes(merchantScope(c));
    return c.json({ items: rows.map(presentPromoCode) }, 200);
  });
  app.openapi(create, async (c) => {
    const row = await createPromoCode(merchantScope(c), c.req.valid('json'));
    return c.json(presentPromoCode(row), 201);
  });
  app.openapi(update, async (c) => {
    const scope = merchantScope(c);
    const row = await updatePromoCode(scope, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentPromoCode(row), 200);
  });
}
