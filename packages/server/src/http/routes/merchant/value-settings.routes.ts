import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getValueSettings, setValueSettings } from '../../../use-cases/analytics/value-settings.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Rate = (description: string) =>
  z.number().int().min(0).max(10_000).nullable().openapi({ description });

const ValueSettingsInput = z
  .object({
    marginRateBp: Rate(
      'Share of revenue the shop keeps as gross margin, in basis points (3000 = 30 %); null: the default',
    ),
    annualDiscountRateBp: Rate(
      'Yearly rate at which future margin is discounted, in basis points (1000 = 10 %); null: the default',
    ),
  })
  .openapi('ValueSettingsInput');

const ValueSettings = ValueSettingsInput.extend({
  defaults: z.object({
    marginRateBp: z.number().int(),
    annualDiscountRateBp: z.number().int(),
  }),
}).openapi('ValueSettings');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/value-settings',
  tags: ['Analytics'],
  summary: 'The margin and discount rate customer value is computed with',
  responseSchema: ValueSettings,
  responseDescription: 'Settings, and the defaults that apply where none is set',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/value-settings',
  tags: ['Analytics'],
  summary: 'Set the margin and discount rate (owner only); the figures are recomputed with them',
  request: jsonBody(ValueSettingsInput),
  responseSchema: ValueSettings,
  responseDescription: 'Saved',
});

export function registerValueSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(await getValueSettings(merchantScope(c)), 200));
  app.openapi(put, async (c) =>
    c.json(await setValueSettings(merchantScope(c), c.req.valid('json')), 200),
  );
}
