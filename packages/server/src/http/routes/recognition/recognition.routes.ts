import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listLatePaymentFollowUps } from '../../../use-cases/b2b/list-late-payment-follow-ups.ts';
import { getRecognition } from '../../../use-cases/recognition/get-recognition.ts';
import { tagRecognisedCustomers } from '../../../use-cases/recognition/tag-recognised-customers.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Reason = z
  .object({
    kind: z.enum(['visits_this_month', 'spend_this_month', 'seniority', 'total_visits']),
    count: z.number().int().optional(),
    cents: z.number().int().optional(),
    years: z.number().int().optional(),
  })
  .openapi('RecognitionReason');

const read = jsonRoute({
  method: 'get',
  path: '/api/v1/recognition',
  tags: ['Priority list'],
  summary: 'A suggested customer of the month and the long-standing customers to invite, with why',
  responseSchema: z.object({
    asOf: z.string(),
    customerOfTheMonth: z
      .object({ customerId: z.string(), name: z.string(), reasons: z.array(Reason) })
      .nullable(),
    longStanding: z.array(
      z.object({
        customerId: z.string(),
        name: z.string(),
        since: z.string(),
        years: z.number().int(),
        reasons: z.array(Reason),
      }),
    ),
  }),
  responseDescription: 'Recognition',
});

const tag = jsonRoute({
  method: 'post',
  path: '/api/v1/recognition/tag',
  tags: ['Priority list'],
  summary: 'Tag customers for a campaign (its segment selects the tag)',
  request: jsonBody(
    z.object({
      customerIds: z.array(Uuid).min(1).max(1000),
      tag: z.string().max(60).openapi({ example: 'fideles-decembre' }),
    }),
  ),
  responseSchema: z.object({ tag: z.string(), tagged: z.number().int() }),
  responseDescription: 'How many customers carry the tag',
});

const late = jsonRoute({
  method: 'get',
  path: '/api/v1/late-invoices',
  tags: ['B2B accounts'],
  summary: 'Invoices unpaid a week after their due date: a reason to follow up',
  responseSchema: z.object({
    items: z.array(
      z.object({
        accountId: z.string(),
        companyName: z.string(),
        invoiceId: z.string(),
        number: z.string(),
        amountCents: z.number().int(),
        daysLate: z.number().int(),
        key: z.string(),
        contactIds: z.array(z.string()),
      }),
    ),
  }),
  responseDescription: 'Late invoices',
});

export function registerRecognitionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(read, async (c) => {
    const found = await getRecognition(merchantScope(c));
    return c.json(
      {
        ...found,
        customerOfTheMonth: found.customerOfTheMonth
          ? { ...found.customerOfTheMonth, reasons: [...found.customerOfTheMonth.reasons] }
          : null,
        longStanding: found.longStanding.map((l) => ({ ...l, reasons: [...l.reasons] })),
      },
      200,
    );
  });
  app.openapi(tag, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    return runWrite(c, scope, input, async (tx) => ({
      status: 200,
      body: await tagRecognisedCustomers(tx, scope, input),
    })) as never;
  });
  app.openapi(late, async (c) => {
    return c.json({ items: await listLatePaymentFollowUps(merchantScope(c)) }, 200);
  });
}
