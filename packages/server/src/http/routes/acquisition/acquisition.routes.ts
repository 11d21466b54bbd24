import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { addAcquisitionChannel } from '../../../use-cases/acquisition/add-acquisition-channel.ts';
import { getCustomerAcquisition } from '../../../use-cases/acquisition/get-customer-acquisition.ts';
import { listAcquisitionChannels } from '../../../use-cases/acquisition/list-acquisition-channels.ts';
import { listAcquisitionSpend } from '../../../use-cases/acquisition/list-acquisition-spend.ts';
import { reportAcquisition } from '../../../use-cases/acquisition/report-acquisition.ts';
import { setAcquisitionSpend } from '../../../use-cases/acquisition/set-acquisition-spend.ts';
import { setCustomerAcquisition } from '../../../use-cases/acquisition/set-customer-acquisition.ts';
import { updateAcquisitionChannel } from '../../../use-cases/acquisition/update-acquisition-channel.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  AcquisitionReport,
  Channel,
  ChannelChanges,
  ChannelInput,
  CustomerAcquisition,
  Month,
  ReportQuery,
  SpendEntry,
} from './acquisition.schemas.ts';

const TAGS = ['Acquisition'];

const report = jsonRoute({
  method: 'get',
  path: '/api/v1/acquisition',
  tags: TAGS,
  summary:
    'New customers by channel, both budgets, cost per acquired customer, payback months, and revenue and retention by seniority year',
  request: { query: ReportQuery },
  responseSchema: AcquisitionReport,
  responseDescription: 'Acquisition against retention',
});

const listChannels = jsonRoute({
  method: 'get',
  path: '/api/v1/acquisition/channels',
  tags: TAGS,
  summary: 'The answers to "comment nous avez-vous connus ?", in the shop’s order',
  responseSchema: z.object({ items: z.array(Channel) }),
  responseDescription: 'Channels',
});

const addChannel = jsonRoute({
  method: 'post',
  path: '/api/v1/acquisition/channels',
  tags: TAGS,
  summary: 'Offer one more answer at sign-up (12 live answers at most)',
  request: jsonBody(ChannelInput),
  status: 201,
  responseSchema: Channel,
  responseDescription: 'Added',
});

const updateChannel = jsonRoute({
  method: 'patch',
  path: '/api/v1/acquisition/channels/{id}',
  tags: TAGS,
  summary: 'Rename, move or archive an answer (archived: no longer offered, kept on customers)',
  request: { params: IdParams, ...jsonBody(ChannelChanges) },
  responseSchema: Channel,
  responseDescription: 'Updated',
});

const SpendRange = z.object({
  from: Month.openapi({ param: { name: 'from', in: 'query' } }),
  to: Month.openapi({ param: { name: 'to', in: 'query' } }),
});

const listSpend = jsonRoute({
  method: 'get',
  path: '/api/v1/acquisition/spend',
  tags: TAGS,
  summary: 'What each budget cost per month, between two months (both included)',
  request: { query: SpendRange },
  responseSchema: z.object({ items: z.array(SpendEntry) }),
  responseDescription: 'Spend entered',
});

const setSpend = jsonRoute({
  method: 'put',
  path: '/api/v1/acquisition/spend',
  tags: TAGS,
  summary: 'Set one month’s amount on a budget (and channel); setting it again replaces it',
  request: jsonBody(SpendEntry),
  responseSchema: SpendEntry,
  responseDescription: 'Saved',
});

const getCustomer = jsonRoute({
  method: 'get',
  path: '/api/v1/acquisition/customers/{id}',
  tags: TAGS,
  summary: 'How a customer came: their answer, a referral, an import',
  request: { params: IdParams },
  responseSchema: CustomerAcquisition,
  responseDescription: 'The customer’s channel',
});

const setCustomer = jsonRoute({
  method: 'put',
  path: '/api/v1/acquisition/customers/{id}',
  tags: TAGS,
  summary: 'Record the answer a customer gave at the counter (null clears it)',
  request: { params: IdParams, ...jsonBody(z.object({ channelId: Uuid.nullable() })) },
  responseSchema: CustomerAcquisition,
  responseDescription: 'The customer’s channel',
});

export function registerAcquisitionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(report, async (c) =>
    c.json(await reportAcquisition(merchantScope(c), c.req.valid('query')), 200),
  );
  app.openapi(listChannels, async (c) =>
    c.json({ items: await listAcquisitionChannels(merchantScope(c)) }, 200),
  );
  app.openapi(addChannel, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    return runWrite(c, scope, input, async (tx) => ({
      status: 201,
      body: await addAcquisitionChannel(tx, scope, input),
    })) as never;
  });
  app.openapi(updateChannel, async (c) => {
    const scope = merchantScope(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return runWrite(c, scope, { id, ...input }, async (tx) => ({
      status: 200,
      body: await updateAcquisitionChannel(tx, scope, id, input),
    })) as never;
  });
  app.openapi(listSpend, async (c) =>
    c.json({ items: await listAcquisitionSpend(merchantScope(c), c.req.valid('query')) }, 200),
  );
  app.openapi(setSpend, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    return runWrite(c, scope, input, async (tx) => ({
      status: 200,
      body: await setAcquisitionSpend(tx, scope, input),
    })) as never;
  });
  app.openapi(getCustomer, async (c) =>
    c.json(await getCustomerAcquisition(merchantScope(c), c.req.valid('param').id), 200),
  );
  app.openapi(setCustomer, async (c) => {
    const scope = merchantScope(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return runWrite(c, scope, { id, ...input }, async (tx) => ({
      status: 200,
      body: await setCustomerAcquisition(tx, scope, id, input),
    })) as never;
  });
}
