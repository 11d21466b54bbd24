import type { OpenAPIHono } from '@hono/zod-openapi';
import { listDuplicateCustomers } from '../../../use-cases/customers/list-duplicate-customers.ts';
import { mergeCustomers } from '../../../use-cases/customers/merge-customers.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { Duplicates, MergeBody, MergeResult } from './merges.schemas.ts';

const duplicates = jsonRoute({
  method: 'get',
  path: '/api/v1/customer-duplicates',
  tags: ['Customers'],
  summary:
    'Customers who look like one person (same email, same phone, or same name and birthday), in pairs with the reasons and what a merge would combine; newest pairs first, at most 100',
  responseSchema: Duplicates,
  responseDescription: 'The pairs',
});

const merge = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/merge',
  tags: ['Customers'],
  summary:
    "Merge a duplicate into this customer (owners and managers): the duplicate's balances move through offsetting ledger entries, its vouchers stay valid, its purchases, notes, interactions, consents, tags, follow-up items and place among a business account's contacts follow (contacts of two different accounts: 409 merge_accounts_differ), the tier is recomputed; its id then answers 409 customer_merged and its card opens this one. Merging again returns the same merge",
  request: { params: IdParams, ...jsonBody(MergeBody) },
  responseSchema: MergeResult,
  responseDescription: 'Merged (or already merged)',
});

export function registerMergeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(duplicates, async (c) => {
    const publicUrl = c.get('services').config.publicUrl;
    return c.json(await listDuplicateCustomers(merchantScope(c), publicUrl), 200);
  });
  app.openapi(merge, async (c) => {
    const survivorId = c.req.valid('param').id;
    const { duplicateId } = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { survivorId, duplicateId }, async (tx) => ({
      status: 200,
      body: await mergeCustomers(tx, scope, { survivorId, duplicateId }),
    })) as never;
  });
}
