import type { BonusSettings } from '@habitue/loyalty';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getBonusSettings } from '../../../use-cases/bonuses/get-bonus-settings.ts';
import { saveBonusSettings } from '../../../use-cases/bonuses/save-bonus-settings.ts';
import { getCustomerReferrals } from '../../../use-cases/referrals/get-customer-referrals.ts';
import { listReferrals } from '../../../use-cases/referrals/list-referrals.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { BonusSettingsSchema, CustomerReferrals, ShopReferrals } from './bonuses.schemas.ts';

const PATH = '/api/v1/bonus-settings';

const get = jsonRoute({
  method: 'get',
  path: PATH,
  tags: ['Programs'],
  summary: 'The shop’s welcome, birthday and referral bonuses (null when off)',
  responseSchema: BonusSettingsSchema,
  responseDescription: 'The bonuses',
});

const put = jsonRoute({
  method: 'put',
  path: PATH,
  tags: ['Programs'],
  summary: 'Set the welcome, birthday and referral bonuses',
  description:
    'Each bonus names an active program of the shop; the birthday gift is a reward of that ' +
    'program. Refused with 422 `invalid_bonus_settings`, the setting at fault in ' +
    '`errors[].field` and why in `errors[].code` (`unknown_program`, `unknown_reward`).',
  request: jsonBody(BonusSettingsSchema),
  responseSchema: BonusSettingsSchema,
  responseDescription: 'Saved',
});

const customerReferrals = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/referrals',
  tags: ['Customers'],
  summary: 'The customer’s referral code and link, who referred them and whom they referred',
  request: { params: IdParams },
  responseSchema: CustomerReferrals,
  responseDescription: 'The referrals',
});

const shopReferrals = jsonRoute({
  method: 'get',
  path: '/api/v1/referrals',
  tags: ['Customers'],
  summary: 'Customers who came through a referral (acquisition source), newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responseSchema: ShopReferrals,
  responseDescription: 'The referred customers, with how many there are and how many bought',
});

export function registerBonusRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(await getBonusSettings(merchantScope(c)), 200));
  app.openapi(put, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await saveBonusSettings(tx, scope, body as BonusSettings),
    })) as never;
  });
  app.openapi(customerReferrals, async (c) => {
    const publicUrl = c.get('services').config.publicUrl;
    const result = await getCustomerReferrals(merchantScope(c), c.req.valid('param').id, publicUrl);
    return c.json(result, 200);
  });
  app.openapi(shopReferrals, async (c) => {
    return c.json(await listReferrals(merchantScope(c), c.req.valid('query').limit), 200);
  });
}
