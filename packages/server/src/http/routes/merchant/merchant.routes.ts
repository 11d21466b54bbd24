import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { describePrincipal } from '../../../use-cases/accounts/describe-principal.ts';
import { updateMerchantSettings } from '../../../use-cases/merchants/update-merchant-settings.ts';
import { authorize } from '../../middleware/authenticate.ts';
import type { AppEnv } from '../../types.ts';
import { Me } from '../auth/auth.schemas.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Merchant = Me.shape.merchant.openapi('Merchant');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/merchant',
  tags: ['Business'],
  summary: "This business's settings",
  responseSchema: Merchant,
  responseDescription: 'Settings',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/merchant',
  tags: ['Business'],
  summary: 'Change name, time zone, currency, language or colour (owner only)',
  request: jsonBody(
    z.object({
      name: z.string().trim().min(1).max(120).optional(),
      timeZone: z.string().max(64).optional(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. EUR')
        .optional(),
      locale: z.enum(['fr', 'en']).optional(),
      businessKind: z
        .enum(['cafe', 'bakery', 'salon', 'car_wash', 'shop', 'artisan', 'b2b', 'other'])
        .nullable()
        .optional(),
      brandColor: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #7a3e9d')
        .nullable()
        .optional(),
    }),
  ),
  responseSchema: Merchant,
  responseDescription: 'Updated settings',
});

export function registerMerchantRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const { db, config } = c.get('services');
    return c.json((await describePrincipal(db, authorize(c), config.publicUrl)).merchant, 200);
  });
  app.openapi(update, async (c) => {
    await updateMerchantSettings(merchantScope(c), c.req.valid('json'));
    const { db, config } = c.get('services');
    return c.json((await describePrincipal(db, authorize(c), config.publicUrl)).merchant, 200);
  });
}
