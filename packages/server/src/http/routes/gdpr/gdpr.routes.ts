import type { OpenAPIHono } from '@hono/zod-openapi';
import { eraseCustomer } from '../../../use-cases/gdpr/erase-customer.ts';
import { exportCustomerData } from '../../../use-cases/gdpr/export-customer-data.ts';
import { listRetentionNotices } from '../../../use-cases/gdpr/list-retention-notices.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { CustomerDataExport, Erasure, RetentionNotices } from './gdpr.schemas.ts';

const exportData = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/export',
  tags: ['Customers'],
  summary:
    'Everything held about one customer (GDPR access and portability): contact, consents with their proof, purchases, ledger, vouchers, notes, messages, webhook deliveries',
  request: { params: IdParams },
  responseSchema: CustomerDataExport,
  responseDescription: "The customer's data",
});

const erase = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/erase',
  tags: ['Customers'],
  summary:
    'Erase a customer (GDPR): personal data and free text about them removed, card link revoked; purchase amounts and the ledger stay for the accounts. Owners only; cannot be undone',
  request: { params: IdParams },
  responseSchema: Erasure,
  responseDescription: 'Erased (erasing again changes nothing)',
});

const retention = jsonRoute({
  method: 'get',
  path: '/api/v1/retention/upcoming',
  tags: ['Customers'],
  summary:
    'Customers without activity for 3 years minus a month: the nightly retention job anonymises them within a month unless they buy or redeem again',
  responseSchema: RetentionNotices,
  responseDescription: 'Oldest first',
});

export function registerGdprRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(exportData, async (c) => {
    const base = c.get('services').config.publicUrl;
    const data = await exportCustomerData(
      merchantScope(c),
      c.req.valid('param').id,
      (token) => `${base}/c/${token}`,
    );
    c.header('content-disposition', `inline; filename="client-${data.customer.id}.json"`);
    return c.json(data, 200);
  });
  app.openapi(erase, async (c) => {
    return c.json(await eraseCustomer(merchantScope(c), c.req.valid('param').id), 200);
  });
  app.openapi(retention, async (c) => c.json(await listRetentionNotices(merchantScope(c)), 200));
}
