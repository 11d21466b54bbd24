import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCustomerValue } from '../../../use-cases/analytics/get-customer-value.ts';
import { listCustomerValues } from '../../../use-cases/analytics/list-customer-values.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  CustomerValueDetail,
  CustomerValuePage,
  CustomerValueQuery,
} from './customer-values.schemas.ts';

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/analytics/customers',
  tags: ['Analytics'],
  summary: 'Customers with their value figures (RFM, P(alive), CLV), filtered and sorted',
  request: { query: CustomerValueQuery },
  responseSchema: CustomerValuePage,
  responseDescription: 'One page of customers and the number of matches',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/analytics/customers/{id}',
  tags: ['Analytics'],
  summary: "One customer's value figures",
  request: { params: IdParams },
  responseSchema: CustomerValueDetail,
  responseDescription: 'The customer and how fresh the figures are',
});

/** Per-customer value: staff may read it too (risk at the counter). */
export function registerCustomerValueRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const page = await listCustomerValues(merchantScope(c), c.req.valid('query'));
    return c.json(page, 200);
  });
  app.openapi(get, async (c) => {
    const detail = await getCustomerValue(merchantScope(c), c.req.valid('param').id);
    return c.json(detail, 200);
  });
}
