import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { chooseCustomerCause } from '../../../use-cases/causes/choose-customer-cause.ts';
import { createCause } from '../../../use-cases/causes/create-cause.ts';
import { exportCauseDonations } from '../../../use-cases/causes/export-cause-donations.ts';
import { getCauseTotals } from '../../../use-cases/causes/get-cause-totals.ts';
import { getCauses } from '../../../use-cases/causes/get-causes.ts';
import { getCustomerCause } from '../../../use-cases/causes/get-customer-cause.ts';
import { recordCausePayment } from '../../../use-cases/causes/record-cause-payment.ts';
import { saveCauseSettings } from '../../../use-cases/causes/save-cause-settings.ts';
import { updateCause } from '../../../use-cases/causes/update-cause.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { TABLE_FILE_CONTENT, tableFileResponse } from '../table-file.ts';
import {
  CauseBody,
  CauseFileQuery,
  CausePatch,
  CausePaymentBody,
  CausePaymentResult,
  CauseSettingsBody,
  CausesResult,
  CauseTotalsResult,
  CreatedCauseResult,
  CustomerCauseBody,
  CustomerCauseResult,
  PeriodQuery,
} from './causes.schemas.ts';

const tags = ['Causes'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/causes',
  tags,
  summary: "The shop's causes and the share of each purchase that goes to them",
  responseSchema: CausesResult,
  responseDescription: 'The causes',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/causes',
  tags,
  status: 201,
  summary: 'Add a cause (a few active ones at most)',
  request: jsonBody(CauseBody),
  responseSchema: CreatedCauseResult,
  responseDescription: 'Added',
});

const patch = jsonRoute({
  method: 'patch',
  path: '/api/v1/causes/{id}',
  tags,
  summary: 'Rename, describe or archive a cause',
  request: { params: IdParams, ...jsonBody(CausePatch) },
  responseSchema: CausesResult,
  responseDescription: 'Changed',
});

const settings = jsonRoute({
  method: 'put',
  path: '/api/v1/cause-settings',
  tags,
  summary:
    'Set the share (a % or a fixed amount per visit), the default cause, and whether customers choose',
  description:
    'Applies to purchases from now on. Refused with 409 `cause_not_available` for an archived cause.',
  request: jsonBody(CauseSettingsBody),
  responseSchema: CausesResult,
  responseDescription: 'Saved',
});

const totals = jsonRoute({
  method: 'get',
  path: '/api/v1/causes/totals',
  tags,
  summary: 'Given, taken back, paid and owed per cause for a period of the shop’s calendar',
  request: { query: PeriodQuery },
  responseSchema: CauseTotalsResult,
  responseDescription: 'The totals',
});

const pay = jsonRoute({
  method: 'post',
  path: '/api/v1/causes/{id}/payments',
  tags,
  status: 201,
  summary: 'Record a donation made to a cause',
  description:
    'Refused with 409 `cause_payment_exceeds_owed` above what is owed. Send an `Idempotency-Key`.',
  request: { params: IdParams, ...jsonBody(CausePaymentBody) },
  responseSchema: CausePaymentResult,
  responseDescription: 'Recorded',
});

const exportFile = createRoute({
  method: 'get',
  path: '/api/v1/causes/export',
  tags,
  summary:
    'The donations of a period, per cause and month, with the payments made: for the donation receipt',
  security: SECURITY,
  request: { query: CauseFileQuery },
  responses: {
    200: {
      description: 'The file',
      content: TABLE_FILE_CONTENT,
    },
    ...STANDARD_ERRORS,
  },
});

const customerCause = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/cause',
  tags,
  summary: "The cause a customer's purchases support, and what they have given",
  request: { params: IdParams },
  responseSchema: CustomerCauseResult,
  responseDescription: 'The cause',
});

const chooseCause = jsonRoute({
  method: 'put',
  path: '/api/v1/customers/{id}/cause',
  tags,
  summary: 'The customer chooses among the shop’s active causes',
  description:
    'Refused with 409 `cause_not_available` when the shop does not let customers choose.',
  request: { params: IdParams, ...jsonBody(CustomerCauseBody) },
  responseSchema: CustomerCauseResult,
  responseDescription: 'Chosen',
});

export function registerCauseRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const result = await getCauses(merchantScope(c));
    return c.json(result as z.infer<typeof CausesResult>, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await createCause(tx, scope, body),
    })) as never;
  });
  app.openapi(patch, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await updateCause(tx, scope, id, body),
    })) as never;
  });
  app.openapi(settings, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await saveCauseSettings(tx, scope, body),
    })) as never;
  });
  app.openapi(totals, async (c) => {
    const result = await getCauseTotals(merchantScope(c), c.req.valid('query'));
    return c.json(result as z.infer<typeof CauseTotalsResult>, 200);
  });
  app.openapi(pay, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await recordCausePayment(tx, scope, id, body),
    })) as never;
  });
  app.openapi(exportFile, async (c) => {
    const { from, to, format, locale } = c.req.valid('query');
    const table = await exportCauseDonations(merchantScope(c), { from, to });
    return tableFileResponse(table, format, locale, `${table.name}-${from}-${to}`) as never;
  });
  app.openapi(customerCause, async (c) => {
    const result = await getCustomerCause(merchantScope(c), c.req.valid('param').id);
    return c.json(result as z.infer<typeof CustomerCauseResult>, 200);
  });
  app.openapi(chooseCause, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await chooseCustomerCause(tx, scope, id, body.causeId),
    })) as never;
  });
}
