import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getPublicShopPrivacy,
  getShopPrivacy,
  setShopPrivacy,
} from '../../../use-cases/privacy/shop-privacy.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const ShopPrivacy = z
  .object({
    controller: z.object({
      name: z.string(),
      address: z.string().nullable(),
      contactEmail: z.string().nullable(),
    }),
    retentionYears: z.number().int().openapi({
      description: 'Years without activity after which a customer is anonymised (retention job)',
    }),
    policyPath: z.string().openapi({ example: '/p/cafe-lune/confidentialite' }),
  })
  .openapi('ShopPrivacy');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/privacy-settings',
  tags: ['Business'],
  summary: "What the shop's privacy notice names: controller, address, contact for rights",
  responseSchema: ShopPrivacy,
  responseDescription: 'The settings',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/privacy-settings',
  tags: ['Business'],
  summary: 'Set the postal address and rights contact the privacy notice names (owner only)',
  request: jsonBody(
    z
      .object({
        address: z
          .string()
          .trim()
          .max(300)
          .nullable()
          .transform((v) => v || null),
        contactEmail: z
          .email()
          .max(254)
          .nullable()
          .or(z.literal('').transform(() => null)),
      })
      .openapi('ShopPrivacyInput'),
  ),
  responseSchema: ShopPrivacy,
  responseDescription: 'The settings now',
});

const publicPage = jsonRoute({
  method: 'get',
  path: '/api/v1/public/privacy/{slug}',
  tags: ['Public'],
  summary:
    "The shop's privacy page (no login): who the controller is, the retention rule; the page's text comes with the app in French and English",
  request: {
    params: z.object({
      slug: z
        .string()
        .max(80)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
  },
  public: true,
  responseSchema: ShopPrivacy,
  responseDescription: 'What the page is generated from',
});

export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(await getShopPrivacy(merchantScope(c)), 200));
  app.openapi(put, async (c) =>
    c.json(await setShopPrivacy(merchantScope(c), c.req.valid('json')), 200),
  );
  app.openapi(publicPage, async (c) =>
    c.json(await getPublicShopPrivacy(c.get('services').db, c.req.valid('param').slug), 200),
  );
}
